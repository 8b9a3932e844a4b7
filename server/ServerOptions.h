#pragma once

#include "base/Result.h"
#include "http/RequestPipeline.h"
#include "ingest/SnsSettings.h"

#include <QHostAddress>
#include <QStringList>

namespace deskside::server {

// What deskside-server was asked to do on its command line (and in its --config file;
// the command line wins).
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8480;
    QString database; // empty: Database::defaultUrl()
    QString smtpUrl;  // empty: mail waits in the outbox
    QString mailFrom = QStringLiteral("Deskside Support <support@deskside.example>");
    bool demo = false;
    int passwordIterations = 120000;
    PipelineLimits limits;
    SnsSettings sns;

    static Result<ServerOptions> parse(const QStringList &arguments);
};

} // namespace deskside::server

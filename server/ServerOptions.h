#pragma once

#include "base/Result.h"

#include <QHostAddress>
#include <QStringList>

namespace deskside::server {

// What deskside-server was asked to do on its command line.
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8480;
    QString database;

    static Result<ServerOptions> parse(const QStringList &arguments);
};

} // namespace deskside::server

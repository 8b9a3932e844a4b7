#pragma once

#include <QString>
#include <QStringList>

namespace deskside::server {

// How the server accepts Amazon SNS deliveries (--sns-allowed-topic, --sns-certificate,
// or "sns" in the configuration file).
struct SnsSettings
{
    QStringList allowedTopics; // topic ARNs; deliveries from any other topic are refused
    QString certificateFile;   // a local PEM signing certificate; empty: fetched from SNS
};

} // namespace deskside::server

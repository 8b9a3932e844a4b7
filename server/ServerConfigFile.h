#pragma once

#include "base/Result.h"

#include <QStringList>

#include <optional>

namespace deskside::server {

// The server's configuration file (--config FILE), JSON:
// {"listen":"127.0.0.1:8480","database":"sqlite:…","smtp":"smtp://…","mail_from":"…",
//  "sns":{"allowed_topics":["arn:aws:sns:…"],"certificate":"sns.pem"}}.
// Every setting is optional; a relative certificate path is relative to the file.
// Unknown settings are refused, so a typo does not go unnoticed.
struct ServerConfigFile
{
    std::optional<QString> listen;
    std::optional<QString> database;
    std::optional<QString> smtp;
    std::optional<QString> mailFrom;
    std::optional<QStringList> snsAllowedTopics;
    std::optional<QString> snsCertificate;

    static Result<ServerConfigFile> load(const QString &path);
};

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "http/ApiResponse.h"

#include <QJsonObject>

namespace deskside::server {

// 422 naming the offending field (the error code), or 400 (code "json") for a body that is not
// JSON.
ApiResponse invalidBody(const Error &error);
// 500 for a storage failure; the detail stays generic, the log has the cause.
ApiResponse storageFailure(const Error &error);
// Quotes a version as an ETag value: "7" → "\"7\"".
QByteArray etagFor(qint64 version);
// The version in an If-Match header, or -1 when absent or malformed.
qint64 versionFromIfMatch(const QByteArray &ifMatch);

} // namespace deskside::server

#pragma once

#include "base/Result.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <optional>

namespace deskside::cli {

// An ISO-8601 time option (with an offset), parsed with deskside::iso::parse.
// Errors name the option: "--at: 'tomorrow' is not an ISO-8601 time …".
Result<QDateTime> requiredTime(const QCommandLineParser &parser, const QString &name);
// nullopt when the option is not given.
Result<std::optional<QDateTime>> optionalTime(const QCommandLineParser &parser,
                                              const QString &name);

} // namespace deskside::cli

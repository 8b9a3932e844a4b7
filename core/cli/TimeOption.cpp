#include "cli/TimeOption.h"

#include "base/IsoTime.h"

using namespace Qt::StringLiterals;

namespace deskside::cli {

Result<QDateTime> requiredTime(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        return makeError(u"missing_option"_s, u"--%1 is required (see --help)"_s.arg(name));
    }
    const auto parsed = iso::parse(parser.value(name));
    if (!parsed) {
        return makeError(parsed.error().code, u"--%1: %2"_s.arg(name, parsed.error().message));
    }
    return parsed.value();
}

Result<std::optional<QDateTime>> optionalTime(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name)) {
        return std::optional<QDateTime>();
    }
    const auto parsed = requiredTime(parser, name);
    if (!parsed) {
        return parsed.error();
    }
    return std::optional<QDateTime>(parsed.value());
}

} // namespace deskside::cli

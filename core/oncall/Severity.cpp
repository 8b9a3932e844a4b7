#include "oncall/Severity.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

namespace {

constexpr std::array<std::pair<Severity, const char16_t *>, 5> names{{
    {Severity::Minor, u"minor"},
    {Severity::Moderate, u"moderate"},
    {Severity::Major, u"major"},
    {Severity::Critical, u"critical"},
    {Severity::Catastrophic, u"catastrophic"},
}};

} // namespace

QString severityName(Severity severity)
{
    for (const auto &[value, name] : names) {
        if (value == severity) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (const auto &[value, wire] : names) {
        if (name.trimmed().compare(QString::fromUtf16(wire), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList severityNames()
{
    QStringList result;
    for (const auto &entry : names) {
        result.append(QString::fromUtf16(entry.second));
    }
    return result;
}

} // namespace deskside::oncall

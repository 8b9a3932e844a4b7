#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace deskside::oncall {

// How bad an alert or issue is, from minor to catastrophic (ordered).
enum class Severity
{
    Minor,
    Moderate,
    Major,
    Critical,
    Catastrophic
};

// The wire name: "minor", "moderate", "major", "critical", "catastrophic".
QString severityName(Severity severity);
// Parses a wire name (case-insensitive); nullopt when unknown.
std::optional<Severity> severityFromName(const QString &name);
// All wire names, from minor to catastrophic.
QStringList severityNames();

} // namespace deskside::oncall

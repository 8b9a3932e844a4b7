#pragma once

#include <QString>

#include <optional>

namespace deskside::api {

// What a person can do to an alert from the desktop (POST /api/v1/alerts/{id}/<action>).
enum class AlertAction
{
    Acknowledge,
    Resolve,
    Escalate
};

// The path segment: "acknowledge", "resolve", "escalate".
QString alertActionName(AlertAction action);
std::optional<AlertAction> alertActionFromName(const QString &name);
// "/api/v1/alerts/7/acknowledge"; the body is an empty JSON object.
QString alertActionPath(qint64 alertId, AlertAction action);
// GET: {"schedules":[…]} with who is on call now and next and the coming shifts.
QString schedulesPath();
// POST (manager): {"person","from","to","reason"} -> 201 with the new override.
QString scheduleOverridesPath(const QString &scheduleId);
// DELETE (manager): 204.
QString scheduleOverridePath(const QString &scheduleId, qint64 overrideId);
// GET: {"alerts":[…]}; status "open", "all", "triggered", "acknowledged" or "resolved".
QString alertsPath(const QString &status);

} // namespace deskside::api

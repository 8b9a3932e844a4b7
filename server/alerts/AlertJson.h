#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace deskside::server {

// One alert as stored (table alerts), plus when its next pending step is due.
struct AlertRow
{
    qint64 id = 0;
    qint64 version = 1;
    QString source;
    QString integration;
    QString key;
    QString severity;
    QString summary;
    QJsonObject details;
    QString scenario;
    QString policy;
    QString status; // "triggered", "acknowledged", "resolved"
    qint64 raisedAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> acknowledgedAt;
    QString acknowledgedBy;
    std::optional<qint64> resolvedAt;
    QString resolvedBy;
    int tier = -1;
    int round = 0;
    std::optional<qint64> nextEscalationAt;
};

// One entry of an alert's timeline (table alert_events).
struct AlertEventRow
{
    qint64 at = 0;
    QString kind;  // "raised", "updated", "notified", "escalate_now", "acknowledged", "resolved"
    QString actor; // empty: the system or the monitor
    std::optional<int> tier;
    std::optional<int> round;
    QStringList people;
    QString detail;
};

// The wire form of an alert (api/openapi.json "Alert"): the row, everyone notified so
// far, the scenario's runbook and the timeline.
class AlertJson
{
public:
    static QJsonObject toJson(const AlertRow &alert, const QList<AlertEventRow> &timeline);
    static QJsonObject eventJson(const AlertEventRow &event);
    // Everyone paged so far, in the order they were first notified.
    static QStringList notified(const QList<AlertEventRow> &timeline);
    // The runbook for the alert's scenario and severity (system_outage when the scenario
    // has none), or null.
    static QJsonValue runbookJson(const QString &scenario, const QString &severity);
};

} // namespace deskside::server

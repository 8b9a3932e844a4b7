#pragma once

#include "base/Result.h"
#include "oncall/Severity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace deskside::api {

// One entry of an alert's timeline: who was notified when, who acknowledged, …
struct AlertEvent
{
    QDateTime at;
    QString kind;  // "raised", "updated", "notified", "escalate_now", "acknowledged", "resolved"
    QString actor; // a login, or empty for the system / the monitor
    int tier = -1; // 0-based; -1 when not about a tier
    int round = 0;
    QStringList people; // for "notified": who was paged
    QString detail;
};

// The runbook shown with an alert.
struct AlertRunbook
{
    QString type;
    QString title;
    QStringList steps;
    QStringList contacts;
    QString communication;
};

// An on-call alert as the server sends it (api/openapi.json "Alert").
struct AlertRecord
{
    enum class Status
    {
        Triggered,
        Acknowledged,
        Resolved
    };

    qint64 id = 0;
    qint64 version = 0;
    QString source;      // "sns", "alertmanager", "generic"
    QString integration; // integration name or SNS topic ARN
    oncall::Severity severity = oncall::Severity::Major;
    QString summary;
    QJsonObject details;
    Status status = Status::Triggered;
    QDateTime raisedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> acknowledgedAt;
    QString acknowledgedBy;
    std::optional<QDateTime> resolvedAt;
    QString resolvedBy;
    QString policy;
    int tier = -1; // the last tier that fired, 0-based; -1 before the first
    int round = 0;
    std::optional<QDateTime> nextEscalationAt;
    QStringList notified; // everyone paged so far
    AlertRunbook runbook;
    QList<AlertEvent> timeline;

    bool isOpen() const { return status != Status::Resolved; }
};

// "triggered", "acknowledged", "resolved".
QString alertStatusName(AlertRecord::Status status);

// Decodes the server's alert object; errors name the field.
Result<AlertRecord> alertFromJson(const QJsonObject &object);

// A notification for the signed-in user (change-feed entity "notification").
struct UserNotification
{
    qint64 id = 0;
    QString kind; // alert_raised, alert_escalated, alert_acknowledged, alert_resolved,
                  // sla_warning, sla_breach, ticket_assigned
    QString login;
    QString title;
    QString body;
    qint64 alertId = 0;  // 0 when not about an alert
    qint64 ticketId = 0; // 0 when not about a ticket
    QDateTime at;
};

Result<UserNotification> notificationFromJson(const QJsonObject &object);

} // namespace deskside::api

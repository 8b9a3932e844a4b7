#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Alert objects as the server sends them (the on-call wire format), for client tests.
namespace alertsamples {

struct Sample
{
    qint64 id = 7;
    qint64 version = 1;
    QString status = QStringLiteral("triggered");
    QString severity = QStringLiteral("critical");
    QStringList notified = {QStringLiteral("sam"), QStringLiteral("maria")};
    QString summary = QStringLiteral("Database disk 95% full");
    int tier = 0;
    QString acknowledgedBy; // empty: null
};

inline QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline QJsonObject alert(const Sample &s = {})
{
    using namespace Qt::StringLiterals;
    const bool acknowledged = !s.acknowledgedBy.isEmpty();
    const bool resolved = s.status == u"resolved"_s;
    QJsonArray timeline{QJsonObject{{u"at"_s, u"2026-03-06T16:00:00Z"_s},
                                    {u"kind"_s, u"raised"_s},
                                    {u"actor"_s, QJsonValue()},
                                    {u"tier"_s, QJsonValue()},
                                    {u"round"_s, QJsonValue()},
                                    {u"people"_s, QJsonArray()},
                                    {u"detail"_s, u"opened by the monitor"_s}},
                        QJsonObject{{u"at"_s, u"2026-03-06T16:00:01Z"_s},
                                    {u"kind"_s, u"notified"_s},
                                    {u"actor"_s, QJsonValue()},
                                    {u"tier"_s, s.tier},
                                    {u"round"_s, 0},
                                    {u"people"_s, strings(s.notified)},
                                    {u"detail"_s, u"tier 1"_s}}};
    return {
        {u"id"_s, s.id},
        {u"version"_s, s.version},
        {u"source"_s, u"sns"_s},
        {u"integration"_s, u"arn:aws:sns:eu-west-1:123456789012:ops"_s},
        {u"key"_s, u"db-disk"_s},
        {u"severity"_s, s.severity},
        {u"summary"_s, s.summary},
        {u"details"_s, QJsonObject{{u"region"_s, u"eu-west-1"_s}}},
        {u"status"_s, s.status},
        {u"raised_at"_s, u"2026-03-06T16:00:00Z"_s},
        {u"updated_at"_s, u"2026-03-06T16:05:00Z"_s},
        {u"acknowledged_at"_s, acknowledged ? QJsonValue(u"2026-03-06T16:04:00Z"_s) : QJsonValue()},
        {u"acknowledged_by"_s, acknowledged ? QJsonValue(s.acknowledgedBy) : QJsonValue()},
        {u"resolved_at"_s, resolved ? QJsonValue(u"2026-03-06T16:05:00Z"_s) : QJsonValue()},
        {u"resolved_by"_s, QJsonValue()},
        {u"policy"_s, u"default"_s},
        {u"tier"_s, s.tier},
        {u"round"_s, 0},
        {u"next_escalation_at"_s,
         s.status == u"triggered"_s ? QJsonValue(u"2026-03-06T16:10:00Z"_s) : QJsonValue()},
        {u"notified"_s, strings(s.notified)},
        {u"runbook"_s,
         QJsonObject{{u"type"_s, u"system_outage"_s},
                     {u"title"_s, u"System outage"_s},
                     {u"steps"_s, strings({u"Check the dashboard"_s, u"Fail over"_s})},
                     {u"contacts"_s, strings({u"dba on call"_s})},
                     {u"communication"_s, u"Post on the status page"_s}}},
        {u"timeline"_s, timeline}};
}

inline QJsonObject alertChange(qint64 seq, const Sample &s = {})
{
    using namespace Qt::StringLiterals;
    return {{u"seq"_s, seq}, {u"entity"_s, u"alert"_s}, {u"id"_s, s.id}, {u"alert"_s, alert(s)}};
}

inline QJsonObject notification(qint64 id, qint64 alertId = 7,
                                const QString &kind = QStringLiteral("alert_raised"))
{
    using namespace Qt::StringLiterals;
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"login"_s, u"sam"_s},
            {u"title"_s, u"Alert raised"_s},
            {u"body"_s, u"Database disk 95% full"_s},
            {u"alert_id"_s, alertId > 0 ? QJsonValue(alertId) : QJsonValue()},
            {u"ticket_id"_s, QJsonValue()},
            {u"at"_s, u"2026-03-06T16:00:01Z"_s}};
}

inline QJsonObject notificationChange(qint64 seq, qint64 id, qint64 alertId = 7)
{
    using namespace Qt::StringLiterals;
    return {{u"seq"_s, seq},
            {u"entity"_s, u"notification"_s},
            {u"id"_s, id},
            {u"notification"_s, notification(id, alertId)}};
}

} // namespace alertsamples

#include "alerts/AlertJson.h"

#include "base/IsoTime.h"
#include "runbook/RunbookLibrary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QJsonValue instant(std::optional<qint64> secs)
{
    return secs ? QJsonValue(iso::formatUtc(QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc())))
                : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(std::optional<int> number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

const runbook::RunbookLibrary &library()
{
    static const runbook::RunbookLibrary runbooks = runbook::RunbookLibrary::defaults();
    return runbooks;
}

} // namespace

QJsonValue AlertJson::runbookJson(const QString &scenario, const QString &severity)
{
    const oncall::Severity level =
        oncall::severityFromName(severity).value_or(oncall::Severity::Major);
    auto found = library().find(scenario, level);
    if (!found) {
        found = library().find(u"system_outage"_s, level);
    }
    if (!found) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{u"type"_s, found->type},
                       {u"title"_s, found->title},
                       {u"steps"_s, QJsonArray::fromStringList(found->steps)},
                       {u"contacts"_s, QJsonArray::fromStringList(found->contacts)},
                       {u"communication"_s, found->communication}};
}

QStringList AlertJson::notified(const QList<AlertEventRow> &timeline)
{
    QStringList people;
    for (const AlertEventRow &event : timeline) {
        if (event.kind != u"notified"_s) {
            continue;
        }
        for (const QString &person : event.people) {
            if (!people.contains(person)) {
                people.append(person);
            }
        }
    }
    return people;
}

QJsonObject AlertJson::eventJson(const AlertEventRow &event)
{
    return {{u"at"_s, instant(event.at)},
            {u"kind"_s, event.kind},
            {u"actor"_s, textOrNull(event.actor)},
            {u"tier"_s, numberOrNull(event.tier)},
            {u"round"_s, numberOrNull(event.round)},
            {u"people"_s, QJsonArray::fromStringList(event.people)},
            {u"detail"_s, event.detail}};
}

QJsonObject AlertJson::toJson(const AlertRow &alert, const QList<AlertEventRow> &timeline)
{
    QJsonArray events;
    for (const AlertEventRow &event : timeline) {
        events.append(eventJson(event));
    }
    return {{u"id"_s, alert.id},
            {u"version"_s, alert.version},
            {u"source"_s, alert.source},
            {u"integration"_s, alert.integration},
            {u"key"_s, alert.key},
            {u"severity"_s, alert.severity},
            {u"summary"_s, alert.summary},
            {u"details"_s, alert.details},
            {u"status"_s, alert.status},
            {u"raised_at"_s, instant(alert.raisedAt)},
            {u"updated_at"_s, instant(alert.updatedAt)},
            {u"acknowledged_at"_s, instant(alert.acknowledgedAt)},
            {u"acknowledged_by"_s, textOrNull(alert.acknowledgedBy)},
            {u"resolved_at"_s, instant(alert.resolvedAt)},
            {u"resolved_by"_s, textOrNull(alert.resolvedBy)},
            {u"policy"_s, alert.policy},
            {u"tier"_s, alert.tier},
            {u"round"_s, alert.round},
            {u"next_escalation_at"_s, instant(alert.nextEscalationAt)},
            {u"notified"_s, QJsonArray::fromStringList(notified(timeline))},
            {u"runbook"_s, runbookJson(alert.scenario, alert.severity)},
            {u"timeline"_s, events}};
}

} // namespace deskside::server

#include "alerts/AlertLog.h"

#include "ServerContext.h"
#include "alerts/NotificationCenter.h"
#include "db/Database.h"
#include "sync/ChangeFeed.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

std::optional<qint64> optionalSecs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant nullable(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

Result<AlertRow> AlertLog::row(qint64 id) const
{
    auto query = m_context.db->exec(
        u"SELECT id, version, source, integration, dedup_key, severity, summary, details,"
        " scenario, policy, status, raised_at, updated_at, acknowledged_at, acknowledged_by,"
        " resolved_at, resolved_by, tier, round FROM alerts WHERE id = ?"_s,
        {id});
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    if (!q.next()) {
        return makeError(u"not_found"_s, u"there is no alert #%1"_s.arg(id));
    }
    AlertRow row;
    row.id = q.value(0).toLongLong();
    row.version = q.value(1).toLongLong();
    row.source = q.value(2).toString();
    row.integration = q.value(3).toString();
    row.key = q.value(4).toString();
    row.severity = q.value(5).toString();
    row.summary = q.value(6).toString();
    row.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    row.scenario = q.value(8).toString();
    row.policy = q.value(9).toString();
    row.status = q.value(10).toString();
    row.raisedAt = q.value(11).toLongLong();
    row.updatedAt = q.value(12).toLongLong();
    row.acknowledgedAt = optionalSecs(q.value(13));
    row.acknowledgedBy = q.value(14).toString();
    row.resolvedAt = optionalSecs(q.value(15));
    row.resolvedBy = q.value(16).toString();
    row.tier = q.value(17).toInt();
    row.round = q.value(18).toInt();
    if (row.status == u"triggered"_s) {
        auto next = m_context.db->scalar(u"SELECT MIN(due_at) FROM escalation_steps WHERE"
                                         " alert_id = ? AND fired_at IS NULL AND cancelled = 0"_s,
                                         {id});
        if (!next) {
            return next.error();
        }
        row.nextEscalationAt = optionalSecs(next.value());
    }
    return row;
}

Result<QList<AlertEventRow>> AlertLog::events(qint64 id) const
{
    auto query = m_context.db->exec(u"SELECT at, kind, actor, tier, round, people, detail"
                                    " FROM alert_events WHERE alert_id = ? ORDER BY id"_s,
                                    {id});
    if (!query) {
        return query.error();
    }
    QList<AlertEventRow> events;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        const QString people = q.value(5).toString();
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       optionalInt(q.value(3)), optionalInt(q.value(4)),
                       people.isEmpty() ? QStringList() : people.split(u','),
                       q.value(6).toString()});
    }
    return events;
}

Result<QJsonObject> AlertLog::json(qint64 id) const
{
    auto alert = row(id);
    if (!alert) {
        return alert.error();
    }
    auto timeline = events(id);
    if (!timeline) {
        return timeline.error();
    }
    return AlertJson::toJson(alert.value(), timeline.value());
}

Status AlertLog::addEvent(qint64 alertId, const AlertEventRow &event)
{
    auto done = m_context.db->exec(
        u"INSERT INTO alert_events (alert_id, at, kind, actor, tier, round, people, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {alertId, event.at, event.kind, event.actor.isEmpty() ? QVariant() : QVariant(event.actor),
         nullable(event.tier), nullable(event.round), event.people.join(u','), event.detail});
    if (!done) {
        return done.error();
    }
    return {};
}

Status AlertLog::touch(qint64 alertId, qint64 now)
{
    auto done = m_context.db->exec(
        u"UPDATE alerts SET version = version + 1, updated_at = ? WHERE id = ?"_s, {now, alertId});
    if (!done) {
        return done.error();
    }
    auto seq = m_context.feed->record(u"alert"_s, alertId, u"upsert"_s, {}, now);
    if (!seq) {
        return seq.error();
    }
    return {};
}

Result<QStringList> AlertLog::notified(qint64 alertId,
                                       std::optional<std::pair<int, int>> tierRound) const
{
    auto timeline = events(alertId);
    if (!timeline) {
        return timeline.error();
    }
    QList<AlertEventRow> matching;
    for (const AlertEventRow &event : std::as_const(timeline.value())) {
        if (!tierRound || (event.tier == tierRound->first && event.round == tierRound->second)) {
            matching.append(event);
        }
    }
    return AlertJson::notified(matching);
}

Status AlertLog::tellPaged(qint64 alertId, const QString &actor, const QString &kind,
                           const QString &title, qint64 now)
{
    auto people = notified(alertId);
    if (!people) {
        return people.error();
    }
    for (const QString &person : std::as_const(people.value())) {
        if (person == actor) {
            continue;
        }
        auto sent = m_context.notifications->notify(person, kind, title, title, alertId, 0, now);
        if (!sent) {
            return sent.error();
        }
    }
    return {};
}

Status AlertLog::cancelPending(qint64 alertId)
{
    auto done = m_context.db->exec(u"UPDATE escalation_steps SET cancelled = 1"
                                   " WHERE alert_id = ? AND fired_at IS NULL"_s,
                                   {alertId});
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace deskside::server

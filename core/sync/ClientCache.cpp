#include "sync/ClientCache.h"

#include "base/IsoTime.h"
#include "sync/CacheDatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

const QString cursorKey = u"feed_cursor"_s;

// The queue columns, in QueueRow order after id and version.
const QStringList &queueColumns()
{
    static const QStringList columns = {u"subject"_s,     u"requester_name"_s, u"requester_email"_s,
                                        u"assignee"_s,    u"priority"_s,       u"status"_s,
                                        u"tier3_key"_s,   u"opened_at"_s,      u"updated_at"_s,
                                        u"respond_due"_s, u"resolve_due"_s,    u"responded"_s,
                                        u"paused"_s};
    return columns;
}

// Insert, or replace only when the incoming version is newer.
const QString &upsertSql()
{
    static const QString sql = [] {
        const QStringList columns = QStringList{u"version"_s, u"json"_s} + queueColumns();
        QStringList updates;
        for (const QString &column : columns) {
            updates.append(u"%1 = excluded.%1"_s.arg(column));
        }
        return u"INSERT INTO tickets (id, %1) VALUES (?%2) ON CONFLICT (id) DO UPDATE SET %3"
               " WHERE excluded.version > tickets.version"_s.arg(
                   columns.join(u", "_s), u", ?"_s.repeated(columns.size()), updates.join(u", "_s));
    }();
    return sql;
}

qint64 epoch(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

// One SLA target of the server's snapshot: its due time and state.
Result<std::pair<qint64, QString>> slaTarget(const QJsonObject &sla, const QString &name)
{
    const QJsonObject target = sla.value(name).toObject();
    const QJsonValue due = target.value(u"due"_s);
    qint64 dueUtc = 0;
    if (due.isString()) {
        auto parsed = iso::parse(due.toString());
        if (!parsed) {
            return makeError(u"sla"_s, u"'sla.%1.due' is not an ISO-8601 time"_s.arg(name));
        }
        dueUtc = parsed.value().toSecsSinceEpoch();
    }
    return std::pair{dueUtc, target.value(u"state"_s).toString()};
}

// The bound values of upsertSql() for one ticket, checked by the ticket codec.
Result<QVariantList> ticketBinds(const QJsonObject &json)
{
    auto decoded = api::decodeTicket(json);
    if (!decoded) {
        return decoded.error();
    }
    const api::TicketDocument &document = decoded.value();
    const ticket::Ticket &t = document.ticket;
    const QJsonObject sla = json.value(u"sla"_s).toObject();
    auto respond = slaTarget(sla, u"respond"_s);
    auto resolve = slaTarget(sla, u"resolve"_s);
    if (!respond || !resolve) {
        return respond ? resolve.error() : respond.error();
    }
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return QVariantList{t.id(),
                        document.version,
                        text,
                        t.subject(),
                        t.requester().name,
                        t.requester().email,
                        t.assignee(),
                        ticket::toWire(t.priority()),
                        ticket::toWire(t.status()),
                        t.tier3Key(),
                        epoch(t.openedAt()),
                        epoch(document.updatedAt),
                        respond.value().first,
                        resolve.value().first,
                        respond.value().second == u"met"_s,
                        resolve.value().second == u"paused"_s};
}

Status toStatus(const Result<QSqlQuery> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

Status ClientCache::upsertTicket(const QJsonObject &ticket, QSqlQuery &upsert)
{
    auto binds = ticketBinds(ticket);
    if (!binds) {
        const Error &error = binds.error();
        return makeError(u"bad_ticket"_s, u"ticket %1 from the server is malformed (%2): %3"_s
                                              .arg(ticket.value(u"id"_s).toInteger())
                                              .arg(error.code, error.message));
    }
    return m_db.run(upsert, binds.value());
}

Status ClientCache::applyChange(const QJsonObject &item, QSqlQuery &upsert, FeedEffects &effects)
{
    const qint64 id = item.value(u"id"_s).toInteger();
    const QString entity = item.value(u"entity"_s).toString();
    if ((entity == u"alert"_s || entity == u"notification"_s) && item.value(entity).isObject()) {
        const QJsonObject object = item.value(entity).toObject();
        const bool alert = entity == u"alert"_s;
        auto stored = alert ? m_alerts.storeAlert(object)
                            : m_alerts.storeNotification(object, item.value(u"seq"_s).toInteger());
        if (!stored) {
            return stored.error();
        }
        if (alert) {
            effects.alerts = effects.alerts || stored.value();
        } else if (stored.value()) {
            effects.notifications.append(object);
        }
        return {};
    }
    effects.tickets = true;
    if (item.contains(u"event"_s)) {
        const QString json = QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
        return toStatus(m_db.exec(u"INSERT OR REPLACE INTO events (seq, json) VALUES (?, ?)"_s,
                                  {item.value(u"seq"_s).toInteger(), json}));
    }
    if (item.value(u"deleted"_s).toBool()) {
        return toStatus(m_db.exec(u"DELETE FROM tickets WHERE id = ?"_s, {id}));
    }
    if (!item.value(u"ticket"_s).isObject()) {
        return makeError(u"bad_feed"_s,
                         u"change %1 has neither a ticket, a tombstone nor an event"_s.arg(
                             item.value(u"seq"_s).toInteger()));
    }
    return upsertTicket(item.value(u"ticket"_s).toObject(), upsert);
}

Status ClientCache::applyFeedPage(const QJsonArray &changes, qint64 nextCursor,
                                  FeedEffects *effects)
{
    FeedEffects found;
    if (nextCursor < 0) {
        return makeError(u"bad_feed"_s, u"the feed cursor %1 is negative"_s.arg(nextCursor));
    }
    const Status applied = m_db.transaction([&]() -> Status {
        auto upsert = m_db.prepare(upsertSql());
        if (!upsert) {
            return upsert.error();
        }
        bool events = false;
        for (const QJsonValue &value : changes) {
            if (!value.isObject()) {
                return makeError(u"bad_feed"_s, u"a change in the feed is not an object"_s);
            }
            const QJsonObject item = value.toObject();
            events = events || item.contains(u"event"_s);
            if (const Status applied = applyChange(item, upsert.value(), found); !applied) {
                return applied;
            }
        }
        if (found.alerts || !found.notifications.isEmpty()) {
            if (const Status pruned = m_alerts.prune(); !pruned) {
                return pruned;
            }
        }
        if (events) {
            const Status pruned =
                toStatus(m_db.exec(u"DELETE FROM events WHERE seq NOT IN"
                                   " (SELECT seq FROM events ORDER BY seq DESC LIMIT ?)"_s,
                                   {maxEvents}));
            if (!pruned) {
                return pruned;
            }
        }
        return toStatus(m_db.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
                                  {cursorKey, QString::number(nextCursor)}));
    });
    if (applied && effects) {
        *effects = std::move(found);
    }
    return applied;
}

Status ClientCache::storeTicket(const QJsonObject &ticket)
{
    auto upsert = m_db.prepare(upsertSql());
    if (!upsert) {
        return upsert.error();
    }
    return upsertTicket(ticket, upsert.value());
}

qint64 ClientCache::cursor() const
{
    const auto value = m_db.scalar(u"SELECT value FROM meta WHERE key = ?"_s, {cursorKey});
    return value ? value.value().toLongLong() : 0;
}

Result<QList<QueueRow>> ClientCache::queueRows() const
{
    auto count = ticketCount();
    if (!count) {
        return count.error();
    }
    auto query = m_db.exec(
        u"SELECT t.id, t.version, t.%1, COALESCE(o.n, 0) FROM tickets t"
        " LEFT JOIN (SELECT ticket_id, COUNT(*) AS n FROM outbox"
        " GROUP BY ticket_id) o ON o.ticket_id = t.id"_s.arg(queueColumns().join(u", t."_s)));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    QList<QueueRow> rows;
    rows.reserve(count.value());
    while (q.next()) {
        QueueRow &row = rows.emplace_back();
        row.id = q.value(0).toLongLong();
        row.version = q.value(1).toLongLong();
        row.subject = q.value(2).toString();
        row.requesterName = q.value(3).toString();
        row.requesterEmail = q.value(4).toString();
        row.assignee = q.value(5).toString();
        row.priority = ticket::priorityFromWire(q.value(6).toString()).value_or(row.priority);
        row.status = ticket::statusFromWire(q.value(7).toString()).value_or(row.status);
        row.tier3Key = q.value(8).toString();
        row.openedAt = q.value(9).toLongLong();
        row.updatedAt = q.value(10).toLongLong();
        row.respondDue = q.value(11).toLongLong();
        row.resolveDue = q.value(12).toLongLong();
        row.responded = q.value(13).toBool();
        row.paused = q.value(14).toBool();
        row.pendingEdits = q.value(15).toInt();
    }
    return rows;
}

Result<std::optional<QJsonObject>> ClientCache::ticketJson(qint64 id) const
{
    auto json = m_db.scalar(u"SELECT json FROM tickets WHERE id = ?"_s, {id});
    if (!json) {
        if (json.error().code == u"not_found"_s) {
            return std::optional<QJsonObject>();
        }
        return json.error();
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.value().toString().toUtf8());
    if (!document.isObject()) {
        return makeError(u"bad_cache"_s, u"the cached ticket %1 is not a JSON object"_s.arg(id));
    }
    return std::optional<QJsonObject>(document.object());
}

Result<std::optional<api::TicketDocument>> ClientCache::ticket(qint64 id) const
{
    auto json = ticketJson(id);
    if (!json) {
        return json.error();
    }
    if (!json.value()) {
        return std::optional<api::TicketDocument>();
    }
    auto decoded = api::decodeTicket(*json.value());
    if (!decoded) {
        return decoded.error();
    }
    return std::optional<api::TicketDocument>(std::move(decoded.value()));
}

Result<int> ClientCache::ticketCount() const
{
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM tickets"_s);
    if (!count) {
        return count.error();
    }
    return count.value().toInt();
}

Result<QList<QJsonObject>> ClientCache::events(int limit) const
{
    auto query = m_db.exec(u"SELECT json FROM events ORDER BY seq DESC LIMIT ?"_s, {limit});
    if (!query) {
        return query.error();
    }
    QList<QJsonObject> events;
    while (query.value().next()) {
        events.append(QJsonDocument::fromJson(query.value().value(0).toString().toUtf8()).object());
    }
    return events;
}

} // namespace deskside::sync

#include "tickets/TicketStore.h"

#include "db/Database.h"
#include "sync/ChangeFeed.h"

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

namespace deskside::server {

namespace {

QDateTime fromSecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toSecs(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? QVariant(time->toSecsSinceEpoch()) : QVariant();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(u',');
}

const QString ticketColumns = u"id, version, subject, requester_email, requester_name, assignee,"
                              " priority, status, opened_at, updated_at, tier3_key, sla_flags"_s;

} // namespace

bool TicketStore::canRead(const AuthUser &user, const Ticket &ticket)
{
    return user.isStaff() || user.owns(ticket.requester().email);
}

Result<StoredTicket> TicketStore::create(const Ticket &ticket, qint64 now)
{
    StoredTicket stored{ticket, 1, now, 0};
    const Status done = m_db.transaction([&]() -> Status {
        auto id = m_db.scalar(u"INSERT INTO tickets (subject, requester_email, requester_name,"
                              " assignee, priority, status, opened_at, updated_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                              {ticket.subject(), ticket.requester().email, ticket.requester().name,
                               nullable(ticket.assignee()), toWire(ticket.priority()),
                               toWire(ticket.status()), ticket.openedAt().toSecsSinceEpoch(), now});
        if (!id) {
            return id.error();
        }
        stored.ticket.setId(id.value().toLongLong());
        if (const Status messages = insertMessages(stored.ticket.id(), ticket.messages(), 0);
            !messages) {
            return messages;
        }
        if (const Status history = insertHistory(stored.ticket, 0, 0); !history) {
            return history;
        }
        auto recorded = m_feed.record(u"ticket"_s, stored.ticket.id(), u"upsert"_s,
                                      ticket.requester().email, now);
        return recorded ? Status() : Status(recorded.error());
    });
    if (!done) {
        return done.error();
    }
    // Message ids were assigned by the database: read them back.
    auto reloaded = load(stored.ticket.id());
    if (!reloaded || !reloaded.value()) {
        return reloaded ? makeError(u"not_found"_s, u"ticket vanished"_s) : reloaded.error();
    }
    return *reloaded.value();
}

Status TicketStore::insertMessages(qint64 id, const QList<Message> &messages, qsizetype from)
{
    for (qsizetype i = from; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        auto done =
            m_db.exec(u"INSERT INTO messages (ticket_id, author, from_staff, internal, body, at)"
                      " VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {id, m.author, m.fromStaff ? 1 : 0, m.internal ? 1 : 0, m.body,
                       m.at.toSecsSinceEpoch()});
        if (!done) {
            return done.error();
        }
    }
    return {};
}

Status TicketStore::insertHistory(const Ticket &after, qsizetype priorityFrom, qsizetype statusFrom)
{
    for (qsizetype i = priorityFrom; i < after.priorityChanges().size(); ++i) {
        const PriorityChange &c = after.priorityChanges().at(i);
        auto done =
            m_db.exec(u"INSERT INTO priority_changes (ticket_id, by_login, at, from_priority,"
                      " to_priority, explanation) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {after.id(), c.by, c.at.toSecsSinceEpoch(), toWire(c.from), toWire(c.to),
                       c.explanation});
        if (!done) {
            return done.error();
        }
    }
    for (qsizetype i = statusFrom; i < after.statusChanges().size(); ++i) {
        const StatusChange &c = after.statusChanges().at(i);
        auto done =
            m_db.exec(u"INSERT INTO status_changes (ticket_id, by_login, at, from_status,"
                      " to_status) VALUES (?, ?, ?, ?, ?)"_s,
                      {after.id(), c.by, c.at.toSecsSinceEpoch(), toWire(c.from), toWire(c.to)});
        if (!done) {
            return done.error();
        }
    }
    return {};
}

Result<StoredTicket> TicketStore::save(const StoredTicket &before, const Ticket &after,
                                       qint64 expectedVersion, qint64 now)
{
    const Status done = m_db.transaction([&]() -> Status {
        auto updated = m_db.exec(
            u"UPDATE tickets SET version = version + 1, subject = ?, assignee = ?, priority = ?,"
            " status = ?, updated_at = ?, tier3_key = ?, first_response_at = ?, resolved_at = ?"
            ", sla_next_check = NULL WHERE id = ? AND version = ?"_s,
            {after.subject(), nullable(after.assignee()), toWire(after.priority()),
             toWire(after.status()), now, nullable(after.tier3Key()),
             toSecs(after.firstStaffReplyAt()), toSecs(after.resolvedAt()), after.id(),
             expectedVersion});
        if (!updated) {
            return updated.error();
        }
        if (updated.value().numRowsAffected() != 1) {
            return makeError(u"stale"_s,
                             u"the ticket changed since version %1"_s.arg(expectedVersion));
        }
        const Ticket &old = before.ticket;
        if (const Status m = insertMessages(after.id(), after.messages(), old.messages().size());
            !m) {
            return m;
        }
        if (const Status h =
                insertHistory(after, old.priorityChanges().size(), old.statusChanges().size());
            !h) {
            return h;
        }
        auto recorded =
            m_feed.record(u"ticket"_s, after.id(), u"upsert"_s, after.requester().email, now);
        return recorded ? Status() : Status(recorded.error());
    });
    if (!done) {
        return done.error();
    }
    auto reloaded = load(after.id());
    if (!reloaded || !reloaded.value()) {
        return reloaded ? makeError(u"not_found"_s, u"ticket vanished"_s) : reloaded.error();
    }
    return *reloaded.value();
}

Status TicketStore::setSlaFlags(qint64 id, int flags)
{
    auto done = m_db.exec(u"UPDATE tickets SET sla_flags = ? WHERE id = ?"_s, {flags, id});
    return done ? Status() : Status(done.error());
}

Result<std::optional<StoredTicket>> TicketStore::load(qint64 id) const
{
    auto many = loadMany({id});
    if (!many) {
        return many.error();
    }
    if (!many.value().contains(id)) {
        return std::optional<StoredTicket>();
    }
    return std::optional<StoredTicket>(many.value().value(id));
}

Result<QHash<qint64, StoredTicket>> TicketStore::loadMany(const QList<qint64> &ids) const
{
    QHash<qint64, StoredTicket> result;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QString list = idList(ids.mid(start, 500));
        auto query = m_db.exec(u"SELECT "_s + ticketColumns + u" FROM tickets WHERE id IN ("_s +
                               list + u')');
        if (!query) {
            return query.error();
        }
        QHash<qint64, TicketFields> fields;
        QHash<qint64, StoredTicket> meta;
        while (query.value().next()) {
            const QSqlQuery &row = query.value();
            TicketFields f;
            f.id = row.value(0).toLongLong();
            f.subject = row.value(2).toString();
            f.requester = {row.value(4).toString(), row.value(3).toString()};
            f.assignee = row.value(5).toString();
            f.priority = priorityFromWire(row.value(6).toString()).value_or(Priority::Low);
            f.status = statusFromWire(row.value(7).toString()).value_or(TicketStatus::Open);
            f.openedAt = fromSecs(row.value(8));
            f.tier3Key = row.value(10).toString();
            fields.insert(f.id, f);
            meta.insert(f.id, StoredTicket{{},
                                           row.value(1).toLongLong(),
                                           row.value(9).toLongLong(),
                                           row.value(11).toInt()});
        }
        if (const Status children = loadChildren(fields, list); !children) {
            return children.error();
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            StoredTicket stored = meta.value(it.key());
            stored.ticket = Ticket::fromFields(std::move(it.value()));
            result.insert(it.key(), std::move(stored));
        }
    }
    return result;
}

Status TicketStore::loadChildren(QHash<qint64, TicketFields> &fields, const QString &list) const
{
    auto messages = m_db.exec(u"SELECT ticket_id, id, author, at, body, internal, from_staff"
                              " FROM messages WHERE ticket_id IN ("_s +
                              list + u") ORDER BY id"_s);
    if (!messages) {
        return messages.error();
    }
    while (messages.value().next()) {
        const QSqlQuery &row = messages.value();
        fields[row.value(0).toLongLong()].messages.append(
            {row.value(1).toLongLong(), row.value(2).toString(), fromSecs(row.value(3)),
             row.value(4).toString(), row.value(5).toInt() != 0, row.value(6).toInt() != 0});
    }
    auto priorities =
        m_db.exec(u"SELECT ticket_id, by_login, at, from_priority, to_priority, explanation"
                  " FROM priority_changes WHERE ticket_id IN ("_s +
                  list + u") ORDER BY id"_s);
    if (!priorities) {
        return priorities.error();
    }
    while (priorities.value().next()) {
        const QSqlQuery &row = priorities.value();
        fields[row.value(0).toLongLong()].priorityChanges.append(
            {row.value(1).toString(), fromSecs(row.value(2)),
             priorityFromWire(row.value(3).toString()).value_or(Priority::Low),
             priorityFromWire(row.value(4).toString()).value_or(Priority::Low),
             row.value(5).toString()});
    }
    auto statuses = m_db.exec(u"SELECT ticket_id, by_login, at, from_status, to_status"
                              " FROM status_changes WHERE ticket_id IN ("_s +
                              list + u") ORDER BY id"_s);
    if (!statuses) {
        return statuses.error();
    }
    while (statuses.value().next()) {
        const QSqlQuery &row = statuses.value();
        fields[row.value(0).toLongLong()].statusChanges.append(
            {row.value(1).toString(), fromSecs(row.value(2)),
             statusFromWire(row.value(3).toString()).value_or(TicketStatus::New),
             statusFromWire(row.value(4).toString()).value_or(TicketStatus::New)});
    }
    return {};
}

Result<QList<qint64>> TicketStore::visibleIds(const AuthUser &user, int limit, int offset) const
{
    if (user.isStaff()) {
        return m_db.ids(u"SELECT id FROM tickets ORDER BY id DESC LIMIT ? OFFSET ?"_s,
                        {limit, offset});
    }
    if (!user.emailVerified) {
        return QList<qint64>();
    }
    return m_db.ids(u"SELECT id FROM tickets WHERE LOWER(requester_email) = LOWER(?)"
                    " ORDER BY id DESC LIMIT ? OFFSET ?"_s,
                    {user.email, limit, offset});
}

Result<QList<qint64>> TicketStore::openIds() const
{
    return m_db.ids(
        u"SELECT id FROM tickets WHERE status NOT IN ('resolved', 'closed') ORDER BY id"_s);
}

} // namespace deskside::server

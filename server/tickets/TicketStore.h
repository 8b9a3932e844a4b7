#pragma once

#include "auth/AuthUser.h"
#include "base/Result.h"
#include "ticket/Ticket.h"

#include <QHash>
#include <QList>

#include <optional>

namespace deskside::server {

class ChangeFeed;
class Database;

// A ticket as stored: the domain value plus its version (the ETag) and SLA bookkeeping.
struct StoredTicket
{
    ticket::Ticket ticket;
    qint64 version = 1;
    qint64 updatedAt = 0;
    int slaFlags = 0;
};

// Tickets in the server database. Every write records a change-feed row in the same
// transaction; updates compare-and-set the version, so a stale writer gets "stale".
class TicketStore
{
public:
    TicketStore(Database &db, ChangeFeed &feed)
        : m_db(db)
        , m_feed(feed)
    {}

    // Inserts a new ticket with its first message; returns it with its id.
    Result<StoredTicket> create(const ticket::Ticket &ticket, qint64 now);
    Result<std::optional<StoredTicket>> load(qint64 id) const;
    // Bulk load: a few queries for any number of ids (the feed and lists).
    Result<QHash<qint64, StoredTicket>> loadMany(const QList<qint64> &ids) const;
    // Writes what changed from `before` to `after` when the stored version is still
    // `expectedVersion` (error code "stale" otherwise); returns the new state.
    Result<StoredTicket> save(const StoredTicket &before, const ticket::Ticket &after,
                              qint64 expectedVersion, qint64 now);
    Status setSlaFlags(qint64 id, int flags);
    // Ids a user may read, newest first (customers: their verified address only).
    Result<QList<qint64>> visibleIds(const AuthUser &user, int limit, int offset) const;
    // Open tickets (for the SLA scheduler).
    Result<QList<qint64>> openIds() const;

    static bool canRead(const AuthUser &user, const ticket::Ticket &ticket);

private:
    Status insertMessages(qint64 id, const QList<ticket::Message> &messages, qsizetype from);
    Status insertHistory(const ticket::Ticket &after, qsizetype priorityFrom, qsizetype statusFrom);
    Status loadChildren(QHash<qint64, ticket::TicketFields> &fields, const QString &idList) const;

    Database &m_db;
    ChangeFeed &m_feed;
};

} // namespace deskside::server

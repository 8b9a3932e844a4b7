#pragma once

#include "api/TicketJson.h"
#include "base/Result.h"
#include "sync/QueueRow.h"

#include <QJsonArray>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace deskside::sync {

class CacheDatabase;

// The account's tickets on disk, as the server last sent them. A feed page and its
// cursor are stored in one transaction, so a crash never leaves them apart.
class ClientCache
{
public:
    explicit ClientCache(CacheDatabase &db)
        : m_db(db)
    {}

    // Applies one page of GET /api/v1/changes ("changes" array): tickets are
    // upserted (newer version wins), tombstones ("deleted": true) removed, events kept
    // for the UI; then the cursor becomes nextCursor. All or nothing.
    Status applyFeedPage(const QJsonArray &changes, qint64 nextCursor);
    // Stores one ticket the server returned (after an edit), if newer than the cached one.
    Status storeTicket(const QJsonObject &ticket);
    qint64 cursor() const;

    Result<QList<QueueRow>> queueRows() const;
    Result<std::optional<api::TicketDocument>> ticket(qint64 id) const;
    // The raw JSON of a cached ticket (for conflict display).
    Result<std::optional<QJsonObject>> ticketJson(qint64 id) const;
    Result<int> ticketCount() const;
    // The newest feed events ("event" entries: SLA warnings, alerts), newest first.
    // The cache keeps the last maxEvents of them.
    Result<QList<QJsonObject>> events(int limit = maxEvents) const;

    static constexpr int maxEvents = 1000;

private:
    Status applyChange(const QJsonObject &item, QSqlQuery &upsert);
    Status upsertTicket(const QJsonObject &ticket, QSqlQuery &upsert);

    CacheDatabase &m_db;
};

} // namespace deskside::sync

#pragma once

#include "api/TicketJson.h"
#include "base/Result.h"
#include "sync/AlertCache.h"
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
        , m_alerts(db)
    {}

    // What a stored feed page changed, for the UI's signals.
    struct FeedEffects
    {
        bool tickets = false;             // tickets, tombstones or events
        bool alerts = false;              // an alert is new or newer
        QList<QJsonObject> notifications; // the ones not seen before, in feed order
    };

    // Applies one page of GET /api/v1/changes ("changes" array): tickets are
    // upserted (newer version wins), tombstones ("deleted": true) removed, events kept
    // for the UI, alerts and notifications kept by AlertCache; then the cursor becomes
    // nextCursor. All or nothing; effects (when given) are filled only on success.
    Status applyFeedPage(const QJsonArray &changes, qint64 nextCursor,
                         FeedEffects *effects = nullptr);
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

    // The on-call alerts and notifications (also: storing an acting reply's alert).
    AlertCache &alertCache() { return m_alerts; }
    const AlertCache &alertCache() const { return m_alerts; }

private:
    Status applyChange(const QJsonObject &item, QSqlQuery &upsert, FeedEffects &effects);
    Status upsertTicket(const QJsonObject &ticket, QSqlQuery &upsert);

    CacheDatabase &m_db;
    AlertCache m_alerts;
};

} // namespace deskside::sync

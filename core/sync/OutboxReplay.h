#pragma once

#include "sync/ApiClient.h"
#include "sync/Outbox.h"

#include <optional>

namespace deskside::sync {

class ClientCache;

// The outbox's delivery rules, apart from the network: which edit goes next, the
// headers it is sent with, and what the server's final answer does to the outbox and
// the cache.
class OutboxReplay
{
public:
    enum class Settled
    {
        Delivered,
        Conflicted,
        Rejected
    };
    struct Answer
    {
        Settled settled = Settled::Delivered;
        OutboxEdit edit;          // as it now stands in the outbox
        QJsonObject serverTicket; // the server's ticket (2xx) or its current one (412)
    };

    OutboxReplay(Outbox &outbox, ClientCache &cache)
        : m_outbox(outbox)
        , m_cache(cache)
    {}

    // The oldest edit that may go now. A conflict holds back the later edits of its
    // ticket, not those of other tickets; refused edits wait for the user and hold
    // nothing back.
    Result<std::optional<OutboxEdit>> next() const;
    // Idempotency-Key, and If-Match with the base version for edits that need it.
    static ApiClient::Headers headersFor(const OutboxEdit &edit);
    // A final answer: 2xx delivered, 412 conflicted, any other status refused.
    Result<Answer> settle(OutboxEdit edit, int status, const QJsonObject &body,
                          const QString &reason);
    // A conflicted edit: again on the cached (current) version, or dropped.
    Status resolve(qint64 editId, bool discard);

private:
    void storeTicket(const OutboxEdit &edit, const QJsonObject &ticket);
    void rebaseFollowers(const OutboxEdit &edit, qint64 newVersion);

    Outbox &m_outbox;
    ClientCache &m_cache;
};

} // namespace deskside::sync

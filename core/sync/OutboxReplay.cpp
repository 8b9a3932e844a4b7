#include "sync/OutboxReplay.h"

#include "base/Logging.h"
#include "sync/ClientCache.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deskside::sync::OutboxReplay", text);
}

} // namespace

Result<std::optional<OutboxEdit>> OutboxReplay::next() const
{
    auto pending = m_outbox.pending();
    if (!pending) {
        return pending.error();
    }
    QSet<qint64> heldBack;
    for (const OutboxEdit &edit : pending.value()) {
        if (edit.conflicted) {
            heldBack.insert(edit.ticketId);
        } else if (edit.lastError.isEmpty() && !heldBack.contains(edit.ticketId)) {
            return std::optional(edit);
        }
    }
    return std::optional<OutboxEdit>();
}

ApiClient::Headers OutboxReplay::headersFor(const OutboxEdit &edit)
{
    ApiClient::Headers headers{{"Idempotency-Key", edit.idempotencyKey.toUtf8()}};
    if (edit.needsIfMatch()) {
        headers.append({"If-Match", '"' + QByteArray::number(edit.baseVersion) + '"'});
    }
    return headers;
}

Result<OutboxReplay::Answer> OutboxReplay::settle(OutboxEdit edit, int status,
                                                  const QJsonObject &body, const QString &reason)
{
    Answer answer;
    if (status >= 200 && status < 300) {
        answer.settled = Settled::Delivered;
        answer.serverTicket = body;
        storeTicket(edit, body);
        rebaseFollowers(edit, body.value(u"version"_s).toInteger());
        // Should this fail, the edit goes again with the same key: the server answers
        // without applying it twice.
        if (const Status done = m_outbox.markDelivered(edit.id); !done) {
            return done.error();
        }
    } else if (status == 412) {
        answer.settled = Settled::Conflicted;
        answer.serverTicket = body.value(u"current"_s).toObject();
        storeTicket(edit, answer.serverTicket);
        edit.conflicted = true;
        edit.lastError = reason;
        if (const Status done = m_outbox.markConflicted(edit.id, reason); !done) {
            return done.error();
        }
    } else {
        answer.settled = Settled::Rejected;
        edit.lastError = reason;
        if (const Status done = m_outbox.markFailed(edit.id, reason); !done) {
            return done.error();
        }
    }
    answer.edit = std::move(edit);
    return answer;
}

Status OutboxReplay::resolve(qint64 editId, bool discard)
{
    auto pending = m_outbox.pending();
    if (!pending) {
        return pending.error();
    }
    const auto found = std::find_if(pending->cbegin(), pending->cend(),
                                    [editId](const OutboxEdit &edit) { return edit.id == editId; });
    if (found == pending->cend() || !found->conflicted) {
        return makeError(u"not_found"_s, tr("There is no conflicting edit %1.").arg(editId));
    }
    if (discard) {
        return m_outbox.discard(editId);
    }
    auto current = m_cache.ticketJson(found->ticketId);
    if (!current) {
        return current.error();
    }
    if (!current.value()) {
        return makeError(u"not_found"_s,
                         tr("Ticket #%1 is not in the cache.").arg(found->ticketId));
    }
    return m_outbox.rebase(editId, current.value()->value(u"version"_s).toInteger());
}

void OutboxReplay::storeTicket(const OutboxEdit &edit, const QJsonObject &ticket)
{
    if (ticket.isEmpty()) {
        return;
    }
    // Not fatal: the change feed brings the ticket on the next pull.
    if (const Status stored = m_cache.storeTicket(ticket); !stored) {
        qCWarning(lcSync) << "cannot cache ticket" << edit.ticketId << stored.error().message;
    }
}

// Later edits of the same ticket were made on top of this one: when the server's version
// moved only by this edit, they now apply to the new version instead of conflicting.
void OutboxReplay::rebaseFollowers(const OutboxEdit &edit, qint64 newVersion)
{
    if (newVersion != edit.baseVersion + 1) {
        return; // someone else changed the ticket too: their conflicts are real
    }
    const auto pending = m_outbox.pending();
    if (!pending) {
        return;
    }
    for (const OutboxEdit &later : pending.value()) {
        if (later.id > edit.id && later.ticketId == edit.ticketId && !later.conflicted &&
            later.lastError.isEmpty() && later.baseVersion == edit.baseVersion) {
            if (const Status rebased = m_outbox.rebase(later.id, newVersion); !rebased) {
                qCWarning(lcSync) << "cannot rebase edit" << later.id << rebased.error().message;
            }
        }
    }
}

} // namespace deskside::sync

#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace deskside::sync {

class CacheDatabase;

// One edit made on this desk, in the order it was made.
struct OutboxEdit
{
    enum class Kind
    {
        Reply,
        Note,
        Priority,
        Assign,
        Status,
        Tier3
    };

    qint64 id = 0; // local sequence
    Kind kind = Kind::Reply;
    qint64 ticketId = 0;
    qint64 baseVersion = 0;  // the ticket version the user saw (If-Match)
    QJsonObject body;        // the request body, e.g. {"priority","explanation"}
    QString idempotencyKey;  // fixed at creation: every retry sends the same key
    qint64 createdAt = 0;    // UTC epoch seconds
    QString lastError;       // why the server refused it (422, 412), empty otherwise
    bool conflicted = false; // 412: waits for the user (retry on the current version or discard)

    // "/api/v1/tickets/{id}/messages", ".../priority", ...
    QString path() const;
    bool needsIfMatch() const; // all but replies and notes

    bool operator==(const OutboxEdit &) const = default;
};

// "reply", "note", "priority", "assign", "status", "tier3" (as stored in the outbox).
QString kindToText(OutboxEdit::Kind kind);
std::optional<OutboxEdit::Kind> kindFromText(QStringView text);

// Edits waiting for the server, on disk. enqueue() returns only after the row is
// durably committed (synchronous=FULL), so an edit shown as saved survives a crash.
class Outbox
{
public:
    explicit Outbox(CacheDatabase &db)
        : m_db(db)
    {}

    Result<OutboxEdit> enqueue(OutboxEdit::Kind kind, qint64 ticketId, qint64 baseVersion,
                               const QJsonObject &body, qint64 now);
    Result<QList<OutboxEdit>> pending() const; // oldest first
    Result<int> count() const;
    // Removes the edit; an edit already gone (discarded meanwhile) is not an error.
    Status markDelivered(qint64 id);
    // These refuse an unknown id with the error code "not_found".
    Status markConflicted(qint64 id, const QString &reason);
    Status markFailed(qint64 id, const QString &reason);
    // After a conflict: apply the same change on top of the server's current version.
    Status rebase(qint64 id, qint64 newBaseVersion);
    Status discard(qint64 id);

private:
    Status updateOne(qint64 id, const QString &sql, const QVariantList &binds);

    CacheDatabase &m_db;
};

} // namespace deskside::sync

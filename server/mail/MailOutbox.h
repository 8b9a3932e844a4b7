#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace deskside::server {

class Database;

struct OutgoingMail
{
    qint64 id = 0;
    QString recipient;
    QString subject;
    QString body;
    int attempts = 0;
};

// Durable e-mail: a message is a row written in the same transaction as the change
// that caused it; a worker sends due rows and marks them sent or schedules a retry.
class MailOutbox
{
public:
    explicit MailOutbox(Database &db)
        : m_db(db)
    {}

    // Called after each successful enqueue (the server wakes its mailer with it).
    void setOnEnqueued(std::function<void()> hook) { m_onEnqueued = std::move(hook); }

    // Refuses a recipient that is not one plain address and a subject with line breaks.
    Status enqueue(const QString &recipient, const QString &subject, const QString &body,
                   qint64 now);
    Result<QList<OutgoingMail>> due(qint64 now, int limit) const;
    Status markSent(qint64 id, qint64 now);
    // Backoff: 30 s, 1 min, 2 min, … capped at 1 h.
    Status markFailed(qint64 id, int attempts, const QString &error, qint64 now);
    Result<int> pendingCount() const;

private:
    Database &m_db;
    std::function<void()> m_onEnqueued;
};

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "ticket/TicketRecords.h"

#include <optional>

namespace deskside::ticket {

// A support ticket as a value. The mutators enforce the domain rules of
// DESIGN.md section 3 and return an Error (code + sentence) when a rule refuses.
class Ticket
{
public:
    Ticket() = default;
    Ticket(qint64 id, QString subject, Requester requester, Priority priority, QDateTime openedAt);

    // A ticket exactly as stored, without checks (storage and codecs).
    static Ticket fromFields(TicketFields fields);
    const TicketFields &fields() const { return m_fields; }

    qint64 id() const { return m_fields.id; }
    void setId(qint64 id) { m_fields.id = id; }
    QString subject() const { return m_fields.subject; }
    const Requester &requester() const { return m_fields.requester; }
    QString assignee() const { return m_fields.assignee; }
    Priority priority() const { return m_fields.priority; }
    TicketStatus status() const { return m_fields.status; }
    QDateTime openedAt() const { return m_fields.openedAt; }
    const QList<Message> &messages() const { return m_fields.messages; }
    const QList<PriorityChange> &priorityChanges() const { return m_fields.priorityChanges; }
    const QList<StatusChange> &statusChanges() const { return m_fields.statusChanges; }
    QString tier3Key() const { return m_fields.tier3Key; }

    // Every change carries a non-empty explanation ("explanation_required").
    Status changePriority(const QString &by, const QDateTime &at, Priority newPriority,
                          const QString &explanation);
    // WaitingOnEngineering needs a linked issue: use moveToTier3().
    Status setStatus(const QString &by, const QDateTime &at, TicketStatus status);
    // Links an engineering issue such as "ENG-123" and waits on engineering.
    Status moveToTier3(const QString &by, const QDateTime &at, const QString &issueKey);
    // Refuses blank bodies and internal notes from customers.
    Status addMessage(Message message);
    // An empty name unassigns.
    void assign(const QString &assignee);

    // Spans spent waiting on the customer, oldest first; the last may be open.
    QList<PauseSpan> pauses() const;
    // The first public reply by staff: the end of the response clock.
    std::optional<QDateTime> firstStaffReplyAt() const;
    // When the ticket was resolved, if it is resolved or closed now.
    std::optional<QDateTime> resolvedAt() const;

private:
    Status checkChange(const QDateTime &at) const;
    void recordStatus(const QString &by, const QDateTime &at, TicketStatus status);

    TicketFields m_fields;
};

} // namespace deskside::ticket

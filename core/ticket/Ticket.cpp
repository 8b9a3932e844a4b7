#include "ticket/Ticket.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::ticket {

Ticket::Ticket(qint64 id, QString subject, Requester requester, Priority priority,
               QDateTime openedAt)
{
    m_fields.id = id;
    m_fields.subject = std::move(subject);
    m_fields.requester = std::move(requester);
    m_fields.priority = priority;
    m_fields.openedAt = std::move(openedAt);
}

Ticket Ticket::fromFields(TicketFields fields)
{
    Ticket ticket;
    ticket.m_fields = std::move(fields);
    return ticket;
}

Status Ticket::checkChange(const QDateTime &at) const
{
    if (m_fields.status == TicketStatus::Closed) {
        return makeError(u"ticket_closed"_s,
                         u"Ticket %1 is closed and can no longer change."_s.arg(m_fields.id));
    }
    if (!at.isValid()) {
        return makeError(u"bad_time"_s, u"A change needs the time it was made."_s);
    }
    QDateTime latest = m_fields.openedAt;
    if (!m_fields.statusChanges.isEmpty()) {
        latest = std::max(latest, m_fields.statusChanges.last().at);
    }
    if (!m_fields.priorityChanges.isEmpty()) {
        latest = std::max(latest, m_fields.priorityChanges.last().at);
    }
    if (latest.isValid() && at < latest) {
        return makeError(u"bad_time"_s,
                         u"A change cannot be dated before the ticket's last recorded change."_s);
    }
    return {};
}

Status Ticket::changePriority(const QString &by, const QDateTime &at, Priority newPriority,
                              const QString &explanation)
{
    if (const Status allowed = checkChange(at); !allowed) {
        return allowed;
    }
    const QString why = explanation.trimmed();
    if (why.isEmpty()) {
        return makeError(u"explanation_required"_s,
                         u"A priority change needs a written explanation for the requester."_s);
    }
    if (newPriority == m_fields.priority) {
        return makeError(u"no_change"_s,
                         u"The ticket already has %1 priority."_s.arg(displayName(newPriority)));
    }
    m_fields.priorityChanges.append(PriorityChange{by, at, m_fields.priority, newPriority, why});
    m_fields.priority = newPriority;
    return {};
}

void Ticket::recordStatus(const QString &by, const QDateTime &at, TicketStatus status)
{
    m_fields.statusChanges.append(StatusChange{by, at, m_fields.status, status});
    m_fields.status = status;
}

Status Ticket::setStatus(const QString &by, const QDateTime &at, TicketStatus status)
{
    if (const Status allowed = checkChange(at); !allowed) {
        return allowed;
    }
    if (status == m_fields.status) {
        return makeError(u"no_change"_s, u"The ticket is already '%1'."_s.arg(displayName(status)));
    }
    if (status == TicketStatus::New) {
        return makeError(u"bad_status"_s, u"A ticket cannot go back to 'New'."_s);
    }
    if (status == TicketStatus::WaitingOnEngineering) {
        return makeError(u"tier3_key_required"_s,
                         u"Waiting on engineering needs a linked engineering issue; move the "
                         "ticket to Tier 3 with its issue key."_s);
    }
    recordStatus(by, at, status);
    return {};
}

Status Ticket::moveToTier3(const QString &by, const QDateTime &at, const QString &issueKey)
{
    if (const Status allowed = checkChange(at); !allowed) {
        return allowed;
    }
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]{0,9}$"_s);
    const QString key = issueKey.trimmed();
    if (!pattern.match(key).hasMatch()) {
        return makeError(u"bad_issue_key"_s,
                         u"'%1' is not an engineering issue key such as ENG-123."_s.arg(issueKey));
    }
    m_fields.tier3Key = key.toUpper();
    if (m_fields.status != TicketStatus::WaitingOnEngineering) {
        recordStatus(by, at, TicketStatus::WaitingOnEngineering);
    }
    return {};
}

Status Ticket::addMessage(Message message)
{
    if (m_fields.status == TicketStatus::Closed) {
        return makeError(u"ticket_closed"_s,
                         u"Ticket %1 is closed; open a new ticket instead."_s.arg(m_fields.id));
    }
    if (message.body.trimmed().isEmpty()) {
        return makeError(u"empty_message"_s, u"A message needs some text."_s);
    }
    if (message.internal && !message.fromStaff) {
        return makeError(u"not_allowed"_s, u"Only staff can write internal notes."_s);
    }
    if (!message.at.isValid() || (m_fields.openedAt.isValid() && message.at < m_fields.openedAt)) {
        return makeError(u"bad_time"_s,
                         u"A message cannot be dated before the ticket was opened."_s);
    }
    m_fields.messages.append(std::move(message));
    return {};
}

void Ticket::assign(const QString &assignee)
{
    m_fields.assignee = assignee.trimmed();
}

QList<PauseSpan> Ticket::pauses() const
{
    QList<PauseSpan> spans;
    bool paused = false;
    for (const StatusChange &change : m_fields.statusChanges) {
        const bool pausing = pausesResolution(change.to);
        if (pausing && !paused) {
            spans.append(PauseSpan{change.at, QDateTime()});
        } else if (!pausing && paused) {
            spans.last().end = change.at;
        }
        paused = pausing;
    }
    return spans;
}

std::optional<QDateTime> Ticket::firstStaffReplyAt() const
{
    std::optional<QDateTime> first;
    for (const Message &message : m_fields.messages) {
        if (message.fromStaff && !message.internal && (!first || message.at < *first)) {
            first = message.at;
        }
    }
    return first;
}

std::optional<QDateTime> Ticket::resolvedAt() const
{
    if (isOpenStatus(m_fields.status)) {
        return std::nullopt;
    }
    // The latest move from an open status into Resolved or Closed.
    for (auto it = m_fields.statusChanges.crbegin(); it != m_fields.statusChanges.crend(); ++it) {
        if (isOpenStatus(it->from) && !isOpenStatus(it->to)) {
            return it->at;
        }
    }
    return std::nullopt;
}

} // namespace deskside::ticket

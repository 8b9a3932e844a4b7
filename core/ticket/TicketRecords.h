#pragma once

#include "ticket/Priority.h"
#include "ticket/TicketStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace deskside::ticket {

// Who asked. Tickets may come from people without an account: an e-mail is enough.
struct Requester
{
    QString name;
    QString email;
    bool operator==(const Requester &) const = default;
};

// A public reply or an internal note (never shown to the customer).
struct Message
{
    qint64 id = 0;
    QString author;
    QDateTime at;
    QString body;
    bool internal = false; // internal note vs public reply
    bool fromStaff = false;
    bool operator==(const Message &) const = default;
};

// One recorded change of priority; the explanation is never empty.
struct PriorityChange
{
    QString by;
    QDateTime at;
    Priority from = Priority::Low;
    Priority to = Priority::Low;
    QString explanation;
    bool operator==(const PriorityChange &) const = default;
};

struct StatusChange
{
    QString by;
    QDateTime at;
    TicketStatus from = TicketStatus::New;
    TicketStatus to = TicketStatus::New;
    bool operator==(const StatusChange &) const = default;
};

// A span [start, end) during which the resolution clock stood still (waiting on
// the customer). An open span, still running, has an invalid end.
struct PauseSpan
{
    QDateTime start;
    QDateTime end;
    bool isOpen() const { return !end.isValid(); }
    bool operator==(const PauseSpan &) const = default;
};

// Every stored field of a ticket, for codecs and storage; Ticket enforces the rules.
struct TicketFields
{
    qint64 id = 0;
    QString subject;
    Requester requester;
    QString assignee;
    Priority priority = Priority::Low;
    TicketStatus status = TicketStatus::New;
    QDateTime openedAt;
    QList<Message> messages;
    QList<PriorityChange> priorityChanges;
    QList<StatusChange> statusChanges;
    QString tier3Key; // linked engineering issue, e.g. "ENG-123"
    bool operator==(const TicketFields &) const = default;
};

} // namespace deskside::ticket

#pragma once

#include "ticket/Priority.h"
#include "ticket/TicketStatus.h"

#include <QMetaType>
#include <QString>

namespace deskside::sync {

// One ticket as the queue shows it: compact, so 100k rows load and sort fast.
// Times are UTC epoch seconds (0 = none).
struct QueueRow
{
    qint64 id = 0;
    qint64 version = 0;
    QString subject;
    QString requesterName;
    QString requesterEmail;
    QString assignee;
    ticket::Priority priority = ticket::Priority::Low;
    ticket::TicketStatus status = ticket::TicketStatus::New;
    QString tier3Key;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    qint64 respondDue = 0;  // from the server's SLA snapshot
    qint64 resolveDue = 0;  // from the server's SLA snapshot
    bool responded = false; // first staff reply done (respond target met)
    bool paused = false;    // waiting on the customer: the resolve clock stands still
    int pendingEdits = 0;   // edits in the outbox not yet on the server
};

} // namespace deskside::sync

Q_DECLARE_METATYPE(deskside::sync::QueueRow)

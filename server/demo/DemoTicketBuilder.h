#pragma once

#include "base/Result.h"
#include "demo/DemoText.h"
#include "ticket/Ticket.h"

#include <QStringList>

namespace deskside::sla {
class SlaClock;
}

namespace deskside::server {

// One demo ticket: as it was submitted, and with the history it has by now.
struct DemoTicket
{
    ticket::Ticket opening; // the first message only
    ticket::Ticket current; // replies, notes, status and priority changes added
    QDateTime updatedAt;    // the last change, never after now
};

// Makes plausible tickets relative to "now": opened up to ~30 business days ago, with
// statuses that fit their age, staff replies in or past the response window, pauses
// waiting on the customer, Tier 3 escalations and explained priority changes, so
// the SLA clocks show every state (on track, warning, breached, paused, met).
// Everything goes through the ticket's own rules, dated in the past.
class DemoTicketBuilder
{
public:
    // staff[0] is the manager, the rest are specialists.
    DemoTicketBuilder(const sla::SlaClock &sla, DemoText &text, QDateTime now, QStringList staff);

    Result<DemoTicket> build(const DemoRequester &requester);

private:
    // Instants along the ticket's life, by business seconds after its opening;
    // never before the previous one and never after now.
    class Timeline;

    ticket::Priority pickPriority();
    ticket::TicketStatus pickStatus(double ageDays);
    Status work(ticket::Ticket &ticket, Timeline &time, const DemoRequester &requester,
                ticket::Priority finalPriority, ticket::TicketStatus finalStatus);
    Status changePriority(ticket::Ticket &ticket, const QDateTime &at,
                          const DemoRequester &requester, ticket::Priority to);

    const sla::SlaClock &m_sla;
    DemoText &m_text;
    QDateTime m_now;
    QStringList m_staff;
};

} // namespace deskside::server

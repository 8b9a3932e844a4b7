#pragma once

#include "ticket/TicketRecords.h"

#include <optional>

namespace deskside::ticket {
class Ticket;
}

namespace deskside::sla {

// What the SLA clocks of one ticket depend on.
struct SlaInput
{
    QDateTime openedAt;
    ticket::Priority priority = ticket::Priority::Low;
    // Spans waiting on the customer, sorted and disjoint; the last may be open.
    QList<ticket::PauseSpan> pauses;
    std::optional<QDateTime> firstResponseAt;
    std::optional<QDateTime> resolvedAt;

    static SlaInput fromTicket(const ticket::Ticket &ticket);
};

} // namespace deskside::sla

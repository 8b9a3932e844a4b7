#include "sla/SlaInput.h"

#include "ticket/Ticket.h"

namespace deskside::sla {

SlaInput SlaInput::fromTicket(const ticket::Ticket &ticket)
{
    return SlaInput{ticket.openedAt(), ticket.priority(), ticket.pauses(),
                    ticket.firstStaffReplyAt(), ticket.resolvedAt()};
}

} // namespace deskside::sla

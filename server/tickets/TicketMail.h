#pragma once

#include "ticket/Ticket.h"

namespace deskside::sla {
class SlaClock;
}

namespace deskside::server {

struct MailText
{
    QString subject;
    QString body;
};

// The texts customers receive, in words they understand.
class TicketMail
{
public:
    explicit TicketMail(const sla::SlaClock &clock)
        : m_clock(clock)
    {}

    // Sent at once on submission: the priority, what it means, and when to expect us.
    MailText acknowledgement(const ticket::Ticket &ticket) const;
    // Sent on every priority change: old and new priority and the explanation.
    MailText priorityChanged(const ticket::Ticket &ticket,
                             const ticket::PriorityChange &change) const;
    // A public reply from staff.
    MailText reply(const ticket::Ticket &ticket, const ticket::Message &message) const;

private:
    QString promise(const ticket::Ticket &ticket, ticket::Priority priority) const;
    QString businessDays(qint64 seconds) const;

    const sla::SlaClock &m_clock;
};

} // namespace deskside::server

#include "tickets/TicketMail.h"

#include "sla/SlaClock.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

namespace deskside::server {

namespace {

QString impact(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return u"no business impact"_s;
    case Priority::Medium:
        return u"minimal business impact"_s;
    case Priority::High:
        return u"significant business impact"_s;
    case Priority::Urgent:
        return u"an outage"_s;
    }
    return {};
}

} // namespace

QString TicketMail::businessDays(qint64 seconds) const
{
    const qint64 day = m_clock.calendar().businessDaySeconds();
    if (seconds % day == 0) {
        const qint64 days = seconds / day;
        return days == 1 ? u"1 business day"_s : u"%1 business days"_s.arg(days);
    }
    const qint64 hours = (seconds + 3599) / 3600;
    return hours == 1 ? u"1 business hour"_s : u"%1 business hours"_s.arg(hours);
}

QString TicketMail::promise(const Ticket &ticket, Priority priority) const
{
    const auto &calendar = m_clock.calendar();
    const QDateTime respond = m_clock.due(ticket.openedAt(), priority, sla::SlaTarget::Respond);
    const QDateTime resolve = m_clock.due(ticket.openedAt(), priority, sla::SlaTarget::Resolve);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto when = [&](const QDateTime &t) -> QString {
        const QDateTime local = t.toTimeZone(calendar.zone());
        return english.toString(local, u"dddd d MMMM yyyy, h:mm AP"_s) + u' ' +
               calendar.zone().abbreviation(local);
    };
    return u"%1 priority means %2. A support specialist will respond within %3 (by %4) and we "
           "aim to resolve it within %5 (by %6).\nWe work Monday to Friday, 8 am to 5 pm Central "
           "Time, except public holidays; these times count business hours only."_s.arg(
               displayName(priority), impact(priority),
               businessDays(m_clock.policy().respondTarget(priority)), when(respond),
               businessDays(m_clock.policy().resolveTarget(priority)), when(resolve));
}

MailText TicketMail::acknowledgement(const Ticket &ticket) const
{
    return {u"[Ticket #%1] We received your request: %2"_s.arg(ticket.id()).arg(ticket.subject()),
            u"Hello %1,\n\nthank you for contacting support. Your ticket #%2 \"%3\" is in our "
            "queue.\n\n%4\n\nTo add information, reply to this message or sign in to the support "
            "site to follow your ticket and change its priority if your situation changes.\n\n"
            "Deskside Support\n"_s.arg(ticket.requester().name)
                .arg(ticket.id())
                .arg(ticket.subject(), promise(ticket, ticket.priority()))};
}

MailText TicketMail::priorityChanged(const Ticket &ticket, const PriorityChange &change) const
{
    return {u"[Ticket #%1] Priority changed from %2 to %3"_s.arg(ticket.id())
                .arg(displayName(change.from), displayName(change.to)),
            u"Hello %1,\n\nthe priority of your ticket #%2 \"%3\" changed from %4 to %5.\n\n"
            "Why:\n%6\n\n%7\n\nDeskside Support\n"_s.arg(ticket.requester().name)
                .arg(ticket.id())
                .arg(ticket.subject(), displayName(change.from), displayName(change.to),
                     change.explanation, promise(ticket, change.to))};
}

MailText TicketMail::reply(const Ticket &ticket, const Message &message) const
{
    return {u"[Ticket #%1] %2"_s.arg(ticket.id()).arg(ticket.subject()),
            u"Hello %1,\n\n%2\n\n-- %3, Deskside Support\n"_s.arg(ticket.requester().name,
                                                                  message.body, message.author)};
}

} // namespace deskside::server

#include "demo/DemoTicketBuilder.h"

#include "sla/SlaClock.h"

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

namespace deskside::server {

namespace {

QDateTime fromSecs(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
}

// An index drawn with the given weights.
template<std::size_t N> int weighted(DemoText &text, const std::array<int, N> &weights)
{
    int total = 0;
    for (int weight : weights) {
        total += weight;
    }
    int roll = text.below(total);
    for (std::size_t i = 0; i < N; ++i) {
        if (roll < weights[i]) {
            return static_cast<int>(i);
        }
        roll -= weights[i];
    }
    return 0;
}

// Keeps the first failure of a sequence of steps.
struct Steps
{
    Status first;
    void operator()(const Status &step)
    {
        if (first && !step) {
            first = step;
        }
    }
};

} // namespace

class DemoTicketBuilder::Timeline
{
public:
    Timeline(const calendar::BusinessCalendar &calendar, qint64 opened, qint64 now)
        : m_calendar(calendar)
        , m_opened(opened)
        , m_now(now)
        , m_last(opened)
        , m_span(std::max<qint64>(0, calendar.businessSecondsBetween(opened, now)))
    {}

    qint64 span() const { return m_span; }
    QDateTime last() const { return fromSecs(m_last); }
    QDateTime at(qint64 businessOffset)
    {
        m_last = std::clamp(m_calendar.addBusinessSeconds(m_opened, businessOffset), m_last, m_now);
        return fromSecs(m_last);
    }

private:
    const calendar::BusinessCalendar &m_calendar;
    qint64 m_opened;
    qint64 m_now;
    qint64 m_last;
    qint64 m_span;
};

DemoTicketBuilder::DemoTicketBuilder(const sla::SlaClock &sla, DemoText &text, QDateTime now,
                                     QStringList staff)
    : m_sla(sla)
    , m_text(text)
    , m_now(std::move(now))
    , m_staff(std::move(staff))
{}

Priority DemoTicketBuilder::pickPriority()
{
    static constexpr std::array<Priority, 4> priorities{Priority::Low, Priority::Medium,
                                                        Priority::High, Priority::Urgent};
    return priorities.at(weighted(m_text, std::array<int, 4>{30, 40, 26, 4}));
}

TicketStatus DemoTicketBuilder::pickStatus(double ageDays)
{
    static constexpr std::array<TicketStatus, 6> statuses{TicketStatus::New,
                                                          TicketStatus::Open,
                                                          TicketStatus::WaitingOnCustomer,
                                                          TicketStatus::WaitingOnEngineering,
                                                          TicketStatus::Resolved,
                                                          TicketStatus::Closed};
    // Young tickets are mostly new or open, old ones mostly resolved and closed.
    if (ageDays < 0.25) {
        return statuses.at(weighted(m_text, std::array<int, 6>{45, 40, 10, 0, 5, 0}));
    }
    if (ageDays < 2) {
        return statuses.at(weighted(m_text, std::array<int, 6>{8, 37, 20, 10, 20, 5}));
    }
    if (ageDays < 8) {
        return statuses.at(weighted(m_text, std::array<int, 6>{0, 15, 12, 15, 28, 30}));
    }
    return statuses.at(weighted(m_text, std::array<int, 6>{0, 5, 4, 8, 13, 70}));
}

Result<DemoTicket> DemoTicketBuilder::build(const DemoRequester &requester)
{
    const calendar::BusinessCalendar &calendar = m_sla.calendar();
    const qint64 day = calendar.businessDaySeconds();
    const qint64 now = m_now.toSecsSinceEpoch();
    const qint64 age = std::max<qint64>(300, std::llround(std::pow(m_text.unit(), 1.7) * 30 * day));
    qint64 opened = std::min(now, calendar.addBusinessSeconds(now, -age));
    if (m_text.chance(0.1)) {
        opened -= m_text.below(3 * 3600); // some arrive before opening hours
    }
    const Priority priority = pickPriority();
    const TicketStatus status = pickStatus(static_cast<double>(age) / static_cast<double>(day));
    Priority initial = priority;
    if (priority == Priority::Urgent) {
        initial = Priority::High; // outages are raised by staff, never chosen by customers
    } else if (status != TicketStatus::New && m_text.chance(0.15)) {
        initial = static_cast<Priority>((static_cast<int>(priority) + 1 + m_text.below(2)) % 3);
    }

    const DemoText::Opening words = m_text.opening();
    const QDateTime openedAt = fromSecs(opened);
    Ticket ticket(0, words.subject, {requester.name, requester.email}, initial, openedAt);
    if (const Status first =
            ticket.addMessage({0, requester.name, openedAt, words.body, false, false});
        !first) {
        return first.error();
    }
    DemoTicket demo{ticket, ticket, openedAt};
    Timeline time(calendar, opened, now);
    if (const Status worked = work(demo.current, time, requester, priority, status); !worked) {
        return worked.error();
    }
    demo.updatedAt = time.last();
    return demo;
}

Status DemoTicketBuilder::work(Ticket &ticket, Timeline &time, const DemoRequester &requester,
                               Priority finalPriority, TicketStatus finalStatus)
{
    const QString customer = requester.login.isEmpty() ? requester.name : requester.login;
    const qint64 span = time.span();
    if (finalStatus == TicketStatus::New) {
        if (m_text.chance(0.2)) {
            ticket.assign(m_staff.at(1 + m_text.below(static_cast<int>(m_staff.size()) - 1)));
        }
        if (span > 4 * 3600 && m_text.chance(0.4)) {
            return ticket.addMessage(
                {0, customer, time.at(span * 4 / 5), m_text.followUp(), false, false});
        }
        return {};
    }
    ticket.assign(m_text.chance(0.1)
                      ? m_staff.first()
                      : m_staff.at(1 + m_text.below(static_cast<int>(m_staff.size()) - 1)));
    const QString agent = ticket.assignee();
    const bool done = !isOpenStatus(finalStatus);
    qint64 end = span; // where the work stops: now, or the resolution
    if (done) {
        const double share =
            m_text.chance(0.2) ? m_text.between(1.05, 1.6) : m_text.between(0.2, 0.95);
        end =
            std::llround(static_cast<double>(m_sla.policy().resolveTarget(finalPriority)) * share);
        if (end > span) {
            end = std::llround(static_cast<double>(span) * m_text.between(0.5, 0.95));
        }
    }
    const double respondShare =
        m_text.chance(0.15) ? m_text.between(1.05, 1.5) : m_text.between(0.03, 0.5);
    const qint64 respond = std::min(
        end, std::llround(static_cast<double>(m_sla.policy().respondTarget(ticket.priority())) *
                          respondShare));
    const auto slot = [&](double low, double high) {
        return time.at(
            respond + std::llround(static_cast<double>(end - respond) * m_text.between(low, high)));
    };

    Steps steps;
    const QDateTime replied = time.at(respond);
    steps(ticket.setStatus(agent, replied, TicketStatus::Open));
    steps(ticket.addMessage(
        {0, agent, replied, m_text.firstReply(requester.firstName()), false, true}));
    if (m_text.chance(0.45)) {
        steps(ticket.addMessage({0, agent, slot(0.1, 0.3), m_text.internalNote(), true, true}));
    }
    if (ticket.priority() != finalPriority) {
        steps(changePriority(ticket, slot(0.3, 0.45), requester, finalPriority));
    }
    if (finalStatus != TicketStatus::WaitingOnCustomer && m_text.chance(0.3)) {
        const QDateTime asked = slot(0.45, 0.55);
        steps(ticket.addMessage({0, agent, asked, m_text.question(), false, true}));
        steps(ticket.setStatus(agent, asked, TicketStatus::WaitingOnCustomer));
        const QDateTime answered = slot(0.6, 0.7);
        steps(ticket.addMessage({0, customer, answered, m_text.answer(), false, false}));
        steps(ticket.setStatus(agent, answered, TicketStatus::Open));
    }
    if (finalStatus == TicketStatus::WaitingOnEngineering || (done && m_text.chance(0.15))) {
        const QString key = m_text.engineeringKey();
        const QDateTime escalated = slot(0.7, 0.8);
        steps(ticket.addMessage({0, agent, escalated, m_text.tier3Note(key), true, true}));
        steps(ticket.moveToTier3(agent, escalated, key));
        steps(ticket.addMessage({0, agent, escalated, m_text.tier3Reply(key), false, true}));
    }
    if (finalStatus == TicketStatus::WaitingOnCustomer) {
        const QDateTime asked = slot(0.8, 0.95);
        steps(ticket.addMessage({0, agent, asked, m_text.question(), false, true}));
        steps(ticket.setStatus(agent, asked, TicketStatus::WaitingOnCustomer));
    }
    if (done) {
        const QDateTime resolved = time.at(end);
        steps(ticket.addMessage(
            {0, agent, resolved, m_text.resolution(requester.firstName()), false, true}));
        steps(ticket.setStatus(agent, resolved, TicketStatus::Resolved));
        if (finalStatus == TicketStatus::Closed) {
            steps(ticket.setStatus(agent, time.at(end + 2 * m_sla.calendar().businessDaySeconds()),
                                   TicketStatus::Closed));
        }
    }
    return steps.first;
}

Status DemoTicketBuilder::changePriority(Ticket &ticket, const QDateTime &at,
                                         const DemoRequester &requester, Priority to)
{
    const bool raise = static_cast<int>(to) > static_cast<int>(ticket.priority());
    const bool byCustomer =
        !requester.login.isEmpty() && to != Priority::Urgent && m_text.chance(0.5);
    const QString by =
        byCustomer ? requester.login : (m_text.chance(0.5) ? m_staff.first() : ticket.assignee());
    const QString why = raise ? m_text.raiseReason(to == Priority::Urgent) : m_text.lowerReason();
    return ticket.changePriority(by, at, to, why);
}

} // namespace deskside::server

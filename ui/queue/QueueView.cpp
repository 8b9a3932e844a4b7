#include "QueueView.h"

using namespace Qt::StringLiterals;

namespace deskside::ui {

using ticket::TicketStatus;

QueueView::QueueView() = default;

QueueView::QueueView(Kind kind, ticket::Priority priority, QueueFilter filter)
    : m_kind(kind)
    , m_priority(priority)
    , m_filter(std::move(filter))
{}

QueueView QueueView::builtIn(Kind kind)
{
    Q_ASSERT(kind != Kind::ByPriority && kind != Kind::Custom);
    return QueueView(kind, ticket::Priority::Low, {});
}

QueueView QueueView::forPriority(ticket::Priority priority)
{
    return QueueView(Kind::ByPriority, priority, {});
}

QueueView QueueView::custom(QueueFilter filter)
{
    return QueueView(Kind::Custom, ticket::Priority::Low, std::move(filter));
}

QList<QueueView> QueueView::builtIns()
{
    QList<QueueView> views;
    for (Kind kind : {Kind::MyOpen, Kind::Unassigned, Kind::AllOpen, Kind::DueSoon, Kind::Breached,
                      Kind::WaitingOnCustomer, Kind::Tier3}) {
        views.append(builtIn(kind));
    }
    for (ticket::Priority priority : ticket::allPriorities()) {
        views.append(forPriority(priority));
    }
    return views;
}

QString QueueView::key() const
{
    switch (m_kind) {
    case Kind::MyOpen:
        return u"my_open"_s;
    case Kind::Unassigned:
        return u"unassigned"_s;
    case Kind::AllOpen:
        return u"all_open"_s;
    case Kind::DueSoon:
        return u"due_soon"_s;
    case Kind::Breached:
        return u"breached"_s;
    case Kind::WaitingOnCustomer:
        return u"waiting_on_customer"_s;
    case Kind::Tier3:
        return u"tier3"_s;
    case Kind::ByPriority:
        return u"priority:"_s + ticket::toWire(m_priority);
    case Kind::Custom:
        return u"filter:"_s + m_filter.name;
    }
    return {};
}

QString QueueView::name() const
{
    switch (m_kind) {
    case Kind::MyOpen:
        return tr("My open tickets");
    case Kind::Unassigned:
        return tr("Unassigned");
    case Kind::AllOpen:
        return tr("All open");
    case Kind::DueSoon:
        return tr("Due soon");
    case Kind::Breached:
        return tr("Breached");
    case Kind::WaitingOnCustomer:
        return tr("Waiting on customer");
    case Kind::Tier3:
        return tr("Tier 3");
    case Kind::ByPriority:
        return ticket::displayName(m_priority);
    case Kind::Custom:
        return m_filter.name;
    }
    return {};
}

bool QueueView::needsSla() const
{
    return m_kind == Kind::DueSoon || m_kind == Kind::Breached ||
           (m_kind == Kind::Custom && m_filter.needsSla());
}

bool QueueView::matches(const sync::QueueRow &row, const Context &context) const
{
    const QueueSla sla =
        needsSla() ? QueueSla::evaluate(row, context.nowUtc, context.slaClock) : QueueSla{};
    return matches(row, context, sla);
}

bool QueueView::matches(const sync::QueueRow &row, const Context &context,
                        const QueueSla &sla) const
{
    const bool open = ticket::isOpenStatus(row.status);
    switch (m_kind) {
    case Kind::MyOpen:
        return open && QueueFilter::isAssignedTo(row, context.myLogin);
    case Kind::Unassigned:
        return open && row.assignee.isEmpty();
    case Kind::AllOpen:
        return open;
    case Kind::DueSoon:
        return (sla.state == QueueSla::State::OnTrack || sla.state == QueueSla::State::Warning) &&
               sla.remainingSeconds <= qint64(context.dueSoonHours) * 3600;
    case Kind::Breached:
        return sla.state == QueueSla::State::Breached;
    case Kind::WaitingOnCustomer:
        return row.status == TicketStatus::WaitingOnCustomer;
    case Kind::Tier3:
        return row.status == TicketStatus::WaitingOnEngineering;
    case Kind::ByPriority:
        return open && row.priority == m_priority;
    case Kind::Custom:
        return m_filter.matches(row, context, sla);
    }
    return false;
}

} // namespace deskside::ui

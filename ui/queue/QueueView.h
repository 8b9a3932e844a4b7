#pragma once

#include "QueueContext.h"
#include "QueueFilter.h"
#include "QueueSla.h"
#include "sync/QueueRow.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>

namespace deskside::ui {

// One view of the sidebar: a built-in selection of tickets or a custom saved filter.
class QueueView
{
    Q_DECLARE_TR_FUNCTIONS(QueueView)

public:
    enum class Kind
    {
        MyOpen,
        Unassigned,
        AllOpen,
        DueSoon,  // next due within context.dueSoonHours business hours, not breached
        Breached, // open and the next due time is past
        WaitingOnCustomer,
        Tier3, // waiting on engineering
        ByPriority,
        Custom
    };
    using Context = QueueContext;

    QueueView();                         // All open
    static QueueView builtIn(Kind kind); // not ByPriority or Custom
    static QueueView forPriority(ticket::Priority priority);
    static QueueView custom(QueueFilter filter);
    // The sidebar's built-in views in order: My open, Unassigned, All open, Due soon,
    // Breached, Waiting on customer, Tier 3, then Low, Medium, High, Urgent.
    static QList<QueueView> builtIns();

    Kind kind() const { return m_kind; }
    ticket::Priority priority() const { return m_priority; }
    const QueueFilter &filter() const { return m_filter; }

    // Stable identifier: "my_open", "priority:high", "filter:<name>".
    QString key() const;
    // For people: "My open tickets", "High", the filter's name.
    QString name() const;

    // Whether matching reads the row's SLA state (so callers evaluate it once per row).
    bool needsSla() const;
    bool matches(const sync::QueueRow &row, const Context &context) const;
    // sla is the row's QueueSla at context.nowUtc (only read when needsSla()).
    bool matches(const sync::QueueRow &row, const Context &context, const QueueSla &sla) const;

    friend bool operator==(const QueueView &, const QueueView &) = default;

private:
    QueueView(Kind kind, ticket::Priority priority, QueueFilter filter);

    Kind m_kind = Kind::AllOpen;
    ticket::Priority m_priority = ticket::Priority::Low;
    QueueFilter m_filter;
};

} // namespace deskside::ui

Q_DECLARE_METATYPE(deskside::ui::QueueView)

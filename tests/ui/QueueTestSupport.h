#pragma once

#include "queue/QueueModel.h"
#include "sync/QueueRow.h"

#include <QList>
#include <QSignalSpy>
#include <QTest>

// Helpers shared by the queue tests: eight hand-made rows around a fixed instant,
// Wed 2026-03-11 12:00 CDT (business hours 08:00-17:00 America/Chicago), and waiting
// for the model's worker.
namespace deskside::ui::testing {

using namespace Qt::StringLiterals;
using sync::QueueRow;
using ticket::Priority;
using ticket::TicketStatus;

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 11), QTime(17, 0), QTimeZone::utc());
}
inline qint64 nowUtc()
{
    return fixedNow().toSecsSinceEpoch();
}
inline const QString &myLogin()
{
    static const QString login = u"alice"_s;
    return login;
}

struct RowSpec
{
    qint64 id;
    QString subject;
    QString requester;
    QString assignee;
    Priority priority;
    TicketStatus status;
    qint64 dueIn; // seconds from now to the next due (respond, or resolve once responded)
    bool responded;
    bool paused;
    qint64 updatedAgo;
};

inline QueueRow makeRow(const RowSpec &spec)
{
    QueueRow row;
    row.id = spec.id;
    row.version = 1;
    row.subject = spec.subject;
    if (!spec.requester.contains(u'@')) {
        row.requesterName = spec.requester;
    }
    row.requesterEmail = spec.requester.contains(u'@')
                             ? spec.requester
                             : spec.requester.section(u' ', 0, 0).toLower() + u"@example.com"_s;
    row.assignee = spec.assignee;
    row.priority = spec.priority;
    row.status = spec.status;
    row.openedAt = nowUtc() - 20 * day;
    row.updatedAt = nowUtc() - spec.updatedAgo;
    row.responded = spec.responded;
    row.paused = spec.paused;
    row.respondDue = spec.responded ? nowUtc() - 10 * day : nowUtc() + spec.dueIn;
    row.resolveDue = spec.responded ? nowUtc() + spec.dueIn : nowUtc() + spec.dueIn + 9 * hour;
    if (spec.status == TicketStatus::WaitingOnEngineering) {
        row.tier3Key = u"ENG-42"_s;
    }
    return row;
}

// 101 Urgent on track (2h 15m left), 102 High warning (45m), 103 Medium breached
// (overdue 1h 05m), 104 paused, 105 Tier 3 on track (Thu 10:00 = 7 business hours),
// 106 resolved, 107 Medium warning (3h), 108 closed.
inline QList<QueueRow> fixtureRows()
{
    using S = TicketStatus;
    using P = Priority;
    const QList<RowSpec> specs{
        {101, u"Printer jams on floor 3"_s, u"Zoe Stone"_s, u"alice"_s, P::Urgent, S::Open,
         2 * hour + 15 * minute, false, false, 5 * minute},
        {102, u"VPN drops every hour"_s, u"Carol King"_s, QString(), P::High, S::New, 45 * minute,
         false, false, 3 * hour},
        {103, u"Invoice total is wrong"_s, u"dave@example.com"_s, u"bob"_s, P::Medium, S::Open,
         -(hour + 5 * minute), false, false, 2 * day},
        {104, u"Password reset link expired"_s, u"Erin Wu"_s, u"alice"_s, P::Low,
         S::WaitingOnCustomer, 30 * hour, true, true, day + hour},
        {105, u"Database export times out"_s, u"Frank Lee"_s, u"carol"_s, P::High,
         S::WaitingOnEngineering, 22 * hour, true, false, 30},
        {106, u"Cannot log in"_s, u"Gina Park"_s, QString(), P::Low, S::Resolved, 0, true, false,
         10 * day},
        {107, u"Laptop fan noisy"_s, u"Hank Moss"_s, u"ALICE"_s, P::Medium, S::Open, 3 * hour, true,
         false, 20 * minute},
        {108, u"Email signature"_s, u"Ivy Chen"_s, QString(), P::Low, S::Closed, 0, true, false,
         5 * day},
    };
    QList<QueueRow> rows;
    for (const RowSpec &spec : specs) {
        rows.append(makeRow(spec));
    }
    return rows;
}

// Every status, open or not: a custom view showing all eight rows.
inline QueueView everything()
{
    QueueFilter filter;
    filter.name = u"Everything"_s;
    filter.statuses = ticket::allStatuses();
    return QueueView::custom(filter);
}

inline QueueContext fixtureContext()
{
    QueueContext context;
    context.nowUtc = nowUtc();
    context.myLogin = myLogin();
    return context;
}

inline QList<qint64> visibleIds(const QueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.rowAt(row).id);
    }
    return ids;
}

// Runs change (which starts a query) and waits until the model applied a result.
template<typename Change> bool applyAndWait(QueueModel &model, Change change)
{
    QSignalSpy finished(&model, &QueueModel::filterFinished);
    change();
    return QTest::qWaitFor([&] { return !finished.isEmpty() && !model.isBusy(); }, 60000);
}

} // namespace deskside::ui::testing

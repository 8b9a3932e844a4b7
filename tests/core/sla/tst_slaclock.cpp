#include "SlaTestSupport.h"
#include "ticket/Ticket.h"

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sla;
using namespace deskside::sla::testing;
using ticket::PauseSpan;
using ticket::Priority;

namespace {

const QString mondayOpening = u"2026-03-02T08:00:00-06:00"_s;

SlaInput high(QList<PauseSpan> pauses = {})
{
    return input(Priority::High, mondayOpening, std::move(pauses));
}

} // namespace

// SLA clocks: due times per priority, pauses, priority changes, states.
class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTimes_data()
    {
        QTest::addColumn<Priority>("priority");
        QTest::addColumn<SlaTarget>("target");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<QString>("due");
        const auto resolve = SlaTarget::Resolve;
        QTest::addRow("design: high, Friday 16:00")
            << Priority::High << resolve << u"2026-03-06T16:00:00-06:00"_s
            << u"2026-03-10T16:00:00-05:00"_s;
        QTest::addRow("design: medium over Christmas")
            << Priority::Medium << resolve << u"2026-12-24T16:59:59-06:00"_s
            << u"2026-12-31T16:59:59-06:00"_s;
        QTest::addRow("low ends at closing")
            << Priority::Low << resolve << mondayOpening << u"2026-03-11T17:00:00-05:00"_s;
        QTest::addRow("medium mid-morning")
            << Priority::Medium << resolve << u"2026-03-02T10:00:00-06:00"_s
            << u"2026-03-06T10:00:00-06:00"_s;
        QTest::addRow("urgent overnight")
            << Priority::Urgent << resolve << u"2026-03-02T15:00:00-06:00"_s
            << u"2026-03-03T10:00:00-06:00"_s;
        QTest::addRow("opened at closing")
            << Priority::High << resolve << u"2026-03-06T17:00:00-06:00"_s
            << u"2026-03-10T17:00:00-05:00"_s;
        QTest::addRow("opened a second before closing")
            << Priority::High << resolve << u"2026-03-06T16:59:59-06:00"_s
            << u"2026-03-10T16:59:59-05:00"_s;
        QTest::addRow("opened on Saturday")
            << Priority::High << resolve << u"2026-03-07T12:00:00-06:00"_s
            << u"2026-03-10T17:00:00-05:00"_s;
        QTest::addRow("opened before hours")
            << Priority::High << resolve << u"2026-03-09T06:00:00-05:00"_s
            << u"2026-03-10T17:00:00-05:00"_s;
        QTest::addRow("respond: same window")
            << Priority::High << SlaTarget::Respond << u"2026-03-06T16:00:00-06:00"_s
            << u"2026-03-10T16:00:00-05:00"_s;
        QTest::addRow("Thanksgiving") << Priority::High << resolve << u"2026-11-25T12:00:00-06:00"_s
                                      << u"2026-11-30T12:00:00-06:00"_s;
        QTest::addRow("Memorial Day") << Priority::High << resolve << u"2026-05-22T09:00:00-05:00"_s
                                      << u"2026-05-27T09:00:00-05:00"_s;
        QTest::addRow("Independence Day observed Friday")
            << Priority::High << resolve << u"2026-07-02T13:00:00-05:00"_s
            << u"2026-07-07T13:00:00-05:00"_s;
        QTest::addRow("clocks fall back")
            << Priority::High << resolve << u"2026-10-30T16:00:00-05:00"_s
            << u"2026-11-03T16:00:00-06:00"_s;
        QTest::addRow("New Year observed the Friday before")
            << Priority::Low << resolve << u"2027-12-30T09:00:00-06:00"_s
            << u"2028-01-12T09:00:00-06:00"_s;
    }
    void dueTimes()
    {
        QFETCH(Priority, priority);
        QFETCH(SlaTarget, target);
        QFETCH(QString, opened);
        QFETCH(QString, due);
        const SlaClock clock = SlaClock::standard();
        QCOMPARE(chicago(clock.due(at(opened), priority, target)), due);
        QCOMPARE(chicago(clock.dueUtc(secs(opened), priority, target)), due);
        const SlaSnapshot snapshot = clock.evaluate(input(priority, opened), at(opened));
        QCOMPARE(chicago(snapshot.status(target).due()), due);
        QCOMPARE(snapshot.status(target).usedSeconds, qint64(0));
        QCOMPARE(snapshot.status(target).state, SlaState::OnTrack);
    }

    void states_data()
    {
        QTest::addColumn<SlaInput>("in");
        QTest::addColumn<SlaTarget>("target");
        QTest::addColumn<QString>("now");
        QTest::addColumn<SlaState>("state");
        QTest::addColumn<QString>("due");
        QTest::addColumn<qint64>("used");
        const auto resolve = SlaTarget::Resolve;
        const QString tuesdayDue = u"2026-03-03T17:00:00-06:00"_s;
        QTest::addRow("on track") << high() << resolve << u"2026-03-02T10:00:00-06:00"_s
                                  << SlaState::OnTrack << tuesdayDue << qint64(7200);
        QTest::addRow("second before 75 percent")
            << high() << resolve << u"2026-03-03T12:29:59-06:00"_s << SlaState::OnTrack
            << tuesdayDue << qint64(48599);
        QTest::addRow("warning at 75 percent")
            << high() << resolve << u"2026-03-03T12:30:00-06:00"_s << SlaState::Warning
            << tuesdayDue << qint64(48600);
        QTest::addRow("at the due instant")
            << high() << resolve << tuesdayDue << SlaState::Warning << tuesdayDue << qint64(64800);
        QTest::addRow("a second past due") << high() << resolve << u"2026-03-03T17:00:01-06:00"_s
                                           << SlaState::Breached << tuesdayDue << qint64(64800);
        QTest::addRow("breached next day") << high() << resolve << u"2026-03-04T09:00:00-06:00"_s
                                           << SlaState::Breached << tuesdayDue << qint64(68400);
        QTest::addRow("respond runs alike")
            << high() << SlaTarget::Respond << u"2026-03-02T10:00:00-06:00"_s << SlaState::OnTrack
            << tuesdayDue << qint64(7200);
        const auto mondayPause =
            pause(u"2026-03-02T10:00:00-06:00"_s, u"2026-03-02T13:00:00-06:00"_s);
        QTest::addRow("pause moves resolve due")
            << high({mondayPause}) << resolve << u"2026-03-03T12:30:00-06:00"_s << SlaState::OnTrack
            << u"2026-03-04T11:00:00-06:00"_s << qint64(37800);
        QTest::addRow("pause leaves respond")
            << high({mondayPause}) << SlaTarget::Respond << u"2026-03-03T12:30:00-06:00"_s
            << SlaState::Warning << tuesdayDue << qint64(48600);
        QTest::addRow("currently paused: due as if resumed now")
            << high({pause(u"2026-03-03T13:00:00-06:00"_s)}) << resolve
            << u"2026-03-04T10:00:00-06:00"_s << SlaState::Paused << u"2026-03-04T14:00:00-06:00"_s
            << qint64(50400);
        QTest::addRow("paused after breach stays breached")
            << high({pause(u"2026-03-04T09:00:00-06:00"_s)}) << resolve
            << u"2026-03-04T12:00:00-06:00"_s << SlaState::Breached << tuesdayDue << qint64(68400);
        QTest::addRow("pause starting after due moves nothing")
            << high({pause(u"2026-03-04T09:00:00-06:00"_s, u"2026-03-04T10:00:00-06:00"_s)})
            << resolve << u"2026-03-04T11:00:00-06:00"_s << SlaState::Breached << tuesdayDue
            << qint64(72000);
        QTest::addRow("pause over a weekend moves nothing")
            << input(Priority::High, u"2026-03-06T16:00:00-06:00"_s,
                     {pause(u"2026-03-06T17:00:00-06:00"_s, u"2026-03-09T08:00:00-05:00"_s)})
            << resolve << u"2026-03-09T09:00:00-05:00"_s << SlaState::OnTrack
            << u"2026-03-10T16:00:00-05:00"_s << qint64(7200);
        QTest::addRow("two pauses add up")
            << high({pause(u"2026-03-02T09:00:00-06:00"_s, u"2026-03-02T10:00:00-06:00"_s),
                     pause(u"2026-03-03T09:00:00-06:00"_s, u"2026-03-03T10:00:00-06:00"_s)})
            << resolve << u"2026-03-04T08:30:00-06:00"_s << SlaState::Warning
            << u"2026-03-04T10:00:00-06:00"_s << qint64(59400);
        QTest::addRow("pause before opening is clipped")
            << high({pause(u"2026-03-01T00:00:00-06:00"_s, u"2026-03-02T09:00:00-06:00"_s)})
            << resolve << u"2026-03-02T10:00:00-06:00"_s << SlaState::OnTrack
            << u"2026-03-04T09:00:00-06:00"_s << qint64(3600);
    }
    void states()
    {
        QFETCH(SlaInput, in);
        QFETCH(SlaTarget, target);
        QFETCH(QString, now);
        QFETCH(SlaState, state);
        QFETCH(QString, due);
        QFETCH(qint64, used);
        const SlaSnapshot snapshot = SlaClock::standard().evaluate(in, at(now));
        const SlaTargetStatus &status = snapshot.status(target);
        QCOMPARE(chicago(status.due()), due);
        QCOMPARE(status.state, state);
        QCOMPARE(status.usedSeconds, used);
        QCOMPARE(status.remainingSeconds, status.targetSeconds - used);
        QCOMPARE(status.fractionUsed, double(used) / double(status.targetSeconds));
        QCOMPARE(snapshot.now(), at(now));
        QCOMPARE(target == SlaTarget::Resolve ? snapshot.resolveDue() : snapshot.respondDue(),
                 status.due());
    }

    void priorityChangeRecomputesFromOpening_data()
    {
        QTest::addColumn<Priority>("from");
        QTest::addColumn<Priority>("to");
        QTest::addColumn<QString>("now");
        QTest::addColumn<SlaState>("before");
        QTest::addColumn<SlaState>("after");
        QTest::addColumn<QString>("due");
        QTest::addRow("raised, already past: breach at once")
            << Priority::Low << Priority::High << u"2026-03-04T12:00:00-06:00"_s
            << SlaState::OnTrack << SlaState::Breached << u"2026-03-03T17:00:00-06:00"_s;
        QTest::addRow("raised, time spent counts")
            << Priority::Low << Priority::High << u"2026-03-03T13:00:00-06:00"_s
            << SlaState::OnTrack << SlaState::Warning << u"2026-03-03T17:00:00-06:00"_s;
        QTest::addRow("raised, still on track")
            << Priority::Low << Priority::Medium << u"2026-03-04T12:00:00-06:00"_s
            << SlaState::OnTrack << SlaState::OnTrack << u"2026-03-05T17:00:00-06:00"_s;
        QTest::addRow("lowered out of warning")
            << Priority::High << Priority::Low << u"2026-03-03T16:30:00-06:00"_s
            << SlaState::Warning << SlaState::OnTrack << u"2026-03-11T17:00:00-05:00"_s;
        QTest::addRow("lowered out of breach")
            << Priority::Urgent << Priority::Medium << u"2026-03-03T10:00:00-06:00"_s
            << SlaState::Breached << SlaState::OnTrack << u"2026-03-05T17:00:00-06:00"_s;
    }
    void priorityChangeRecomputesFromOpening()
    {
        QFETCH(Priority, from);
        QFETCH(Priority, to);
        QFETCH(QString, now);
        QFETCH(SlaState, before);
        QFETCH(SlaState, after);
        QFETCH(QString, due);
        const SlaClock clock = SlaClock::standard();
        SlaInput in = input(from, mondayOpening);
        const SlaSnapshot old = clock.evaluate(in, at(now));
        QCOMPARE(old.resolve.state, before);
        in.priority = to;
        const SlaSnapshot changed = clock.evaluate(in, at(now));
        QCOMPARE(changed.resolve.state, after);
        QCOMPARE(changed.respond.state, after);
        QCOMPARE(chicago(changed.resolveDue()), due);
        QCOMPARE(changed.resolveDue(), clock.due(at(mondayOpening), to, SlaTarget::Resolve));
        QCOMPARE(changed.resolve.usedSeconds, old.resolve.usedSeconds);
        QCOMPARE(changed.resolve.targetSeconds, clock.policy().resolveTarget(to));
    }

    void doneTargets_data()
    {
        QTest::addColumn<QString>("responded");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<SlaState>("respondState");
        QTest::addColumn<qint64>("respondUsed");
        QTest::addColumn<SlaState>("resolveState");
        QTest::addColumn<qint64>("resolveUsed");
        // High, opened Monday 08:00, due Tuesday 17:00; evaluated Wednesday 12:00.
        QTest::addRow("nothing yet") << QString() << QString() << SlaState::Breached
                                     << qint64(79200) << SlaState::Breached << qint64(79200);
        QTest::addRow("responded in time")
            << u"2026-03-02T09:00:00-06:00"_s << QString() << SlaState::Met << qint64(3600)
            << SlaState::Breached << qint64(79200);
        QTest::addRow("responded at the due instant")
            << u"2026-03-03T17:00:00-06:00"_s << QString() << SlaState::Met << qint64(64800)
            << SlaState::Breached << qint64(79200);
        QTest::addRow("responded late")
            << u"2026-03-04T09:00:00-06:00"_s << QString() << SlaState::Breached << qint64(68400)
            << SlaState::Breached << qint64(79200);
        QTest::addRow("resolved in time without reply")
            << QString() << u"2026-03-03T10:00:00-06:00"_s << SlaState::Met << qint64(39600)
            << SlaState::Met << qint64(39600);
        QTest::addRow("resolved late")
            << u"2026-03-02T09:00:00-06:00"_s << u"2026-03-04T09:00:00-06:00"_s << SlaState::Met
            << qint64(3600) << SlaState::Breached << qint64(68400);
    }
    void doneTargets()
    {
        QFETCH(QString, responded);
        QFETCH(QString, resolved);
        QFETCH(SlaState, respondState);
        QFETCH(qint64, respondUsed);
        QFETCH(SlaState, resolveState);
        QFETCH(qint64, resolveUsed);
        SlaInput in = high();
        if (!responded.isEmpty()) {
            in.firstResponseAt = at(responded);
        }
        if (!resolved.isEmpty()) {
            in.resolvedAt = at(resolved);
        }
        const SlaSnapshot snapshot =
            SlaClock::standard().evaluate(in, at(u"2026-03-04T12:00:00-06:00"_s));
        QCOMPARE(snapshot.respond.state, respondState);
        QCOMPARE(snapshot.respond.usedSeconds, respondUsed);
        QCOMPARE(snapshot.resolve.state, resolveState);
        QCOMPARE(snapshot.resolve.usedSeconds, resolveUsed);
    }

    void tighterRespondTarget()
    {
        const auto &calendar = calendar::BusinessCalendar::standard();
        SlaPolicy policy = SlaPolicy::standard(calendar);
        QVERIFY(policy.setRespondTarget(Priority::High, 2 * 3600).ok());
        const SlaClock clock(calendar, policy);
        const SlaSnapshot warning = clock.evaluate(high(), at(u"2026-03-02T09:30:00-06:00"_s));
        QCOMPARE(chicago(warning.respondDue()), u"2026-03-02T10:00:00-06:00"_s);
        QCOMPARE(warning.respond.state, SlaState::Warning);
        QCOMPARE(warning.respond.fractionUsed, 0.75);
        QCOMPARE(chicago(warning.resolveDue()), u"2026-03-03T17:00:00-06:00"_s);
        QCOMPARE(warning.resolve.state, SlaState::OnTrack);
        const SlaSnapshot late = clock.evaluate(high(), at(u"2026-03-02T10:00:01-06:00"_s));
        QCOMPARE(late.respond.state, SlaState::Breached);
        QCOMPARE(late.resolve.state, SlaState::OnTrack);
    }

    void inputFromTicket()
    {
        ticket::Ticket ticket(1, u"Scanner"_s, {u"Ada"_s, u"ada@example.com"_s}, Priority::High,
                              at(mondayOpening));
        QVERIFY(
            ticket
                .setStatus(u"sam"_s, at(u"2026-03-02T08:30:00-06:00"_s), ticket::TicketStatus::Open)
                .ok());
        QVERIFY(
            ticket
                .addMessage({1, u"sam"_s, at(u"2026-03-02T09:00:00-06:00"_s), u"Hi"_s, false, true})
                .ok());
        QVERIFY(ticket
                    .setStatus(u"sam"_s, at(u"2026-03-02T10:00:00-06:00"_s),
                               ticket::TicketStatus::WaitingOnCustomer)
                    .ok());
        QVERIFY(
            ticket
                .setStatus(u"ada"_s, at(u"2026-03-02T13:00:00-06:00"_s), ticket::TicketStatus::Open)
                .ok());
        const SlaInput in = SlaInput::fromTicket(ticket);
        QCOMPARE(in.openedAt, at(mondayOpening));
        QCOMPARE(in.priority, Priority::High);
        QCOMPARE(in.firstResponseAt, std::optional(at(u"2026-03-02T09:00:00-06:00"_s)));
        QCOMPARE(in.resolvedAt, std::nullopt);
        const SlaSnapshot snapshot =
            SlaClock::standard().evaluate(in, at(u"2026-03-03T12:00:00-06:00"_s));
        QCOMPARE(chicago(snapshot.resolveDue()), u"2026-03-04T11:00:00-06:00"_s);
        QCOMPARE(snapshot.respond.state, SlaState::Met);
    }

    void stateWireNames()
    {
        QCOMPARE(toWire(SlaState::OnTrack), u"on_track"_s);
        QCOMPARE(toWire(SlaState::Warning), u"warning"_s);
        QCOMPARE(toWire(SlaState::Breached), u"breached"_s);
        QCOMPARE(toWire(SlaState::Paused), u"paused"_s);
        QCOMPARE(toWire(SlaState::Met), u"met"_s);
        QCOMPARE(displayName(SlaState::OnTrack), u"On track"_s);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"

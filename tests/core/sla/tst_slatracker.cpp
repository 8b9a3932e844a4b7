#include "SlaTestSupport.h"
#include "sla/SlaTracker.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sla;
using namespace deskside::sla::testing;
using ticket::Priority;

namespace {

const QString mondayOpening = u"2026-03-02T08:00:00-06:00"_s;

QString describe(const SlaEvent &event)
{
    return toWire(event.target) + u' ' + toWire(event.kind) + u' ' + chicago(event.at);
}

QStringList describe(const QList<SlaEvent> &events)
{
    QStringList lines;
    for (const SlaEvent &event : events) {
        lines.append(describe(event));
    }
    return lines;
}

SlaClock clockWithRespond(qint64 respondSeconds)
{
    const auto &calendar = calendar::BusinessCalendar::standard();
    SlaPolicy policy = SlaPolicy::standard(calendar);
    if (respondSeconds > 0 && !policy.setRespondTarget(Priority::High, respondSeconds).ok()) {
        qFatal("bad respond target");
    }
    return SlaClock(calendar, policy);
}

} // namespace

Q_DECLARE_METATYPE(deskside::sla::SlaFlags)

// Warning and breach events: each exactly once per ticket and target; when to look again.
class TestSlaTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineAnnouncesEachOnce_data()
    {
        QTest::addColumn<qint64>("respondTarget");
        QTest::addColumn<SlaInput>("in");
        QTest::addColumn<QStringList>("expected");
        const SlaInput high = input(Priority::High, mondayOpening);
        QTest::addRow("high") << qint64(0) << high
                              << QStringList{u"respond warning_75 2026-03-03T12:30:00-06:00"_s,
                                             u"resolve warning_75 2026-03-03T12:30:00-06:00"_s,
                                             u"respond warning_1h 2026-03-03T16:00:00-06:00"_s,
                                             u"resolve warning_1h 2026-03-03T16:00:00-06:00"_s,
                                             u"respond breach 2026-03-03T17:15:00-06:00"_s,
                                             u"resolve breach 2026-03-03T17:15:00-06:00"_s};
        QTest::addRow("respond within 2 h")
            << qint64(7200) << high
            << QStringList{u"respond warning_1h 2026-03-02T09:00:00-06:00"_s,
                           u"respond warning_75 2026-03-02T09:30:00-06:00"_s,
                           u"respond breach 2026-03-02T10:15:00-06:00"_s,
                           u"resolve warning_75 2026-03-03T12:30:00-06:00"_s,
                           u"resolve warning_1h 2026-03-03T16:00:00-06:00"_s,
                           u"resolve breach 2026-03-03T17:15:00-06:00"_s};
        QTest::addRow("paused across the 75 percent mark")
            << qint64(7200)
            << input(Priority::High, mondayOpening,
                     {pause(u"2026-03-03T12:00:00-06:00"_s, u"2026-03-03T14:00:00-06:00"_s)})
            << QStringList{u"respond warning_1h 2026-03-02T09:00:00-06:00"_s,
                           u"respond warning_75 2026-03-02T09:30:00-06:00"_s,
                           u"respond breach 2026-03-02T10:15:00-06:00"_s,
                           u"resolve warning_75 2026-03-03T14:30:00-06:00"_s,
                           u"resolve warning_1h 2026-03-04T09:00:00-06:00"_s,
                           u"resolve breach 2026-03-04T10:15:00-06:00"_s};
    }
    void timelineAnnouncesEachOnce()
    {
        QFETCH(qint64, respondTarget);
        QFETCH(SlaInput, in);
        QFETCH(QStringList, expected);
        const SlaClock clock = clockWithRespond(respondTarget);
        const SlaTracker tracker(clock);
        SlaFlags flags;
        QStringList seen;
        for (qint64 now = secs(mondayOpening); now <= secs(u"2026-03-05T08:00:00-06:00"_s);
             now += 15 * 60) {
            const SlaUpdate first = tracker.update(flags, clock.evaluate(in, now));
            seen += describe(first.events);
            const SlaUpdate again = tracker.update(first.flags, clock.evaluate(in, now));
            QVERIFY2(again.events.isEmpty(), qPrintable(describe(again.events).join(u"; "_s)));
            QCOMPARE(again.flags, first.flags);
            flags = first.flags;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(flags.toInt(), 0x3f);
    }

    void followsNextCheckAt_data()
    {
        QTest::addColumn<Priority>("priority");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<QStringList>("expected"); // resolve events; respond runs alike
        QTest::addRow("high") << Priority::High << mondayOpening
                              << QStringList{u"warning_75 2026-03-03T12:30:00-06:00"_s,
                                             u"warning_1h 2026-03-03T16:00:00-06:00"_s,
                                             u"breach 2026-03-03T17:00:01-06:00"_s};
        QTest::addRow("urgent: both warnings at once")
            << Priority::Urgent << mondayOpening
            << QStringList{u"warning_75 2026-03-02T11:00:00-06:00"_s,
                           u"warning_1h 2026-03-02T11:00:00-06:00"_s,
                           u"breach 2026-03-02T12:00:01-06:00"_s};
        QTest::addRow("opened Friday evening")
            << Priority::High << u"2026-03-06T18:00:00-06:00"_s
            << QStringList{u"warning_75 2026-03-10T12:30:00-05:00"_s,
                           u"warning_1h 2026-03-10T16:00:00-05:00"_s,
                           u"breach 2026-03-10T17:00:01-05:00"_s};
    }
    void followsNextCheckAt()
    {
        QFETCH(Priority, priority);
        QFETCH(QString, opened);
        QFETCH(QStringList, expected);
        const SlaClock clock = SlaClock::standard();
        const SlaTracker tracker(clock);
        const SlaInput in = input(priority, opened);
        SlaFlags flags;
        QStringList respond;
        QStringList resolve;
        QDateTime now = at(opened);
        int wakeUps = 0;
        while (now.isValid() && wakeUps++ < 10) {
            const SlaUpdate quiet = tracker.update(flags, clock.evaluate(in, now.addSecs(-1)));
            QVERIFY(quiet.events.isEmpty() || wakeUps == 1);
            const SlaUpdate update = tracker.update(flags, clock.evaluate(in, now));
            for (const SlaEvent &event : update.events) {
                (event.target == SlaTarget::Respond ? respond : resolve)
                    .append(toWire(event.kind) + u' ' + chicago(event.at));
            }
            flags = update.flags;
            now = update.nextCheckAt;
        }
        QCOMPARE(resolve, expected);
        QCOMPARE(respond, expected);
        QVERIFY(wakeUps <= 5);
    }

    void breachMakesPendingWarningsMoot()
    {
        const SlaClock clock = SlaClock::standard();
        const SlaTracker tracker(clock);
        const SlaSnapshot snapshot = clock.evaluate(input(Priority::High, mondayOpening),
                                                    at(u"2026-03-04T12:00:00-06:00"_s));
        const SlaUpdate update = tracker.update({}, snapshot);
        QCOMPARE(describe(update.events),
                 (QStringList{u"respond breach 2026-03-04T12:00:00-06:00"_s,
                              u"resolve breach 2026-03-04T12:00:00-06:00"_s}));
        QCOMPARE(update.events.first().due, at(u"2026-03-03T17:00:00-06:00"_s));
        QCOMPARE(update.flags.toInt(), 0x3f);
        QVERIFY(!update.nextCheckAt.isValid());
        QVERIFY(tracker.update(update.flags, snapshot).events.isEmpty());
    }

    void priorityChangeAfterWarningDoesNotRewarn()
    {
        const SlaClock clock = SlaClock::standard();
        const SlaTracker tracker(clock);
        SlaInput in = input(Priority::High, mondayOpening);
        SlaFlags flags;
        const auto step = [&](const QString &now) {
            const SlaUpdate update = tracker.update(flags, clock.evaluate(in, at(now)));
            flags = update.flags;
            QStringList kinds;
            for (const SlaEvent &event : update.events) {
                kinds.append(toWire(event.target) + u' ' + toWire(event.kind));
            }
            return kinds;
        };
        QCOMPARE(step(u"2026-03-03T12:30:00-06:00"_s),
                 (QStringList{u"respond warning_75"_s, u"resolve warning_75"_s}));
        in.priority = Priority::Low;
        QCOMPARE(step(u"2026-03-03T13:00:00-06:00"_s), QStringList());
        in.priority = Priority::High; // over 75% again: already announced
        QCOMPARE(step(u"2026-03-03T14:00:00-06:00"_s), QStringList());
        QCOMPARE(step(u"2026-03-03T16:00:00-06:00"_s),
                 (QStringList{u"respond warning_1h"_s, u"resolve warning_1h"_s}));
        in.priority = Priority::Urgent; // already past due: a breach at once
        QCOMPARE(step(u"2026-03-03T16:05:00-06:00"_s),
                 (QStringList{u"respond breach"_s, u"resolve breach"_s}));
        in.priority = Priority::Low;
        QCOMPARE(step(u"2026-03-03T16:10:00-06:00"_s), QStringList());
        in.priority = Priority::High;
        QCOMPARE(step(u"2026-03-04T12:00:00-06:00"_s), QStringList());
    }

    void nextCheckAt_data()
    {
        QTest::addColumn<SlaInput>("in");
        QTest::addColumn<SlaFlags>("flags");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("next");
        const SlaInput high = input(Priority::High, mondayOpening);
        const SlaFlags warned75 = SlaFlag::RespondWarned75 | SlaFlag::ResolveWarned75;
        const SlaFlags warned = warned75 | SlaFlag::RespondWarned1h | SlaFlag::ResolveWarned1h;
        const QString monday10 = u"2026-03-02T10:00:00-06:00"_s;
        QTest::addRow("fresh") << high << SlaFlags() << mondayOpening
                               << u"2026-03-03T12:30:00-06:00"_s;
        QTest::addRow("after 75 percent")
            << high << warned75 << monday10 << u"2026-03-03T16:00:00-06:00"_s;
        QTest::addRow("after both warnings")
            << high << warned << monday10 << u"2026-03-03T17:00:01-06:00"_s;
        QTest::addRow("all announced") << high << SlaFlags::fromInt(0x3f) << monday10 << QString();
        QTest::addRow("over the weekend")
            << input(Priority::Low, u"2026-03-06T16:00:00-06:00"_s) << SlaFlags()
            << u"2026-03-07T12:00:00-06:00"_s << u"2026-03-16T16:00:00-05:00"_s;
        SlaInput paused = input(Priority::High, mondayOpening, {pause(monday10)});
        paused.firstResponseAt = at(u"2026-03-02T09:00:00-06:00"_s);
        QTest::addRow("paused and responded")
            << paused << SlaFlags() << u"2026-03-02T11:00:00-06:00"_s << QString();
        SlaInput responded = high;
        responded.firstResponseAt = at(u"2026-03-02T09:00:00-06:00"_s);
        QTest::addRow("responded, resolution running")
            << responded << SlaFlags() << monday10 << u"2026-03-03T12:30:00-06:00"_s;
        SlaInput done = responded;
        done.resolvedAt = at(monday10);
        QTest::addRow("met") << done << SlaFlags() << u"2026-03-02T11:00:00-06:00"_s << QString();
    }
    void nextCheckAt()
    {
        QFETCH(SlaInput, in);
        QFETCH(SlaFlags, flags);
        QFETCH(QString, now);
        QFETCH(QString, next);
        const SlaClock clock = SlaClock::standard();
        const SlaUpdate update = SlaTracker(clock).update(flags, clock.evaluate(in, at(now)));
        QVERIFY(update.events.isEmpty());
        QCOMPARE(update.flags, flags);
        QCOMPARE(update.nextCheckAt.isValid() ? chicago(update.nextCheckAt) : QString(), next);
    }

    void flagsAndWireNames()
    {
        QSet<int> bits;
        for (const SlaTarget target : {SlaTarget::Respond, SlaTarget::Resolve}) {
            for (const SlaEventKind kind :
                 {SlaEventKind::Warning75, SlaEventKind::Warning1h, SlaEventKind::Breach}) {
                bits.insert(int(flagFor(target, kind)));
            }
        }
        QCOMPARE(bits.size(), 6);
        const SlaFlags flags = SlaFlag::RespondBreached | SlaFlag::ResolveWarned1h;
        QCOMPARE(SlaFlags::fromInt(flags.toInt()), flags);
        QCOMPARE(toWire(SlaEventKind::Warning75), u"warning_75"_s);
        QCOMPARE(toWire(SlaEventKind::Warning1h), u"warning_1h"_s);
        QCOMPARE(toWire(SlaEventKind::Breach), u"breach"_s);
    }
};

QTEST_GUILESS_MAIN(TestSlaTracker)
#include "tst_slatracker.moc"

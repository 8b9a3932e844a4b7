#include "SlaTestSupport.h"
#include "sla/DueExplainer.h"

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sla;
using namespace deskside::sla::testing;
using ticket::Priority;

namespace {

const QString hours = u"the clock counts business hours Mon–Fri 08:00–17:00 America/Chicago."_s;

} // namespace

// Due times explained day by day: counted hours, closed days, holidays, pauses.
class TestDueExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data()
    {
        QTest::addColumn<SlaInput>("in");
        QTest::addColumn<SlaTarget>("target");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("lines");
        const auto resolve = SlaTarget::Resolve;
        QTest::addRow("design: high, Friday 16:00")
            << input(Priority::High, u"2026-03-06T16:00:00-06:00"_s) << resolve
            << u"2026-03-06T16:00:00-06:00"_s
            << QStringList{u"Opened Fri 2026-03-06 16:00 CST; "_s + hours,
                           u"High priority: resolve within 2 business days (18 h)."_s,
                           u"Counted: 1 h Fri Mar 6, 9 h Mon Mar 9, 8 h Tue Mar 10 → due Tue "
                           "2026-03-10 16:00 CDT."_s,
                           u"Closed: Sat–Sun Mar 7–8."_s};
        QTest::addRow("design: medium over Christmas")
            << input(Priority::Medium, u"2026-12-24T16:59:59-06:00"_s) << resolve
            << u"2026-12-24T16:59:59-06:00"_s
            << QStringList{u"Opened Thu 2026-12-24 16:59:59 CST; "_s + hours,
                           u"Medium priority: resolve within 4 business days (36 h)."_s,
                           u"Counted: 1 s Thu Dec 24, 9 h Mon Dec 28, 9 h Tue Dec 29, 9 h Wed "
                           "Dec 30, 8 h 59 min 59 s Thu Dec 31 → due Thu 2026-12-31 16:59:59 "
                           "CST."_s,
                           u"Closed: Fri Dec 25 (Christmas Day), Sat–Sun Dec 26–27."_s};
        QTest::addRow("opened on Saturday")
            << input(Priority::High, u"2026-03-07T12:00:00-06:00"_s) << resolve
            << u"2026-03-07T12:00:00-06:00"_s
            << QStringList{u"Opened Sat 2026-03-07 12:00 CST; "_s + hours,
                           u"Opened outside business hours: the clock starts at Mon 2026-03-09 "
                           "08:00 CDT."_s,
                           u"High priority: resolve within 2 business days (18 h)."_s,
                           u"Counted: 9 h Mon Mar 9, 9 h Tue Mar 10 → due Tue 2026-03-10 17:00 "
                           "CDT."_s,
                           u"Closed: Sat–Sun Mar 7–8."_s};
        QTest::addRow("Thanksgiving")
            << input(Priority::High, u"2026-11-25T12:00:00-06:00"_s) << resolve
            << u"2026-11-25T12:00:00-06:00"_s
            << QStringList{u"Opened Wed 2026-11-25 12:00 CST; "_s + hours,
                           u"High priority: resolve within 2 business days (18 h)."_s,
                           u"Counted: 5 h Wed Nov 25, 9 h Fri Nov 27, 4 h Mon Nov 30 → due Mon "
                           "2026-11-30 12:00 CST."_s,
                           u"Closed: Thu Nov 26 (Thanksgiving), Sat–Sun Nov 28–29."_s};
        QTest::addRow("urgent")
            << input(Priority::Urgent, u"2026-03-02T15:00:00-06:00"_s) << resolve
            << u"2026-03-02T15:00:00-06:00"_s
            << QStringList{u"Opened Mon 2026-03-02 15:00 CST; "_s + hours,
                           u"Urgent priority: resolve within 4 business hours."_s,
                           u"Counted: 2 h Mon Mar 2, 2 h Tue Mar 3 → due Tue 2026-03-03 10:00 "
                           "CST."_s};
        const QString monday = u"Opened Mon 2026-03-02 08:00 CST; "_s + hours;
        const QString high = u"High priority: resolve within 2 business days (18 h)."_s;
        QTest::addRow("paused")
            << input(Priority::High, u"2026-03-02T08:00:00-06:00"_s,
                     {pause(u"2026-03-02T10:00:00-06:00"_s, u"2026-03-02T13:00:00-06:00"_s)})
            << resolve << u"2026-03-03T12:00:00-06:00"_s
            << QStringList{monday, high,
                           u"Paused while waiting on the customer from Mon 2026-03-02 10:00 CST "
                           "to Mon 2026-03-02 13:00 CST: 3 h not counted."_s,
                           u"Counted: 6 h Mon Mar 2, 9 h Tue Mar 3, 3 h Wed Mar 4 → due Wed "
                           "2026-03-04 11:00 CST."_s};
        QTest::addRow("paused now")
            << input(Priority::High, u"2026-03-02T08:00:00-06:00"_s,
                     {pause(u"2026-03-03T13:00:00-06:00"_s)})
            << resolve << u"2026-03-04T10:00:00-06:00"_s
            << QStringList{monday, high,
                           u"Paused while waiting on the customer since Tue 2026-03-03 13:00 CST: "
                           "6 h not counted so far; the due time assumes the clock resumes now."_s,
                           u"Counted: 9 h Mon Mar 2, 5 h Tue Mar 3, 4 h Wed Mar 4 → due Wed "
                           "2026-03-04 14:00 CST."_s};
        QTest::addRow("respond ignores pauses")
            << input(Priority::High, u"2026-03-02T08:00:00-06:00"_s,
                     {pause(u"2026-03-02T10:00:00-06:00"_s, u"2026-03-02T13:00:00-06:00"_s)})
            << SlaTarget::Respond << u"2026-03-03T12:00:00-06:00"_s
            << QStringList{monday, u"High priority: respond within 2 business days (18 h)."_s,
                           u"Counted: 9 h Mon Mar 2, 9 h Tue Mar 3 → due Tue 2026-03-03 17:00 "
                           "CST."_s};
    }
    void explains()
    {
        QFETCH(SlaInput, in);
        QFETCH(SlaTarget, target);
        QFETCH(QString, now);
        QFETCH(QStringList, lines);
        const DueExplainer explainer(SlaClock::standard());
        const QStringList actual = explainer.explain(in, target, at(now));
        QCOMPARE(actual.join(u'\n'), lines.join(u'\n'));
    }

    void tighterRespondTarget()
    {
        const auto &calendar = calendar::BusinessCalendar::standard();
        SlaPolicy policy = SlaPolicy::standard(calendar);
        QVERIFY(policy.setRespondTarget(Priority::Medium, 90 * 60).ok());
        const DueExplainer explainer(SlaClock(calendar, policy));
        const QStringList lines =
            explainer.explain(input(Priority::Medium, u"2026-03-06T16:00:00-06:00"_s),
                              SlaTarget::Respond, at(u"2026-03-06T16:00:00-06:00"_s));
        QCOMPARE(lines.value(1), u"Medium priority: respond within 1 h 30 min of business time."_s);
        QCOMPARE(lines.value(2),
                 u"Counted: 1 h Fri Mar 6, 30 min Mon Mar 9 → due Mon 2026-03-09 08:30 CDT."_s);
        QCOMPARE(lines.value(3), u"Closed: Sat–Sun Mar 7–8."_s);
    }

    void noOpeningTime()
    {
        const DueExplainer explainer(SlaClock::standard());
        const QStringList lines = explainer.explain(SlaInput{}, SlaTarget::Resolve, QDateTime());
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(u"no opening time"_s));
    }
};

QTEST_GUILESS_MAIN(TestDueExplainer)
#include "tst_dueexplainer.moc"

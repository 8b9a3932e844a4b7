#include "oncall/OnCallSchedule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::oncall;

static QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// maria from Mon 2026-03-09 09:00 CDT (14:00 UTC) to Mon 2026-03-16 09:00 CDT, then sam.
static OnCallSchedule schedule()
{
    const Rotation rotation({u"maria"_s, u"sam"_s, u"priya"_s}, QDate(2026, 1, 5), QTime(9, 0), 7,
                            QTime(9, 0), QTimeZone("America/Chicago"));
    OnCallSchedule result(u"primary"_s, u"Primary on-call"_s, rotation);
    // alex covers Tuesday 10 March (local), then lee covers noon to 14:00 on top of it.
    const Status alex = result.addOverride(
        {utc(u"2026-03-10T05:00:00"_s), utc(u"2026-03-11T05:00:00"_s), u"alex"_s, u"swap"_s});
    const Status lee = result.addOverride(
        {utc(u"2026-03-10T17:00:00"_s), utc(u"2026-03-10T19:00:00"_s), u"lee"_s, u"cover"_s});
    Q_ASSERT(alex.ok() && lee.ok());
    return result;
}

class TestOnCallSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whoAt_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QString>("reason");

        QTest::addRow("rotation before overrides") << utc(u"2026-03-10T04:59:59"_s) << u"maria"_s
                                                   << utc(u"2026-03-10T05:00:00"_s) << QString();
        QTest::addRow("override starts (inclusive)") << utc(u"2026-03-10T05:00:00"_s) << u"alex"_s
                                                     << utc(u"2026-03-10T17:00:00"_s) << u"swap"_s;
        QTest::addRow("later override wins the overlap")
            << utc(u"2026-03-10T17:00:00"_s) << u"lee"_s << utc(u"2026-03-10T19:00:00"_s)
            << u"cover"_s;
        QTest::addRow("inner override ends (exclusive)")
            << utc(u"2026-03-10T19:00:00"_s) << u"alex"_s << utc(u"2026-03-11T05:00:00"_s)
            << u"swap"_s;
        QTest::addRow("outer override ends (exclusive)")
            << utc(u"2026-03-11T05:00:00"_s) << u"maria"_s << utc(u"2026-03-16T14:00:00"_s)
            << QString();
        QTest::addRow("before the rotation starts") << utc(u"2026-01-01T00:00:00"_s) << QString()
                                                    << utc(u"2026-01-05T15:00:00"_s) << QString();
    }
    void whoAt()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, who);
        QFETCH(QDateTime, next);
        QFETCH(QString, reason);
        const OnCallSchedule s = schedule();
        QCOMPARE(s.overrides().size(), 2);
        QCOMPARE(s.whoAt(at), who);
        QCOMPARE(s.nextHandoff(at), next);
        const Override *cover = s.overrideAt(at);
        QCOMPARE(cover ? cover->reason : QString(), reason);
    }

    void earlierOverrideDoesNotHideLaterOne()
    {
        OnCallSchedule s = schedule();
        // Added last, so it wins over both earlier overrides for the whole day.
        QVERIFY(s.addOverride({utc(u"2026-03-10T00:00:00"_s), utc(u"2026-03-12T00:00:00"_s),
                               u"kim"_s, u"holiday cover"_s})
                    .ok());
        QCOMPARE(s.whoAt(utc(u"2026-03-10T18:00:00"_s)), u"kim"_s);
        QCOMPARE(s.whoAt(utc(u"2026-03-11T23:59:59"_s)), u"kim"_s);
        QCOMPARE(s.whoAt(utc(u"2026-03-12T00:00:00"_s)), u"maria"_s);
        QCOMPARE(s.nextHandoff(utc(u"2026-03-10T18:00:00"_s)), utc(u"2026-03-10T19:00:00"_s));
    }

    void overrideBeforeStartCovers()
    {
        OnCallSchedule s = schedule();
        QVERIFY(s.addOverride(
                     {utc(u"2026-01-01T00:00:00"_s), utc(u"2026-01-02T00:00:00"_s), u"early"_s, {}})
                    .ok());
        QCOMPARE(s.whoAt(utc(u"2026-01-01T12:00:00"_s)), u"early"_s);
        QCOMPARE(s.whoAt(utc(u"2026-01-02T12:00:00"_s)), QString());
    }

    void addOverrideRefusesBadInput_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QString>("person");
        const QDateTime a = utc(u"2026-03-10T00:00:00"_s);
        const QDateTime b = utc(u"2026-03-11T00:00:00"_s);
        QTest::addRow("reversed") << b << a << u"alex"_s;
        QTest::addRow("empty interval") << a << a << u"alex"_s;
        QTest::addRow("no person") << a << b << QString();
        QTest::addRow("blank person") << a << b << u"  "_s;
        QTest::addRow("invalid start") << QDateTime() << b << u"alex"_s;
    }
    void addOverrideRefusesBadInput()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QString, person);
        OnCallSchedule s = schedule();
        const Status added = s.addOverride({from, to, person, {}});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, u"bad_override"_s);
        QCOMPARE(s.overrides().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOnCallSchedule)
#include "tst_oncallschedule.moc"

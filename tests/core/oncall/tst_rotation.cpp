#include "oncall/Rotation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::oncall;

static QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

static const QTimeZone chicago("America/Chicago");

static Rotation weekly()
{
    return Rotation({u"maria"_s, u"sam"_s, u"priya"_s}, QDate(2026, 1, 5), QTime(9, 0), 7,
                    QTime(9, 0), chicago);
}

static Rotation daily(QTime handoff, QDate start = QDate(2026, 3, 7))
{
    return Rotation({u"ann"_s, u"bob"_s}, start, handoff, 1, handoff, chicago);
}

class TestRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onCall_data()
    {
        QTest::addColumn<Rotation>("rotation");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QDateTime>("previous");

        const Rotation week = weekly();
        QTest::addRow("before start") << week << utc(u"2026-01-05T14:59:59"_s) << QString()
                                      << utc(u"2026-01-05T15:00:00"_s) << QDateTime();
        QTest::addRow("exactly at start")
            << week << utc(u"2026-01-05T15:00:00"_s) << u"maria"_s << utc(u"2026-01-12T15:00:00"_s)
            << utc(u"2026-01-05T15:00:00"_s);
        QTest::addRow("second week")
            << week << utc(u"2026-01-14T03:00:00"_s) << u"sam"_s << utc(u"2026-01-19T15:00:00"_s)
            << utc(u"2026-01-12T15:00:00"_s);
        QTest::addRow("wraps to first member")
            << week << utc(u"2026-01-27T00:00:00"_s) << u"maria"_s << utc(u"2026-02-02T15:00:00"_s)
            << utc(u"2026-01-26T15:00:00"_s);
        // DST starts Sun 2026-03-08: the Monday hand-off stays at 09:00, now 14:00 UTC.
        QTest::addRow("second before spring hand-off")
            << week << utc(u"2026-03-09T13:59:59"_s) << u"priya"_s << utc(u"2026-03-09T14:00:00"_s)
            << utc(u"2026-03-02T15:00:00"_s);
        QTest::addRow("exactly at spring hand-off")
            << week << utc(u"2026-03-09T14:00:00"_s) << u"maria"_s << utc(u"2026-03-16T14:00:00"_s)
            << utc(u"2026-03-09T14:00:00"_s);
        QTest::addRow("09:30 CDT after spring change")
            << week << utc(u"2026-03-09T14:30:00"_s) << u"maria"_s << utc(u"2026-03-16T14:00:00"_s)
            << utc(u"2026-03-09T14:00:00"_s);
        // DST ends Sun 2026-11-01: the Monday hand-off moves back to 15:00 UTC.
        QTest::addRow("08:30 CST before fall hand-off")
            << week << utc(u"2026-11-02T14:30:00"_s) << u"maria"_s << utc(u"2026-11-02T15:00:00"_s)
            << utc(u"2026-10-26T14:00:00"_s);
        QTest::addRow("exactly at fall hand-off")
            << week << utc(u"2026-11-02T15:00:00"_s) << u"sam"_s << utc(u"2026-11-09T15:00:00"_s)
            << utc(u"2026-11-02T15:00:00"_s);

        const Rotation nine = daily(QTime(9, 0));
        QTest::addRow("daily on the DST day before 09:00")
            << nine << utc(u"2026-03-08T13:30:00"_s) << u"ann"_s << utc(u"2026-03-08T14:00:00"_s)
            << utc(u"2026-03-07T15:00:00"_s);
        QTest::addRow("daily on the DST day at 09:00")
            << nine << utc(u"2026-03-08T14:00:00"_s) << u"bob"_s << utc(u"2026-03-09T14:00:00"_s)
            << utc(u"2026-03-08T14:00:00"_s);
        // 02:30 does not exist on 2026-03-08: the hand-off moves forward to 03:30 CDT.
        const Rotation gap = daily(QTime(2, 30));
        QTest::addRow("hand-off inside the spring gap")
            << gap << utc(u"2026-03-08T08:29:00"_s) << u"ann"_s << utc(u"2026-03-08T08:30:00"_s)
            << utc(u"2026-03-07T08:30:00"_s);
        QTest::addRow("after the moved hand-off")
            << gap << utc(u"2026-03-08T08:30:00"_s) << u"bob"_s << utc(u"2026-03-09T07:30:00"_s)
            << utc(u"2026-03-08T08:30:00"_s);
        // 01:30 happens twice on 2026-11-01: the hand-off is at the first one (06:30 UTC).
        const Rotation twice = daily(QTime(1, 30), QDate(2026, 10, 31));
        QTest::addRow("repeated hour after the hand-off")
            << twice << utc(u"2026-11-01T07:15:00"_s) << u"bob"_s << utc(u"2026-11-02T07:30:00"_s)
            << utc(u"2026-11-01T06:30:00"_s);

        const Rotation solo({u"solo"_s}, QDate(2026, 1, 5), QTime(9, 0), 7, QTime(9, 0), chicago);
        QTest::addRow("one member, months later")
            << solo << utc(u"2026-07-01T12:00:00"_s) << u"solo"_s << utc(u"2026-07-06T14:00:00"_s)
            << utc(u"2026-06-29T14:00:00"_s);

        // Starting at noon with a 09:00 hand-off: the first shift ends at the next 09:00.
        const Rotation noon({u"maria"_s, u"sam"_s}, QDate(2026, 1, 5), QTime(12, 0), 7, QTime(9, 0),
                            chicago);
        QTest::addRow("start later than hand-off time")
            << noon << utc(u"2026-01-12T14:59:00"_s) << u"maria"_s << utc(u"2026-01-12T15:00:00"_s)
            << utc(u"2026-01-05T18:00:00"_s);
    }
    void onCall()
    {
        QFETCH(Rotation, rotation);
        QFETCH(QDateTime, at);
        QFETCH(QString, who);
        QFETCH(QDateTime, next);
        QFETCH(QDateTime, previous);
        QCOMPARE(rotation.onCallAt(at), who);
        QCOMPARE(rotation.nextHandoff(at), next);
        QCOMPARE(rotation.previousHandoff(at), previous);
        QCOMPARE(rotation.nextHandoff(at).timeSpec(), Qt::UTC);
    }

    void handoffsKeepLocalWallTime()
    {
        const Rotation week = weekly();
        QDateTime t = utc(u"2026-01-05T15:00:00"_s);
        for (int i = 0; i < 60; ++i) {
            t = week.nextHandoff(t);
            const QDateTime local = t.toTimeZone(chicago);
            QCOMPARE(local.time(), QTime(9, 0));
            QCOMPARE(local.date().dayOfWeek(), int(Qt::Monday));
        }
    }

    void noMembersMeansNobody()
    {
        const Rotation empty({}, QDate(2026, 1, 5), QTime(9, 0), 7, QTime(9, 0), chicago);
        QCOMPARE(empty.onCallAt(utc(u"2026-02-01T00:00:00"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"

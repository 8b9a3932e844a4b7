#include "calendar/WeeklyHours.h"
#include "sla/SlaText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sla;

// Wording of SLA durations, targets, instants, hours and day ranges.
class TestSlaText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << qint64(0) << u"0 s"_s;
        QTest::addRow("second") << qint64(1) << u"1 s"_s;
        QTest::addRow("minutes") << qint64(45 * 60) << u"45 min"_s;
        QTest::addRow("hours") << qint64(18 * 3600) << u"18 h"_s;
        QTest::addRow("all parts") << qint64(8 * 3600 + 59 * 60 + 59) << u"8 h 59 min 59 s"_s;
        QTest::addRow("hours and seconds") << qint64(3601) << u"1 h 1 s"_s;
        QTest::addRow("overdue") << qint64(-5400) << u"−1 h 30 min"_s;
    }
    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(text::duration(seconds), text);
    }

    void target_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("day");
        QTest::addColumn<QString>("text");
        QTest::addRow("one day") << qint64(9 * 3600) << qint64(9 * 3600)
                                 << u"1 business day (9 h)"_s;
        QTest::addRow("eight days")
            << qint64(72 * 3600) << qint64(9 * 3600) << u"8 business days (72 h)"_s;
        QTest::addRow("one hour") << qint64(3600) << qint64(9 * 3600) << u"1 business hour"_s;
        QTest::addRow("hours") << qint64(4 * 3600) << qint64(9 * 3600) << u"4 business hours"_s;
        QTest::addRow("minutes") << qint64(5400) << qint64(9 * 3600)
                                 << u"1 h 30 min of business time"_s;
        QTest::addRow("no business day") << qint64(7200) << qint64(0) << u"2 business hours"_s;
    }
    void target()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, day);
        QFETCH(QString, text);
        QCOMPARE(text::target(seconds, day), text);
    }

    void localTime_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addRow("winter") << QDateTime(QDate(2026, 3, 6), QTime(22, 0), Qt::UTC)
                                << u"America/Chicago"_s << u"Fri 2026-03-06 16:00 CST"_s;
        QTest::addRow("summer with seconds")
            << QDateTime(QDate(2026, 3, 10), QTime(21, 0, 7), Qt::UTC) << u"America/Chicago"_s
            << u"Tue 2026-03-10 16:00:07 CDT"_s;
    }
    void localTime()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QCOMPARE(text::localTime(utc.toSecsSinceEpoch(), QTimeZone(zone.toLatin1())), text);
    }

    void weeklyHours()
    {
        calendar::WeeklyHours hours;
        QCOMPARE(text::weeklyHours(hours), u"no business hours"_s);
        QCOMPARE(text::weeklyHours(calendar::WeeklyHours::standard()), u"Mon–Fri 08:00–17:00"_s);
        const QList<calendar::BusinessInterval> split{{8 * 3600, 12 * 3600},
                                                      {13 * 3600, 17 * 3600 + 1800}};
        for (int day = Qt::Monday; day <= Qt::Thursday; ++day) {
            QVERIFY(hours.setDay(day, split).ok());
        }
        QVERIFY(hours.setDay(Qt::Friday, {{8 * 3600, 12 * 3600}}).ok());
        QVERIFY(hours.setDay(Qt::Sunday, {{10 * 3600 + 15, 24 * 3600}}).ok());
        QCOMPARE(text::weeklyHours(hours),
                 u"Mon–Thu 08:00–12:00, 13:00–17:30; Fri 08:00–12:00; Sun 10:00:15–24:00"_s);
    }

    void dayRange_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("text");
        QTest::addRow("one day") << QDate(2026, 3, 7) << QDate(2026, 3, 7) << u"Sat Mar 7"_s;
        QTest::addRow("same month")
            << QDate(2026, 3, 7) << QDate(2026, 3, 8) << u"Sat–Sun Mar 7–8"_s;
        QTest::addRow("across months")
            << QDate(2026, 2, 28) << QDate(2026, 3, 1) << u"Sat Feb 28–Sun Mar 1"_s;
    }
    void dayRange()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, text);
        QCOMPARE(text::dayRange(first, last), text);
    }
};

QTEST_GUILESS_MAIN(TestSlaText)
#include "tst_slatext.moc"

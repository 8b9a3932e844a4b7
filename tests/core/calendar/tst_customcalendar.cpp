#include "CalendarTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::calendar;
using namespace deskside::calendar::testing;

namespace {

constexpr qint64 hour = 3600;

QList<HolidayRule> usHolidays()
{
    return BusinessCalendar::standard().holidayRules();
}

// Mon-Fri 08:00-12:00 and 13:00-17:00 in Chicago: a lunch break.
BusinessCalendar splitCalendar()
{
    return BusinessCalendar(u"Split"_s, QTimeZone("America/Chicago"),
                            weekdays({span(8, 0, 12, 0), span(13, 0, 17, 0)}), usHolidays());
}

// Mon-Fri 09:00-18:00 in Berlin, fixed holidays without weekend observation.
BusinessCalendar berlinCalendar()
{
    return BusinessCalendar(u"Berlin"_s, QTimeZone("Europe/Berlin"), weekdays({span(9, 0, 18, 0)}),
                            {HolidayRule::fixedDate(u"Neujahr"_s, 1, 1, false),
                             HolidayRule::fixedDate(u"Tag der Deutschen Einheit"_s, 10, 3, false)});
}

BusinessCalendar officeMoveCalendar()
{
    return BusinessCalendar(u"Office move"_s, QTimeZone("America/Chicago"), WeeklyHours::standard(),
                            {HolidayRule::oneOff(u"Office move"_s, QDate(2026, 7, 10)),
                             HolidayRule::oneOff(u"Christmas party"_s, QDate(2026, 12, 25)),
                             HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25)});
}

// Open all day every day in UTC: business time is plain time.
BusinessCalendar roundTheClock()
{
    WeeklyHours hours;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (!hours.setDay(day, {span(0, 0, 24, 0)}).ok()) {
            qFatal("bad hours");
        }
    }
    return BusinessCalendar(u"24/7"_s, QTimeZone::utc(), hours, {});
}

} // namespace

// Calendars other than the standard one: split days, another zone, one-off holidays,
// 24/7, and the standard calendar before 1970.
class TestCustomCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("due");
        const auto row = [](const char *name, const char *calendar, const char *opened,
                            qint64 seconds, const char *due) {
            QTest::addRow("%s", name)
                << QString::fromLatin1(calendar) << QString::fromLatin1(opened) << seconds
                << QString::fromLatin1(due);
        };
        row("split over lunch", "split", "2026-03-02T11:30:00-06:00", hour,
            "2026-03-02T13:30:00-06:00");
        row("split ends at lunch", "split", "2026-03-02T11:00:00-06:00", hour,
            "2026-03-02T12:00:00-06:00");
        row("split opened at lunch", "split", "2026-03-02T12:00:00-06:00", 1,
            "2026-03-02T13:00:01-06:00");
        row("split zero at lunch", "split", "2026-03-02T12:30:00-06:00", 0,
            "2026-03-02T13:00:00-06:00");
        row("split full day", "split", "2026-03-02T08:00:00-06:00", 8 * hour,
            "2026-03-02T17:00:00-06:00");
        row("split next morning", "split", "2026-03-02T16:00:00-06:00", 2 * hour,
            "2026-03-03T09:00:00-06:00");
        row("split over july 3", "split", "2026-07-02T11:00:00-05:00", 8 * hour,
            "2026-07-06T11:00:00-05:00");
        row("berlin autumn dst", "berlin", "2026-10-23T17:00:00+02:00", 2 * hour,
            "2026-10-26T10:00:00+01:00");
        row("berlin spring dst", "berlin", "2026-03-27T17:30:00+01:00", hour,
            "2026-03-30T09:30:00+02:00");
        row("berlin saturday holiday not observed", "berlin", "2026-10-02T17:00:00+02:00", 2 * hour,
            "2026-10-05T10:00:00+02:00");
        row("berlin friday holiday", "berlin", "2025-10-02T17:00:00+02:00", 2 * hour,
            "2025-10-06T10:00:00+02:00");
        row("berlin new year", "berlin", "2026-12-31T17:30:00+01:00", hour,
            "2027-01-04T09:30:00+01:00");
        row("berlin chicago input", "berlin", "2026-03-06T16:00:00-06:00", hour,
            "2026-03-09T10:00:00+01:00");
        row("one-off holiday", "move", "2026-07-09T16:00:00-05:00", 2 * hour,
            "2026-07-13T09:00:00-05:00");
        row("july 3 is a working day here", "move", "2026-07-02T16:00:00-05:00", 2 * hour,
            "2026-07-03T09:00:00-05:00");
        row("two rules on one day close it once", "move", "2026-12-24T16:00:00-06:00", 2 * hour,
            "2026-12-28T09:00:00-06:00");
        row("24/7 plain time", "24/7", "2026-03-06T16:00:00-06:00", 50 * hour,
            "2026-03-09T00:00:00+00:00");
        row("24/7 midnight", "24/7", "2026-03-06T23:00:00Z", hour, "2026-03-07T00:00:00+00:00");
        row("before 1970 christmas eve observed", "standard", "1965-12-23T12:00:00-06:00", 9 * hour,
            "1965-12-27T12:00:00-06:00");
        row("over the epoch", "standard", "1969-12-31T16:00:00-06:00", 2 * hour,
            "1970-01-02T09:00:00-06:00");
        row("before 1970 daylight time", "standard", "1955-05-27T16:00:00-05:00", 2 * hour,
            "1955-05-31T09:00:00-05:00");
        row("year 1901", "standard", "1901-03-15T12:00:00-06:00", 27 * hour,
            "1901-03-20T12:00:00-06:00");
    }
    void add()
    {
        QFETCH(QString, calendar);
        QFETCH(QString, opened);
        QFETCH(qint64, seconds);
        QFETCH(QString, due);
        const BusinessCalendar chosen = calendar == u"split"_s    ? splitCalendar()
                                        : calendar == u"berlin"_s ? berlinCalendar()
                                        : calendar == u"move"_s   ? officeMoveCalendar()
                                        : calendar == u"24/7"_s   ? roundTheClock()
                                                                  : BusinessCalendar::standard();
        const qint64 start = utcSecs(opened);
        const qint64 result = chosen.addBusinessSeconds(start, seconds);
        QCOMPARE(result, utcSecs(due));
        QCOMPARE(isoIn(result, chosen.zone()), due);
        QCOMPARE(chosen.businessSecondsBetween(start, result), seconds);
    }

    void splitDays()
    {
        const BusinessCalendar calendar = splitCalendar();
        QCOMPARE(calendar.businessDaySeconds(), 8 * hour);
        QCOMPARE(calendar.hoursOn(QDate(2026, 3, 2)),
                 (QList{span(8, 0, 12, 0), span(13, 0, 17, 0)}));
        QVERIFY(calendar.isOpen(utcSecs(u"2026-03-02T11:59:59-06:00"_s)));
        QVERIFY(!calendar.isOpen(utcSecs(u"2026-03-02T12:00:00-06:00"_s)));
        QVERIFY(!calendar.isOpen(utcSecs(u"2026-03-02T12:59:59-06:00"_s)));
        QVERIFY(calendar.isOpen(utcSecs(u"2026-03-02T13:00:00-06:00"_s)));
        QCOMPARE(calendar.nextOpening(utcSecs(u"2026-03-02T12:10:00-06:00"_s)),
                 utcSecs(u"2026-03-02T13:00:00-06:00"_s));
        QCOMPARE(calendar.businessSecondsBetween(utcSecs(u"2026-03-02T11:00:00-06:00"_s),
                                                 utcSecs(u"2026-03-02T14:00:00-06:00"_s)),
                 2 * hour);
        QCOMPARE(calendar.businessSecondsBetween(utcSecs(u"2026-03-02T00:00:00-06:00"_s),
                                                 utcSecs(u"2026-03-09T00:00:00-06:00"_s)),
                 40 * hour);
    }

    void berlinHolidays()
    {
        const BusinessCalendar calendar = berlinCalendar();
        QCOMPARE(calendar.zone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(calendar.isHoliday(QDate(2026, 10, 3)));
        QCOMPARE(calendar.holidayName(QDate(2026, 10, 3)), u"Tag der Deutschen Einheit"_s);
        QVERIFY(!calendar.isHoliday(QDate(2026, 10, 2)));
        QCOMPARE(calendar.hoursOn(QDate(2026, 10, 2)), QList{span(9, 0, 18, 0)});
        QVERIFY(calendar.hoursOn(QDate(2025, 10, 3)).isEmpty());
        // 08:30 in Chicago is 15:30 in Berlin: open there.
        QVERIFY(calendar.isOpen(utcSecs(u"2026-03-02T08:30:00-06:00"_s)));
    }

    void oneOffHolidays()
    {
        const BusinessCalendar calendar = officeMoveCalendar();
        QVERIFY(calendar.isHoliday(QDate(2026, 7, 10)));
        QCOMPARE(calendar.holidayName(QDate(2026, 7, 10)), u"Office move"_s);
        QVERIFY(!calendar.isHoliday(QDate(2027, 7, 10)));
        QVERIFY(!calendar.isHoliday(QDate(2026, 7, 3)));
        // Two rules on one day: the first rule names it.
        QCOMPARE(calendar.holidayName(QDate(2026, 12, 25)), u"Christmas party"_s);
        QCOMPARE(calendar.holidayName(QDate(2027, 12, 24)), u"Christmas Day"_s);
    }

    void before1970()
    {
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        QVERIFY(calendar.isHoliday(QDate(1965, 12, 24)));
        QCOMPARE(calendar.holidayName(QDate(1970, 1, 1)), u"New Year's Day"_s);
        QCOMPARE(calendar.businessSecondsBetween(utcSecs(u"1969-12-31T08:00:00-06:00"_s),
                                                 utcSecs(u"1970-01-02T17:00:00-06:00"_s)),
                 18 * hour);
        QCOMPARE(calendar.businessSecondsBetween(utcSecs(u"1970-01-02T17:00:00-06:00"_s),
                                                 utcSecs(u"1969-12-31T08:00:00-06:00"_s)),
                 -18 * hour);
        QCOMPARE(chicago(calendar.nextOpening(utcSecs(u"1969-12-27T10:00:00-06:00"_s))),
                 u"1969-12-29T08:00:00-06:00"_s);
        QVERIFY(calendar.isOpen(utcSecs(u"1969-12-31T16:59:59-06:00"_s)));
        QVERIFY(!calendar.isOpen(utcSecs(u"1969-12-31T17:00:00-06:00"_s)));
    }

    void neverOpenCalendarReturnsStart()
    {
        const BusinessCalendar closed(u"Closed"_s, QTimeZone::utc(), WeeklyHours(), {});
        QCOMPARE(closed.businessDaySeconds(), 0);
        QCOMPARE(closed.addBusinessSeconds(1000, hour), 1000);
        QCOMPARE(closed.businessSecondsBetween(0, 100000), 0);
        QVERIFY(!closed.isOpen(qint64(1000)));
    }
};

QTEST_GUILESS_MAIN(TestCustomCalendar)
#include "tst_customcalendar.moc"

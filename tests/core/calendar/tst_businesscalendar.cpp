#include "CalendarTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::calendar;
using namespace deskside::calendar::testing;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 9 * hour;

void addRow(const char *name, const char *opened, qint64 seconds, const char *due)
{
    QTest::addRow("%s", name) << QString::fromLatin1(opened) << seconds << QString::fromLatin1(due);
}

void addPair(const char *name, const char *from, const char *to, qint64 seconds)
{
    QTest::addRow("%s", name) << QString::fromLatin1(from) << QString::fromLatin1(to) << seconds;
}

} // namespace

// The standard calendar of DESIGN.md section 3: Mon-Fri 08:00-17:00 America/Chicago
// with the six US holidays and weekend observation.
class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardShape()
    {
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        QCOMPARE(calendar.name(), u"Standard"_s);
        QCOMPARE(calendar.zone().id(), QByteArray("America/Chicago"));
        QCOMPARE(calendar.businessDaySeconds(), day);
        QCOMPARE(calendar.hours(), WeeklyHours::standard());
        QCOMPARE(calendar.holidayRules().size(), 6);
    }

    void addBusinessSeconds_data()
    {
        QTest::addColumn<QString>("opened");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("due");
        const auto row = addRow;
        row("design high", "2026-03-06T16:00:00-06:00", 2 * day, "2026-03-10T16:00:00-05:00");
        row("design medium", "2026-12-24T16:59:59-06:00", 4 * day, "2026-12-31T16:59:59-06:00");
        row("low 8 days", "2026-03-02T08:00:00-06:00", 8 * day, "2026-03-11T17:00:00-05:00");
        row("dst march weekend start", "2026-03-07T12:00:00-06:00", hour,
            "2026-03-09T09:00:00-05:00");
        row("dst march over weekend", "2026-03-06T10:00:00-06:00", day,
            "2026-03-09T10:00:00-05:00");
        row("dst march sunday night", "2026-03-08T01:30:00-06:00", 2 * hour,
            "2026-03-09T10:00:00-05:00");
        row("dst november over weekend", "2026-10-30T15:00:00-05:00", 2 * day,
            "2026-11-03T15:00:00-06:00");
        row("dst november first 1:30", "2026-11-01T01:30:00-05:00", hour,
            "2026-11-02T09:00:00-06:00");
        row("dst november second 1:30", "2026-11-01T01:30:00-06:00", hour,
            "2026-11-02T09:00:00-06:00");
        row("dst november friday long", "2026-10-30T08:00:00-05:00", 4 * day,
            "2026-11-04T17:00:00-06:00");
        row("new year 2027 friday", "2026-12-31T12:00:00-06:00", day, "2027-01-04T12:00:00-06:00");
        row("new year 2028 saturday observed friday", "2027-12-30T12:00:00-06:00", day,
            "2028-01-03T12:00:00-06:00");
        row("new year 2023 sunday observed monday", "2022-12-30T12:00:00-06:00", day,
            "2023-01-03T12:00:00-06:00");
        row("christmas 2027 saturday observed friday", "2027-12-23T12:00:00-06:00", day,
            "2027-12-27T12:00:00-06:00");
        row("christmas 2022 sunday observed monday", "2022-12-23T12:00:00-06:00", day,
            "2022-12-27T12:00:00-06:00");
        row("christmas 2028 monday", "2028-12-22T12:00:00-06:00", day, "2028-12-26T12:00:00-06:00");
        row("july 4 2026 saturday observed friday", "2026-07-02T12:00:00-05:00", day,
            "2026-07-06T12:00:00-05:00");
        row("july 4 2027 sunday observed monday", "2027-07-02T12:00:00-05:00", day,
            "2027-07-06T12:00:00-05:00");
        row("july 4 2028 tuesday", "2028-07-03T12:00:00-05:00", day, "2028-07-05T12:00:00-05:00");
        row("memorial day 2026", "2026-05-22T12:00:00-05:00", day, "2026-05-26T12:00:00-05:00");
        row("memorial day 2027", "2027-05-28T16:00:00-05:00", 2 * hour,
            "2027-06-01T09:00:00-05:00");
        row("labor day 2026", "2026-09-04T16:00:00-05:00", 2 * hour, "2026-09-08T09:00:00-05:00");
        row("labor day 2028", "2028-09-01T12:00:00-05:00", 2 * day, "2028-09-06T12:00:00-05:00");
        row("thanksgiving 2026", "2026-11-25T12:00:00-06:00", day, "2026-11-27T12:00:00-06:00");
        row("thanksgiving 2027", "2027-11-24T12:00:00-06:00", 2 * day, "2027-11-29T12:00:00-06:00");
        row("opened on christmas", "2026-12-25T10:00:00-06:00", hour, "2026-12-28T09:00:00-06:00");
        row("opened on thanksgiving", "2026-11-26T09:00:00-06:00", 2 * day,
            "2026-11-30T17:00:00-06:00");
        row("opened exactly 08:00", "2026-03-02T08:00:00-06:00", hour, "2026-03-02T09:00:00-06:00");
        row("opened exactly 17:00", "2026-03-02T17:00:00-06:00", hour, "2026-03-03T09:00:00-06:00");
        row("opened 16:59:59 one second", "2026-03-02T16:59:59-06:00", 1,
            "2026-03-02T17:00:00-06:00");
        row("opened 16:59:59 two seconds", "2026-03-02T16:59:59-06:00", 2,
            "2026-03-03T08:00:01-06:00");
        row("full day ends at closing", "2026-03-02T08:00:00-06:00", day,
            "2026-03-02T17:00:00-06:00");
        row("before opening full day", "2026-03-02T07:59:59-06:00", day,
            "2026-03-02T17:00:00-06:00");
        row("friday full day ends friday closing", "2026-03-06T08:00:00-06:00", day,
            "2026-03-06T17:00:00-06:00");
        row("friday 17:00 one day", "2026-03-06T17:00:00-06:00", day, "2026-03-09T17:00:00-05:00");
        row("two days end at closing", "2026-04-13T08:00:00-05:00", 2 * day,
            "2026-04-14T17:00:00-05:00");
        row("opened saturday", "2026-03-14T10:00:00-05:00", 2 * day, "2026-03-17T17:00:00-05:00");
        row("opened sunday night", "2026-03-15T23:59:59-05:00", hour, "2026-03-16T09:00:00-05:00");
        row("after hours", "2026-04-14T20:00:00-05:00", hour, "2026-04-15T09:00:00-05:00");
        row("before hours", "2026-04-14T06:00:00-05:00", hour, "2026-04-14T09:00:00-05:00");
        row("zulu input", "2026-03-06T22:00:00Z", 2 * day, "2026-03-10T16:00:00-05:00");
        row("tokyo input", "2026-03-10T01:00:00+09:00", hour, "2026-03-09T12:00:00-05:00");
        row("india input", "2026-06-15T20:00:00+05:30", 4 * day, "2026-06-19T09:30:00-05:00");
        row("zulu input after hours", "2026-07-07T23:30:00Z", hour, "2026-07-08T09:00:00-05:00");
        row("year end 2026", "2026-12-30T10:00:00-06:00", 2 * day, "2027-01-04T10:00:00-06:00");
        row("year end 2027", "2027-12-27T09:00:00-06:00", 8 * day, "2028-01-07T09:00:00-06:00");
        row("year end 2028 long", "2028-12-20T15:00:00-06:00", 8 * day,
            "2029-01-03T15:00:00-06:00");
        row("300 business days", "2026-01-05T08:00:00-06:00", 300 * day,
            "2027-03-08T17:00:00-06:00");
        row("300 business days from afternoon", "2027-06-15T13:45:00-05:00", 300 * day,
            "2028-08-17T13:45:00-05:00");
        row("1000 business days", "2026-02-10T11:00:00-06:00", 1000 * day,
            "2030-01-14T11:00:00-06:00");
        row("one hour mid morning", "2026-08-12T10:15:30-05:00", hour, "2026-08-12T11:15:30-05:00");
    }
    void addBusinessSeconds()
    {
        QFETCH(QString, opened);
        QFETCH(qint64, seconds);
        QFETCH(QString, due);
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        const qint64 start = utcSecs(opened);
        const qint64 result = calendar.addBusinessSeconds(start, seconds);
        QCOMPARE(chicago(result), due);
        // The business time from the opening to the due time is the target.
        QCOMPARE(calendar.businessSecondsBetween(start, result), seconds);
        // And it is the earliest such instant.
        QCOMPARE(calendar.businessSecondsBetween(start, result - 1), seconds - 1);
        // The QDateTime convenience agrees and answers in UTC.
        const QDateTime viaDateTime = calendar.add(iso::parse(opened).value(), seconds);
        QCOMPARE(viaDateTime.timeSpec(), Qt::UTC);
        QCOMPARE(viaDateTime.toSecsSinceEpoch(), result);
    }

    void zeroAndNegativeSeconds_data()
    {
        QTest::addColumn<QString>("opened");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("due");
        const auto row = addRow;
        row("zero while open", "2026-03-02T10:00:00-06:00", 0, "2026-03-02T10:00:00-06:00");
        row("zero at closing", "2026-03-02T17:00:00-06:00", 0, "2026-03-03T08:00:00-06:00");
        row("zero on saturday", "2026-03-07T10:00:00-06:00", 0, "2026-03-09T08:00:00-05:00");
        row("back one hour", "2026-03-02T10:00:00-06:00", -hour, "2026-03-02T09:00:00-06:00");
        row("back over weekend", "2026-03-09T08:30:00-05:00", -hour, "2026-03-06T16:30:00-06:00");
        // The earliest instant with that business time: the previous closing, not the opening.
        row("back a full day", "2026-03-03T08:00:00-06:00", -day, "2026-02-27T17:00:00-06:00");
        row("back over christmas", "2026-12-28T09:00:00-06:00", -2 * hour,
            "2026-12-24T16:00:00-06:00");
    }
    void zeroAndNegativeSeconds()
    {
        QFETCH(QString, opened);
        QFETCH(qint64, seconds);
        QFETCH(QString, due);
        QCOMPARE(chicago(BusinessCalendar::standard().addBusinessSeconds(utcSecs(opened), seconds)),
                 due);
    }

    void businessSecondsBetween_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("seconds");
        const auto row = addPair;
        row("design high", "2026-03-06T16:00:00-06:00", "2026-03-10T16:00:00-05:00", 2 * day);
        row("reverse is negative", "2026-03-10T16:00:00-05:00", "2026-03-06T16:00:00-06:00",
            -2 * day);
        row("same instant", "2026-03-02T10:00:00-06:00", "2026-03-02T10:00:00-06:00", 0);
        row("inside a weekend", "2026-03-07T00:00:00-06:00", "2026-03-08T23:59:59-05:00", 0);
        row("closed night", "2026-03-02T17:00:00-06:00", "2026-03-03T08:00:00-06:00", 0);
        row("last second", "2026-03-02T16:59:59-06:00", "2026-03-02T17:00:00-06:00", 1);
        row("first second", "2026-03-02T08:00:00-06:00", "2026-03-02T08:00:01-06:00", 1);
        row("over spring dst", "2026-03-06T08:00:00-06:00", "2026-03-09T08:00:00-05:00", day);
        row("over autumn dst", "2026-10-30T12:00:00-05:00", "2026-11-02T12:00:00-06:00", day);
        row("whole week", "2026-04-13T00:00:00-05:00", "2026-04-20T00:00:00-05:00", 5 * day);
        row("christmas week", "2026-12-21T00:00:00-06:00", "2026-12-28T00:00:00-06:00", 4 * day);
        row("thanksgiving week", "2027-11-22T00:00:00-06:00", "2027-11-29T00:00:00-06:00", 4 * day);
        row("year 2027", "2027-01-01T00:00:00-06:00", "2028-01-01T00:00:00-06:00", 254 * day);
        row("reverse year 2027", "2028-01-01T00:00:00-06:00", "2027-01-01T00:00:00-06:00",
            -254 * day);
        row("other offsets", "2026-03-06T22:00:00Z", "2026-03-11T02:00:00+09:00", 14 * hour);
    }
    void businessSecondsBetween()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, seconds);
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        QCOMPARE(calendar.businessSecondsBetween(utcSecs(from), utcSecs(to)), seconds);
        QCOMPARE(calendar.secondsBetween(iso::parse(from).value(), iso::parse(to).value()),
                 seconds);
    }

    void isOpenAndNextOpening_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("next");
        const auto row = [](const char *name, const char *when, bool open, const char *next) {
            QTest::addRow("%s", name)
                << QString::fromLatin1(when) << open << QString::fromLatin1(next);
        };
        row("opening second", "2026-03-02T08:00:00-06:00", true, "2026-03-02T08:00:00-06:00");
        row("before opening", "2026-03-02T07:59:59-06:00", false, "2026-03-02T08:00:00-06:00");
        row("last second", "2026-03-02T16:59:59-06:00", true, "2026-03-02T16:59:59-06:00");
        row("closing", "2026-03-02T17:00:00-06:00", false, "2026-03-03T08:00:00-06:00");
        row("friday evening", "2026-03-06T18:00:00-06:00", false, "2026-03-09T08:00:00-05:00");
        row("sunday", "2026-11-01T01:30:00-05:00", false, "2026-11-02T08:00:00-06:00");
        row("observed july 4", "2026-07-03T10:00:00-05:00", false, "2026-07-06T08:00:00-05:00");
        row("before memorial day", "2026-05-22T17:00:00-05:00", false, "2026-05-26T08:00:00-05:00");
        row("labor day", "2026-09-07T12:00:00-05:00", false, "2026-09-08T08:00:00-05:00");
        row("christmas eve 2027", "2027-12-24T09:00:00-06:00", false, "2027-12-27T08:00:00-06:00");
        row("new year observed 2027-12-31", "2027-12-30T17:00:00-06:00", false,
            "2028-01-03T08:00:00-06:00");
        row("utc morning is chicago night", "2026-03-03T12:00:00Z", false,
            "2026-03-03T08:00:00-06:00");
        row("open in tokyo terms", "2026-03-03T02:00:00+09:00", true, "2026-03-02T11:00:00-06:00");
    }
    void isOpenAndNextOpening()
    {
        QFETCH(QString, when);
        QFETCH(bool, open);
        QFETCH(QString, next);
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        QCOMPARE(calendar.isOpen(utcSecs(when)), open);
        QCOMPARE(calendar.isOpen(iso::parse(when).value()), open);
        QCOMPARE(chicago(calendar.nextOpening(utcSecs(when))), next);
        QCOMPARE(calendar.nextOpening(iso::parse(when).value()).toSecsSinceEpoch(), utcSecs(next));
    }

    void holidaysByDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("holiday");
        QTest::addColumn<bool>("open");
        QTest::addRow("new year 2027") << QDate(2027, 1, 1) << u"New Year's Day"_s << false;
        QTest::addRow("new year 2028 observed")
            << QDate(2027, 12, 31) << u"New Year's Day"_s << false;
        QTest::addRow("new year 2028 itself") << QDate(2028, 1, 1) << QString() << false;
        QTest::addRow("memorial day") << QDate(2026, 5, 25) << u"Memorial Day"_s << false;
        QTest::addRow("july 3 2026 observed")
            << QDate(2026, 7, 3) << u"Independence Day"_s << false;
        QTest::addRow("july 4 2026 saturday") << QDate(2026, 7, 4) << QString() << false;
        QTest::addRow("july 5 2027 observed")
            << QDate(2027, 7, 5) << u"Independence Day"_s << false;
        QTest::addRow("labor day") << QDate(2026, 9, 7) << u"Labor Day"_s << false;
        QTest::addRow("thanksgiving") << QDate(2026, 11, 26) << u"Thanksgiving"_s << false;
        QTest::addRow("black friday") << QDate(2026, 11, 27) << QString() << true;
        QTest::addRow("christmas eve 2027") << QDate(2027, 12, 24) << u"Christmas Day"_s << false;
        QTest::addRow("ordinary monday") << QDate(2026, 3, 9) << QString() << true;
        QTest::addRow("year 2150") << QDate(2150, 12, 25) << u"Christmas Day"_s << false;
    }
    void holidaysByDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, holiday);
        QFETCH(bool, open);
        const BusinessCalendar &calendar = BusinessCalendar::standard();
        QCOMPARE(calendar.isHoliday(date), !holiday.isEmpty());
        QCOMPARE(calendar.holidayName(date), holiday);
        const QList<BusinessInterval> expected =
            open ? QList{span(8, 0, 17, 0)} : QList<BusinessInterval>();
        QCOMPARE(calendar.hoursOn(date), expected);
    }

    void copiesShareTheRules()
    {
        BusinessCalendar copy = BusinessCalendar::standard();
        const qint64 start = utcSecs(u"2026-03-06T16:00:00-06:00"_s);
        QCOMPARE(copy.addBusinessSeconds(start, 2 * day), utcSecs(u"2026-03-10T16:00:00-05:00"_s));
        BusinessCalendar moved = std::move(copy);
        QCOMPARE(moved.name(), u"Standard"_s);
        QCOMPARE(moved.addBusinessSeconds(start, hour), utcSecs(u"2026-03-06T17:00:00-06:00"_s));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"

#include "calendar/CalendarJson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::calendar;

namespace {

const QByteArray example = R"({"name":"Office","zone":"Europe/Berlin",
  "hours":{"monday":[["08:00","17:00"]],"tuesday":[["08:00","12:00"],["13:00","17:00"]],
           "saturday":[["09:30","13:00:30"]],"sunday":[["00:00","24:00"]]},
  "holidays":[{"name":"Christmas Day","fixed":"12-25","observe_weekend":true},
              {"name":"Boxing Day","fixed":"12-26","observe_weekend":false},
              {"name":"Memorial Day","last":"monday","month":5},
              {"name":"Labor Day","nth":1,"weekday":"monday","month":9},
              {"name":"Office move","date":"2026-07-10"}]})";

void compareCalendars(const BusinessCalendar &actual, const BusinessCalendar &expected)
{
    QCOMPARE(actual.name(), expected.name());
    QCOMPARE(actual.zone().id(), expected.zone().id());
    QCOMPARE(actual.hours(), expected.hours());
    QCOMPARE(actual.holidayRules(), expected.holidayRules());
}

} // namespace

class TestCalendarJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedFormat()
    {
        const auto calendar = calendarFromJson(example, u"office.json"_s);
        QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
        QCOMPARE(calendar->name(), u"Office"_s);
        QCOMPARE(calendar->zone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(calendar->hours().day(Qt::Monday),
                 (QList<BusinessInterval>{{8 * 3600, 17 * 3600}}));
        QCOMPARE(calendar->hours().day(Qt::Tuesday),
                 (QList<BusinessInterval>{{8 * 3600, 12 * 3600}, {13 * 3600, 17 * 3600}}));
        QCOMPARE(calendar->hours().day(Qt::Saturday),
                 (QList<BusinessInterval>{{9 * 3600 + 1800, 13 * 3600 + 30}}));
        QCOMPARE(calendar->hours().day(Qt::Sunday), (QList<BusinessInterval>{{0, 86400}}));
        QVERIFY(calendar->hours().day(Qt::Wednesday).isEmpty());
        const QList<HolidayRule> expected = {
            HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25, true),
            HolidayRule::fixedDate(u"Boxing Day"_s, 12, 26, false),
            HolidayRule::lastWeekday(u"Memorial Day"_s, 5, Qt::Monday),
            HolidayRule::nthWeekday(u"Labor Day"_s, 9, Qt::Monday, 1),
            HolidayRule::oneOff(u"Office move"_s, QDate(2026, 7, 10))};
        QCOMPARE(calendar->holidayRules(), expected);
        QCOMPARE(calendar->holidayName(QDate(2026, 7, 10)), u"Office move"_s);
    }

    void roundTrip()
    {
        const auto office = calendarFromJson(example, u"office.json"_s);
        QVERIFY(office.ok());
        for (const BusinessCalendar &original : {BusinessCalendar::standard(), office.value()}) {
            const QByteArray json = calendarToJson(original);
            const auto parsed = calendarFromJson(json, u"round trip"_s);
            QVERIFY2(parsed.ok(),
                     parsed.ok() ? json.constData() : qPrintable(parsed.error().message));
            compareCalendars(parsed.value(), original);
            QCOMPARE(calendarToJson(parsed.value()), json);
        }
    }

    void loadsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"standard.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(calendarToJson(BusinessCalendar::standard()));
        file.close();
        const auto loaded = loadCalendarFile(path);
        QVERIFY(loaded.ok());
        compareCalendars(loaded.value(), BusinessCalendar::standard());

        const QString missing = dir.filePath(u"missing.json"_s);
        const auto unreadable = loadCalendarFile(missing);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().code, u"calendar_unreadable"_s);
        QVERIFY2(unreadable.error().message.contains(missing),
                 qPrintable(unreadable.error().message));

        const QString broken = dir.filePath(u"broken.json"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(R"({"name":"X","zone":"Mars/Olympus","hours":{}})");
        brokenFile.close();
        const auto bad = loadCalendarFile(broken);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(broken + u": unknown zone 'Mars/Olympus'"_s),
                 qPrintable(bad.error().message));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char *name, const char *body, const char *fragment) {
            QTest::addRow("%s", name) << QByteArray(body) << QString::fromUtf8(fragment);
        };
        const char *hours = R"("hours":{"monday":[["08:00","17:00"]]})";
        const auto withHoliday = [hours](const char *holiday) -> QByteArray {
            return QByteArray(R"({"name":"X","zone":"UTC",)") + hours + R"(,"holidays":[)" +
                   holiday + "]}";
        };
        row("not json", "{name: X}", "not JSON");
        row("empty file", "", "not JSON");
        row("array", "[1, 2]", "must be a JSON object");
        row("no name", R"({"zone":"UTC","hours":{"monday":[["08:00","17:00"]]}})",
            "needs a \"name\"");
        row("unknown zone", R"({"name":"X","zone":"Mars/Olympus","hours":{}})",
            "unknown zone 'Mars/Olympus'");
        row("zone not text", R"({"name":"X","zone":5,"hours":{}})", "unknown zone 5");
        row("unknown key", R"({"name":"X","zone":"UTC","hours":{},"colour":"red"})",
            "unknown key 'colour'");
        row("hours missing", R"({"name":"X","zone":"UTC"})", "\"hours\" must be an object");
        row("no open day", R"({"name":"X","zone":"UTC","hours":{}})", "opens on no day");
        row("unknown weekday",
            R"({"name":"X","zone":"UTC","hours":{"funday":[["08:00","17:00"]]}})",
            "unknown weekday 'funday'");
        row("bad time 25:00", R"({"name":"X","zone":"UTC","hours":{"monday":[["08:00","25:00"]]}})",
            "bad time '25:00'");
        row("bad minutes", R"({"name":"X","zone":"UTC","hours":{"monday":[["08:61","17:00"]]}})",
            "bad time '08:61'");
        row("24:00 opening", R"({"name":"X","zone":"UTC","hours":{"monday":[["24:00","24:00"]]}})",
            "bad time '24:00'");
        row("time not text", R"({"name":"X","zone":"UTC","hours":{"monday":[[8,17]]}})",
            "bad time 8");
        row("not a pair", R"({"name":"X","zone":"UTC","hours":{"monday":[["08:00"]]}})",
            "is not an [\"open\", \"close\"] pair");
        row("day not a list", R"({"name":"X","zone":"UTC","hours":{"monday":"08:00-17:00"}})",
            "hours of monday must be a list");
        row("overlapping intervals",
            R"({"name":"X","zone":"UTC","hours":{"monday":[["08:00","13:00"],["12:00","17:00"]]}})",
            "Monday: the intervals 08:00-13:00 and 12:00-17:00 overlap");
        row("empty interval", R"({"name":"X","zone":"UTC","hours":{"friday":[["17:00","08:00"]]}})",
            "Friday: the interval 17:00-08:00 is empty");
        row("holidays not a list",
            R"({"name":"X","zone":"UTC","hours":{"monday":[["08:00","17:00"]]},"holidays":{}})",
            "\"holidays\" must be a list");
        QTest::addRow("holiday without name")
            << withHoliday(R"({"fixed":"12-25"})") << u"holiday 1 needs a \"name\""_s;
        QTest::addRow("holiday without kind")
            << withHoliday(R"({"name":"Party"})") << u"holiday 1 ('Party') needs exactly one of"_s;
        QTest::addRow("holiday with two kinds")
            << withHoliday(R"({"name":"Party","fixed":"12-25","date":"2026-12-24"})")
            << u"needs exactly one of"_s;
        QTest::addRow("bad fixed date")
            << withHoliday(R"({"name":"Party","fixed":"02-30"})") << u"bad fixed date '02-30'"_s;
        QTest::addRow("observe not bool")
            << withHoliday(R"({"name":"Party","fixed":"12-25","observe_weekend":"yes"})")
            << u"\"observe_weekend\" must be true or false"_s;
        QTest::addRow("bad one-off date")
            << withHoliday(R"({"name":"Move","date":"2026-13-01"})") << u"bad date '2026-13-01'"_s;
        QTest::addRow("month 13") << withHoliday(R"({"name":"M","last":"monday","month":13})")
                                  << u"\"month\" must be a whole number from 1 to 12, not 13"_s;
        QTest::addRow("month missing") << withHoliday(R"({"name":"M","last":"monday"})")
                                       << u"\"month\" must be a whole number"_s;
        QTest::addRow("nth 6") << withHoliday(
                                      R"({"name":"L","nth":6,"weekday":"monday","month":9})")
                               << u"\"nth\" must be a whole number from 1 to 5, not 6"_s;
        QTest::addRow("nth fraction")
            << withHoliday(R"({"name":"L","nth":1.5,"weekday":"monday","month":9})")
            << u"not 1.5"_s;
        QTest::addRow("holiday unknown weekday")
            << withHoliday(R"({"name":"L","nth":1,"weekday":"moonday","month":9})")
            << u"holiday 1 ('L'): unknown weekday 'moonday'"_s;
        QTest::addRow("last unknown weekday")
            << withHoliday(R"({"name":"M","last":"mon","month":5})") << u"unknown weekday 'mon'"_s;
        QTest::addRow("holiday unknown key")
            << withHoliday(R"({"name":"M","last":"monday","month":5,"day":3})")
            << u"holiday 1 ('M') has an unknown key 'day'"_s;
        QTest::addRow("second holiday is named")
            << withHoliday(R"({"name":"A","date":"2026-01-02"},{"name":"B","date":"soon"})")
            << u"holiday 2 ('B'): bad date 'soon'"_s;
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto result = calendarFromJson(json, u"calendars/test.json"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"bad_calendar"_s);
        const QString message = result.error().message;
        QVERIFY2(message.startsWith(u"calendars/test.json: "_s), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCalendarJson)
#include "tst_calendarjson.moc"

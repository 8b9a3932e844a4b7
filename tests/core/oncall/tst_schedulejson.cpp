#include "oncall/ScheduleJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::oncall;

static const QByteArray sample = R"({"id": "primary", "name": "Primary on-call",
  "zone": "America/Chicago",
  "rotation": {"members": ["maria", "sam", "priya"], "start": "2026-01-05T09:00",
               "period_days": 7, "handoff": "09:00"},
  "overrides": [{"from": "2026-03-10T00:00:00-05:00", "to": "2026-03-11T00:00:00-05:00",
                 "person": "alex", "reason": "swap"}]})";

static QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

class TestScheduleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        const auto parsed = scheduleFromJson(sample, u"primary.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const OnCallSchedule &s = parsed.value();
        QCOMPARE(s.id(), u"primary"_s);
        QCOMPARE(s.name(), u"Primary on-call"_s);
        QCOMPARE(s.zone().id(), QByteArray("America/Chicago"));
        QCOMPARE(s.rotation().members(), QStringList({u"maria"_s, u"sam"_s, u"priya"_s}));
        QCOMPARE(s.rotation().startDate(), QDate(2026, 1, 5));
        QCOMPARE(s.rotation().startTime(), QTime(9, 0));
        QCOMPARE(s.rotation().periodDays(), 7);
        QCOMPARE(s.rotation().handoffTime(), QTime(9, 0));
        QCOMPARE(s.overrides().size(), 1);
        QCOMPARE(s.overrides().first().from, utc(u"2026-03-10T05:00:00"_s));
        QCOMPARE(s.overrides().first().person, u"alex"_s);
        QCOMPARE(s.whoAt(utc(u"2026-03-10T12:00:00"_s)), u"alex"_s);
        QCOMPARE(s.whoAt(utc(u"2026-03-11T12:00:00"_s)), u"maria"_s);
    }

    void defaultsOptionalFields()
    {
        const auto parsed = scheduleFromJson(
            R"({"id": "night", "zone": "Europe/Berlin",
                "rotation": {"members": ["a"], "start": "2026-01-05T20:30", "period_days": 1}})",
            u"night.json"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->name(), u"night"_s);
        QCOMPARE(parsed->rotation().handoffTime(), QTime(20, 30));
        QVERIFY(parsed->overrides().isEmpty());
    }

    void roundTrips()
    {
        const auto first = scheduleFromJson(sample, u"primary.json"_s);
        QVERIFY(first.ok());
        const QByteArray written = scheduleToJson(first.value());
        const auto second = scheduleFromJson(written, u"written"_s);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(scheduleToJson(second.value()), written);
        QCOMPARE(second->overrides().first().to, first->overrides().first().to);
        QCOMPARE(second->overrides().first().reason, u"swap"_s);
        QCOMPARE(second->rotation().startDate(), QDate(2026, 1, 5));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        const QByteArray rotation = R"("rotation": {"members": ["a"], "start": "2026-01-05T09:00",
                                       "period_days": 7})";
        const auto with = [](const QByteArray &fields) -> QByteArray {
            return QByteArray(R"({"id": "p", "zone": "America/Chicago", )") + fields + '}';
        };
        QTest::addRow("not JSON") << QByteArray("{\"id\": ") << u"is not valid JSON"_s;
        QTest::addRow("not an object") << QByteArray("[1, 2]") << u"must contain a JSON object"_s;
        QTest::addRow("no id") << QByteArray(R"({"zone": "UTC"})") << u"id is missing"_s;
        QTest::addRow("unknown zone")
            << QByteArray(R"({"id": "p", "zone": "Mars/Olympus", )" + rotation + "}")
            << u"zone 'Mars/Olympus' is not a known time zone"_s;
        QTest::addRow("no rotation") << with(R"("x": 1)") << u"rotation is missing"_s;
        QTest::addRow("no members")
            << with(R"("rotation": {"members": [], "start": "2026-01-05T09:00", "period_days": 7})")
            << u"rotation.members must list at least one entry"_s;
        QTest::addRow("member not a string")
            << with(
                   R"("rotation": {"members": [3], "start": "2026-01-05T09:00", "period_days": 7})")
            << u"rotation.members must contain only non-empty strings"_s;
        QTest::addRow("zero period")
            << with(
                   R"("rotation": {"members": ["a"], "start": "2026-01-05T09:00", "period_days": 0})")
            << u"rotation.period_days must be a whole number of at least 1"_s;
        QTest::addRow("fractional period") << with(R"("rotation": {"members": ["a"],
                                                "start": "2026-01-05T09:00", "period_days": 1.5})")
                                           << u"rotation.period_days must be a whole number"_s;
        QTest::addRow("start with offset")
            << with(R"("rotation": {"members": ["a"], "start": "2026-01-05T09:00-06:00",
                        "period_days": 7})")
            << u"rotation.start '2026-01-05T09:00-06:00' must be a local date and time"_s;
        QTest::addRow("bad hand-off") << with(R"("rotation": {"members": ["a"],
                                    "start": "2026-01-05T09:00", "period_days": 7, "handoff": "9am"})")
                                      << u"rotation.handoff '9am' must be a time of day"_s;
        QTest::addRow("override without offset")
            << with(rotation + R"(, "overrides": [{"from": "2026-03-10T00:00",
                                   "to": "2026-03-11T00:00:00Z", "person": "x"}])")
            << u"overrides[0].from: '2026-03-10T00:00' is not an ISO-8601 time"_s;
        QTest::addRow("override reversed")
            << with(rotation + R"(, "overrides": [{"from": "2026-03-11T00:00:00Z",
                                   "to": "2026-03-10T00:00:00Z", "person": "x"}])")
            << u"overrides[0]: An override must end after it starts."_s;
        QTest::addRow("override without person")
            << with(rotation + R"(, "overrides": [{"from": "2026-03-10T00:00:00Z",
                                   "to": "2026-03-11T00:00:00Z"}])")
            << u"overrides[0].person is missing"_s;
        QTest::addRow("override not an object")
            << with(rotation + R"(, "overrides": ["alex"])") << u"overrides[0] must be an object"_s;
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto parsed = scheduleFromJson(json, u"team/primary.json"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"bad_schedule"_s);
        QVERIFY2(parsed.error().message.startsWith(u"team/primary.json: "_s),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    }

    void loadsFiles()
    {
        const QString dir = u"" DESKSIDE_TEST_DATA "/oncall/"_s;
        const auto good = loadScheduleFile(dir + u"primary.json"_s);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
        QCOMPARE(good->id(), u"primary"_s);

        const auto bad = loadScheduleFile(dir + u"bad-schedule.json"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(dir + u"bad-schedule.json: "_s));
        QVERIFY(bad.error().message.contains(u"rotation.period_days is missing"_s));

        const auto missing = loadScheduleFile(dir + u"no-such-file.json"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"cannot_read"_s);
        QVERIFY(missing.error().message.contains(u"no-such-file.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestScheduleJson)
#include "tst_schedulejson.moc"

#include "OnCallWorld.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;
using deskside::oncall::Severity;

namespace {

QJsonObject scheduleNamed(TestHttp &http, const QString &id)
{
    const HttpReply reply = http.get(u"/api/v1/schedules"_s);
    for (const QJsonValue &value : reply.json().value(u"schedules"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            return value.toObject();
        }
    }
    return {};
}

QJsonObject cover(const QString &person, const QString &from, const QString &to)
{
    return {{u"person"_s, person}, {u"from"_s, from}, {u"to"_s, to}, {u"reason"_s, u"swap"_s}};
}

} // namespace

// Schedules over the API: who is on call now and next, the coming shifts, overrides
// (managers only) that the escalation engine honours, and refused bodies.
class TestSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onCallNowAndNext()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const QJsonObject primary = scheduleNamed(world.as(u"sam"_s), u"primary"_s);
        QCOMPARE(primary.value(u"zone"_s).toString(), u"America/Chicago"_s);
        QCOMPARE(primary.value(u"on_call_now"_s).toString(), u"sam"_s);
        // Hand-off Monday 09:00 CDT = 14:00Z.
        QCOMPARE(
            primary.value(u"next"_s).toObject(),
            QJsonObject({{u"person"_s, u"priya"_s}, {u"from"_s, u"2026-03-16T14:00:00+00:00"_s}}));
        const QJsonArray shifts = primary.value(u"shifts"_s).toArray();
        QCOMPARE(shifts.size(), 3);
        QCOMPARE(shifts.at(0).toObject().value(u"person"_s).toString(), u"sam"_s);
        QCOMPARE(shifts.at(1).toObject(), QJsonObject({{u"person"_s, u"priya"_s},
                                                       {u"from"_s, u"2026-03-16T14:00:00+00:00"_s},
                                                       {u"to"_s, u"2026-03-23T14:00:00+00:00"_s}}));
        QCOMPARE(scheduleNamed(world.as(u"alex"_s), u"secondary"_s).value(u"on_call_now"_s),
                 QJsonValue(u"alex"_s));
        QCOMPARE(world.as(u"olive"_s).get(u"/api/v1/schedules"_s).status, 403);
    }

    void managersOverride()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const QString overrides = u"/api/v1/schedules/primary/overrides"_s;
        const QJsonObject body =
            cover(u"casey"_s, u"2026-03-09T14:00:00Z"_s, u"2026-03-09T17:00:00Z"_s);
        QCOMPARE(world.as(u"sam"_s).mutate(overrides, body).status, 403);
        const HttpReply added = world.as(u"maria"_s).mutate(overrides, body);
        QCOMPARE(added.status, 201);
        const qint64 overrideId = added.json().value(u"id"_s).toInteger();
        QVERIFY(overrideId > 0);
        QCOMPARE(added.json().value(u"created_by"_s).toString(), u"maria"_s);

        const QJsonObject primary = scheduleNamed(world.as(u"sam"_s), u"primary"_s);
        QCOMPARE(primary.value(u"on_call_now"_s).toString(), u"casey"_s);
        QCOMPARE(
            primary.value(u"next"_s).toObject(),
            QJsonObject({{u"person"_s, u"sam"_s}, {u"from"_s, u"2026-03-09T17:00:00+00:00"_s}}));
        QCOMPARE(primary.value(u"overrides"_s).toArray().size(), 1);
        QCOMPARE(primary.value(u"version"_s).toInteger(), 2);

        // The engine pages whoever the override puts on call.
        const qint64 alert = world.raise(Severity::Major);
        world.at(0);
        QCOMPARE(world.pages(alert).first().people, QStringList({u"casey"_s}));

        const QString one = overrides + u"/"_s + QString::number(overrideId);
        QCOMPARE(world.as(u"sam"_s).send("DELETE", one, {}).status, 403);
        QCOMPARE(world.as(u"maria"_s).send("DELETE", one, {}).status, 204);
        QCOMPARE(world.as(u"maria"_s).send("DELETE", one, {}).status, 404);
        QCOMPARE(scheduleNamed(world.as(u"sam"_s), u"primary"_s).value(u"on_call_now"_s),
                 QJsonValue(u"sam"_s));
    }

    void putCreatesAndReplaces()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        QJsonObject body{{u"name"_s, u"Database on-call"_s},
                         {u"zone"_s, u"Europe/Berlin"_s},
                         {u"rotation"_s, QJsonObject{{u"members"_s, QJsonArray{u"priya"_s}},
                                                     {u"start"_s, u"2026-03-01T08:00"_s},
                                                     {u"period_days"_s, 1}}}};
        const QString path = u"/api/v1/schedules/dba"_s;
        QCOMPARE(world.as(u"sam"_s).send("PUT", path, QJsonDocument(body).toJson()).status, 403);
        const HttpReply created =
            world.as(u"maria"_s).send("PUT", path, QJsonDocument(body).toJson());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"on_call_now"_s).toString(), u"priya"_s);
        body.insert(u"rotation"_s, QJsonObject{{u"members"_s, QJsonArray{u"alex"_s}},
                                               {u"start"_s, u"2026-03-01T08:00"_s},
                                               {u"period_days"_s, 1}});
        const HttpReply replaced =
            world.as(u"maria"_s).send("PUT", path, QJsonDocument(body).toJson());
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json().value(u"version"_s).toInteger(), 2);
        QCOMPARE(replaced.json().value(u"on_call_now"_s).toString(), u"alex"_s);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QString overrides = u"/api/v1/schedules/primary/overrides"_s;
        const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        QTest::addRow("override without a person")
            << "POST"_ba << overrides
            << json({{u"from"_s, u"2026-03-09T14:00:00Z"_s}, {u"to"_s, u"2026-03-09T17:00:00Z"_s}})
            << 422;
        QTest::addRow("override ending before it starts")
            << "POST"_ba << overrides
            << json(cover(u"casey"_s, u"2026-03-09T17:00:00Z"_s, u"2026-03-09T14:00:00Z"_s)) << 422;
        QTest::addRow("override time without an offset")
            << "POST"_ba << overrides
            << json(cover(u"casey"_s, u"2026-03-09T14:00:00"_s, u"2026-03-09T17:00:00Z"_s)) << 422;
        QTest::addRow("override that is not JSON") << "POST"_ba << overrides << "{nope"_ba << 400;
        QTest::addRow("override of an unknown schedule")
            << "POST"_ba << u"/api/v1/schedules/nope/overrides"_s
            << json(cover(u"casey"_s, u"2026-03-09T14:00:00Z"_s, u"2026-03-09T17:00:00Z"_s)) << 404;
        const QJsonObject rotation{{u"members"_s, QJsonArray{u"sam"_s}},
                                   {u"start"_s, u"2026-03-01T08:00"_s},
                                   {u"period_days"_s, 7}};
        QTest::addRow("schedule in an unknown zone")
            << "PUT"_ba << u"/api/v1/schedules/x"_s
            << json({{u"zone"_s, u"Mars/Olympus"_s}, {u"rotation"_s, rotation}}) << 422;
        QTest::addRow("schedule without members")
            << "PUT"_ba << u"/api/v1/schedules/x"_s
            << json({{u"zone"_s, u"UTC"_s},
                     {u"rotation"_s, QJsonObject{{u"members"_s, QJsonArray()},
                                                 {u"start"_s, u"2026-03-01T08:00"_s},
                                                 {u"period_days"_s, 7}}}})
            << 422;
        QTest::addRow("schedule with another id")
            << "PUT"_ba << u"/api/v1/schedules/x"_s
            << json({{u"id"_s, u"y"_s}, {u"zone"_s, u"UTC"_s}, {u"rotation"_s, rotation}}) << 422;
        QTest::addRow("schedule with overrides") << "PUT"_ba << u"/api/v1/schedules/x"_s
                                                 << json({{u"zone"_s, u"UTC"_s},
                                                          {u"rotation"_s, rotation},
                                                          {u"overrides"_s, QJsonArray()}})
                                                 << 422;
    }
    void badBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const HttpReply reply = world.as(u"maria"_s).send(method, path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QVERIFY(!reply.json().value(u"detail"_s).toString().isEmpty());
        const QJsonObject primary = scheduleNamed(world.as(u"maria"_s), u"primary"_s);
        QCOMPARE(primary.value(u"version"_s).toInteger(), 1); // nothing changed
        QVERIFY(scheduleNamed(world.as(u"maria"_s), u"x"_s).isEmpty());
    }

    void escalationPolicies()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const HttpReply reply = world.as(u"sam"_s).get(u"/api/v1/escalation-policies"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray policies = reply.json().value(u"policies"_s).toArray();
        QCOMPARE(policies.size(), 1);
        const QJsonObject policy = policies.first().toObject();
        QCOMPARE(policy.value(u"id"_s).toString(), u"default"_s);
        QCOMPARE(policy.value(u"repeat"_s).toInt(), 1);
        QCOMPARE(policy.value(u"tiers"_s).toArray().size(), 3);
        const QJsonObject severities = reply.json().value(u"severities"_s).toObject();
        QCOMPARE(severities.keys(), QStringList({u"catastrophic"_s, u"critical"_s, u"major"_s,
                                                 u"minor"_s, u"moderate"_s}));
        QCOMPARE(severities.value(u"critical"_s).toString(), u"default"_s);
        QCOMPARE(world.as(u"olive"_s).get(u"/api/v1/escalation-policies"_s).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"

#include "OnCallWorld.h"
#include "alerts/AlertStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;
using deskside::oncall::Severity;
using Page = OnCallWorld::Page;

namespace {

// The default policy's whole plan for a major alert (primary: sam, secondary: alex,
// managers: maria), twice.
const QList<Page> fullPlan{{0, 0, 0, {u"sam"_s}},    {5, 1, 0, {u"alex"_s}},
                           {15, 2, 0, {u"maria"_s}}, {30, 0, 1, {u"sam"_s}},
                           {35, 1, 1, {u"alex"_s}},  {45, 2, 1, {u"maria"_s}}};

const QList<qint64> planMinutes{0, 5, 15, 30, 35, 45};

} // namespace

// The escalation engine on the fake clock: tiers fire in order until someone
// acknowledges, the policy repeats, catastrophic pages everyone, resolve closes,
// escalate-now brings the next tier forward, and a restart neither skips nor repeats.
class TestEscalation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiersFireUntilAcknowledged_data()
    {
        QTest::addColumn<qint64>("ackMinute");
        QTest::addColumn<int>("pagesBefore");
        QTest::addRow("right after the raise") << qint64(0) << 1;
        QTest::addRow("just before tier 2") << qint64(4) << 1;
        QTest::addRow("during tier 2") << qint64(5) << 2;
        QTest::addRow("during the managers' tier") << qint64(29) << 3;
        QTest::addRow("in the second round") << qint64(40) << 5;
        QTest::addRow("after the whole plan") << qint64(60) << 6;
    }
    void tiersFireUntilAcknowledged()
    {
        QFETCH(qint64, ackMinute);
        QFETCH(int, pagesBefore);
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Major);
        QVERIFY(id > 0);
        for (qint64 minute = 0; minute <= ackMinute; ++minute) {
            world.at(minute); // every minute: nothing fires early or twice
        }
        QCOMPARE(world.pages(id), fullPlan.mid(0, pagesBefore));
        const QJsonObject before = world.alert(id);
        QCOMPARE(before.value(u"status"_s).toString(), u"triggered"_s);
        QCOMPARE(before.value(u"tier"_s).toInt(), fullPlan.at(pagesBefore - 1).tier);
        QCOMPARE(before.value(u"round"_s).toInt(), fullPlan.at(pagesBefore - 1).round);
        const QJsonValue next = before.value(u"next_escalation_at"_s);
        if (pagesBefore < fullPlan.size()) {
            QCOMPARE(QDateTime::fromString(next.toString(), Qt::ISODate),
                     world.raisedAt().addSecs(planMinutes.at(pagesBefore) * 60));
        } else {
            QVERIFY(next.isNull());
        }

        const HttpReply acked =
            world.as(u"priya"_s).mutate(u"/api/v1/alerts/%1/acknowledge"_s.arg(id), {});
        QCOMPARE(acked.status, 200);
        QCOMPARE(acked.json().value(u"status"_s).toString(), u"acknowledged"_s);
        QCOMPARE(acked.json().value(u"acknowledged_by"_s).toString(), u"priya"_s);
        QVERIFY(acked.json().value(u"next_escalation_at"_s).isNull());
        for (qint64 minute = ackMinute; minute <= 90; minute += 5) {
            world.at(minute);
        }
        QCOMPARE(world.pages(id), fullPlan.mid(0, pagesBefore)); // acknowledging stopped it
        const QJsonArray timeline = world.alert(id).value(u"timeline"_s).toArray();
        QCOMPARE(timeline.first().toObject().value(u"kind"_s).toString(), u"raised"_s);
        QCOMPARE(timeline.last().toObject().value(u"kind"_s).toString(), u"acknowledged"_s);
        QCOMPARE(timeline.last().toObject().value(u"actor"_s).toString(), u"priya"_s);

        // What each person was told: paged, then that priya acknowledged.
        const QString tag = u"#%1"_s.arg(id);
        QStringList sam{u"alert_raised"_s + tag};
        if (pagesBefore > 3) {
            sam.append(u"alert_escalated"_s + tag);
        }
        sam.append(u"alert_acknowledged"_s + tag);
        QCOMPARE(world.notifications(u"sam"_s), sam);
        for (const QString &login : {u"alex"_s, u"maria"_s}) {
            const auto paged =
                std::count_if(fullPlan.begin(), fullPlan.begin() + pagesBefore,
                              [&](const Page &page) { return page.people.contains(login); });
            QCOMPARE(world.notifications(login).size(), paged > 0 ? paged + 1 : 0);
        }
        QCOMPARE(world.notifications(u"priya"_s), QStringList()); // she acted; never paged
        QCOMPARE(world.notifications(u"olive"_s), QStringList());
    }

    void resolveClosesTheAlert()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Major);
        world.at(0);
        world.at(5);
        const QString path = u"/api/v1/alerts/%1/"_s.arg(id);
        const HttpReply resolved = world.as(u"alex"_s).mutate(path + u"resolve"_s, {});
        QCOMPARE(resolved.status, 200);
        QCOMPARE(resolved.json().value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(resolved.json().value(u"resolved_by"_s).toString(), u"alex"_s);
        world.at(60);
        QCOMPARE(world.pages(id), fullPlan.mid(0, 2));
        QCOMPARE(world.notifications(u"sam"_s),
                 QStringList({u"alert_raised#%1"_s.arg(id), u"alert_resolved#%1"_s.arg(id)}));
        QCOMPARE(world.notifications(u"alex"_s), QStringList({u"alert_escalated#%1"_s.arg(id)}));

        for (const QString &action : {u"acknowledge"_s, u"resolve"_s, u"escalate"_s}) {
            const HttpReply refused = world.as(u"sam"_s).mutate(path + action, {});
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.header("Content-Type"), "application/problem+json"_ba);
        }
        QCOMPARE(world.as(u"sam"_s).mutate(u"/api/v1/alerts/999/acknowledge"_s, {}).status, 404);
        QCOMPARE(world.as(u"sam"_s).get(u"/api/v1/alerts/999"_s).status, 404);
        QCOMPARE(world.as(u"olive"_s).get(u"/api/v1/alerts/%1"_s.arg(id)).status, 403);

        // The same key fires again: a new alert, escalating from the start.
        const qint64 again = world.raise(Severity::Major);
        QVERIFY(again > id);
        QCOMPARE(world.as(u"sam"_s)
                     .get(u"/api/v1/alerts?status=resolved"_s)
                     .json()
                     .value(u"alerts"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(world.as(u"sam"_s)
                     .get(u"/api/v1/alerts"_s)
                     .json()
                     .value(u"alerts"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 again);
    }

    void monitorUpdatesAndResolves()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Major);
        world.at(0);
        QCOMPARE(world.raise(Severity::Major), id); // deduplicated by key
        world.at(1);
        QCOMPARE(world.raise(Severity::Major, u"disk"_s, false), id);
        const QJsonObject alert = world.alert(id);
        QCOMPARE(alert.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(alert.value(u"resolved_by"_s).isNull()); // the monitor resolved it
        QStringList kinds;
        for (const QJsonValue &event : alert.value(u"timeline"_s).toArray()) {
            kinds.append(event.toObject().value(u"kind"_s).toString());
        }
        QCOMPARE(kinds, QStringList({u"raised"_s, u"notified"_s, u"updated"_s, u"resolved"_s}));
        QCOMPARE(world.notifications(u"sam"_s),
                 QStringList({u"alert_raised#%1"_s.arg(id), u"alert_resolved#%1"_s.arg(id)}));
        QCOMPARE(alert.value(u"runbook"_s).toObject().value(u"type"_s).toString(),
                 u"system_outage"_s);
        QVERIFY(!alert.value(u"runbook"_s).toObject().value(u"steps"_s).toArray().isEmpty());
        // "resolved" for a key with nothing open is ignored.
        QCOMPARE(world.raise(Severity::Major, u"unknown"_s, false), 0);
    }

    void catastrophicPagesEveryoneAtOnce()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Catastrophic);
        world.at(0);
        const QList<Page> pages = world.pages(id);
        QCOMPARE(pages.size(), 2); // everyone, then primary (sam, already paged)
        QCOMPARE(pages.at(0),
                 Page({0, 0, 0, {u"alex"_s, u"casey"_s, u"maria"_s, u"priya"_s, u"sam"_s}}));
        QCOMPARE(pages.at(1), Page({0, 0, 0, {}}));
        for (const QString &login : {u"alex"_s, u"casey"_s, u"maria"_s, u"priya"_s, u"sam"_s}) {
            QCOMPARE(world.notifications(login), QStringList({u"alert_raised#%1"_s.arg(id)}));
        }
        QCOMPARE(world.notifications(u"olive"_s), QStringList());
        world.at(5);
        QCOMPARE(world.pages(id).last(), Page({5, 1, 0, {u"alex"_s}}));
    }

    void escalateNowBringsTheNextTierForward()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Major);
        world.at(0);
        fixture.clock().set(world.raisedAt().addSecs(60));
        const HttpReply escalated =
            world.as(u"sam"_s).mutate(u"/api/v1/alerts/%1/escalate"_s.arg(id), {});
        QCOMPARE(escalated.status, 200);
        QCOMPARE(QDateTime::fromString(escalated.json().value(u"next_escalation_at"_s).toString(),
                                       Qt::ISODate),
                 world.raisedAt().addSecs(60));
        world.at(1);
        world.at(10);
        QCOMPARE(world.pages(id), QList<Page>({{0, 0, 0, {u"sam"_s}}, {1, 1, 0, {u"alex"_s}}}));
        world.at(11); // the managers' tier keeps its 10 minutes after tier 2
        QCOMPARE(world.pages(id).last(), Page({11, 2, 0, {u"maria"_s}}));
        const QJsonArray timeline = world.alert(id).value(u"timeline"_s).toArray();
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const QJsonValue &event) {
            return event.toObject().value(u"kind"_s).toString() == u"escalate_now"_s &&
                   event.toObject().value(u"actor"_s).toString() == u"sam"_s;
        }));
    }

    void restartMidEscalation_data()
    {
        QTest::addColumn<qint64>("downAt");
        QTest::addColumn<qint64>("upAt");
        QTest::addRow("back before the next tier") << qint64(2) << qint64(4);
        QTest::addRow("back exactly at the next tier") << qint64(2) << qint64(5);
        QTest::addRow("two tiers due while down") << qint64(6) << qint64(31);
        QTest::addRow("down at a tier's instant") << qint64(15) << qint64(15);
    }
    void restartMidEscalation()
    {
        QFETCH(qint64, downAt);
        QFETCH(qint64, upAt);
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 id = world.raise(Severity::Major);
        for (qint64 minute = 0; minute <= downAt; ++minute) {
            world.at(minute);
        }
        fixture.clock().set(world.raisedAt().addSecs(upAt * 60));
        QVERIFY(fixture.restart(true));
        world.run();
        world.run();
        QList<Page> expected;
        for (const Page &page : fullPlan) {
            if (page.minute <= upAt) {
                expected.append(page);
                if (page.minute > downAt) {
                    expected.last().minute = upAt; // fired late, once, at start-up
                }
            }
        }
        QCOMPARE(world.pages(id), expected);
        world.at(60);
        const QList<Page> all = world.pages(id);
        QCOMPARE(all.size(), fullPlan.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).tier, fullPlan.at(i).tier);
            QCOMPARE(all.at(i).round, fullPlan.at(i).round);
        }
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"

#include "oncall/EscalationPlanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::oncall;

static const QDateTime raised(QDate(2026, 3, 10), QTime(15, 0), QTimeZone::utc());

static QDateTime after(int minutes)
{
    return raised.addSecs(minutes * 60);
}

// Tiers wait 10, 15 and 30 minutes (a 55-minute round); the sequence runs twice.
static EscalationPolicy policy(int repeat = 1)
{
    return EscalationPolicy(u"default"_s, u"Default"_s,
                            {{{Target::schedule(u"primary"_s)}, 10},
                             {{Target::user(u"maria"_s), Target::team(u"support-leads"_s)}, 15},
                             {{Target::everyone()}, 30}},
                            repeat);
}

// "+<minutes after raise> t<tier> r<round> <target>"
static QStringList describe(const QList<Notification> &plan)
{
    QStringList lines;
    for (const Notification &step : plan) {
        lines << u"+%1 t%2 r%3 %4"_s.arg(raised.secsTo(step.at) / 60)
                     .arg(step.tier)
                     .arg(step.round)
                     .arg(step.target.describe());
    }
    return lines;
}

static const QStringList fullPlan{u"+0 t0 r0 schedule primary"_s,    u"+10 t1 r0 user maria"_s,
                                  u"+10 t1 r0 team support-leads"_s, u"+25 t2 r0 everyone"_s,
                                  u"+55 t0 r1 schedule primary"_s,   u"+65 t1 r1 user maria"_s,
                                  u"+65 t1 r1 team support-leads"_s, u"+80 t2 r1 everyone"_s};

class TestEscalationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<int>("repeat");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QDateTime>("acknowledged");
        QTest::addColumn<QDateTime>("resolved");
        QTest::addColumn<QStringList>("expected");

        const QDateTime none;
        QTest::addRow("no ack: all tiers, all rounds")
            << 1 << u"major"_s << none << none << fullPlan;
        QTest::addRow("no repeat: one round")
            << 0 << u"major"_s << none << none << fullPlan.mid(0, 4);
        QTest::addRow("two repeats: three rounds")
            << 2 << u"minor"_s << none << none
            << (fullPlan + QStringList{u"+110 t0 r2 schedule primary"_s, u"+120 t1 r2 user maria"_s,
                                       u"+120 t1 r2 team support-leads"_s,
                                       u"+135 t2 r2 everyone"_s});
        QTest::addRow("ack after tier 1")
            << 1 << u"major"_s << after(12) << none << fullPlan.mid(0, 3);
        QTest::addRow("ack exactly at a step is not sent")
            << 1 << u"major"_s << after(25) << none << fullPlan.mid(0, 3);
        QTest::addRow("ack one second before a step")
            << 1 << u"major"_s << raised.addSecs(25 * 60 - 1) << none << fullPlan.mid(0, 3);
        QTest::addRow("ack at the raise sends nothing")
            << 1 << u"major"_s << raised << none << QStringList();
        QTest::addRow("ack in the second round")
            << 1 << u"critical"_s << after(60) << none << fullPlan.mid(0, 5);
        QTest::addRow("resolved without ack")
            << 1 << u"major"_s << none << after(30) << fullPlan.mid(0, 4);
        QTest::addRow("the earlier of ack and resolve stops")
            << 1 << u"major"_s << after(30) << after(5) << fullPlan.mid(0, 1);
        QTest::addRow("catastrophic: everyone at once, then the plan")
            << 0 << u"catastrophic"_s << none << none
            << (QStringList{u"+0 t0 r0 everyone"_s} + fullPlan.mid(0, 4));
        QTest::addRow("catastrophic acked at once still reaches nobody")
            << 0 << u"catastrophic"_s << raised << none << QStringList();
    }
    void plans()
    {
        QFETCH(int, repeat);
        QFETCH(QString, severity);
        QFETCH(QDateTime, acknowledged);
        QFETCH(QDateTime, resolved);
        QFETCH(QStringList, expected);
        AlertTimeline timeline{raised, std::nullopt, std::nullopt};
        if (acknowledged.isValid()) {
            timeline.acknowledged = acknowledged;
        }
        if (resolved.isValid()) {
            timeline.resolved = resolved;
        }
        const auto plan =
            EscalationPlanner::plan(policy(repeat), *severityFromName(severity), timeline);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(describe(plan.value()), expected);
    }

    void catastrophicDoesNotRepeatEveryone()
    {
        const EscalationPolicy allHands(u"all"_s, u"All hands"_s, {{{Target::everyone()}, 5}});
        const auto plan =
            EscalationPlanner::plan(allHands, Severity::Catastrophic, {raised, {}, {}});
        QVERIFY(plan.ok());
        QCOMPARE(describe(plan.value()), QStringList{u"+0 t0 r0 everyone"_s});
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<EscalationPolicy>("policy");
        QTest::addColumn<QDateTime>("raisedAt");
        QTest::addColumn<QDateTime>("acknowledged");
        QTest::addColumn<QString>("code");
        QTest::addRow("empty policy") << EscalationPolicy(u"empty"_s, u"Empty"_s, {}) << raised
                                      << QDateTime() << u"empty_policy"_s;
        QTest::addRow("tier without targets") << EscalationPolicy(u"p"_s, u"P"_s, {{{}, 5}})
                                              << raised << QDateTime() << u"bad_policy"_s;
        QTest::addRow("no raise time")
            << policy() << QDateTime() << QDateTime() << u"bad_timeline"_s;
        QTest::addRow("ack before raise") << policy() << raised << after(-1) << u"bad_timeline"_s;
    }
    void refusesBadInput()
    {
        QFETCH(EscalationPolicy, policy);
        QFETCH(QDateTime, raisedAt);
        QFETCH(QDateTime, acknowledged);
        QFETCH(QString, code);
        AlertTimeline timeline{raisedAt, std::nullopt, std::nullopt};
        if (acknowledged.isValid()) {
            timeline.acknowledged = acknowledged;
        }
        const auto plan = EscalationPlanner::plan(policy, Severity::Major, timeline);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, code);
        QVERIFY(!plan.error().message.isEmpty());
    }

    void resolvesPeopleThroughSchedules()
    {
        const Rotation rotation({u"maria"_s, u"sam"_s}, QDate(2026, 3, 9), QTime(9, 0), 1,
                                QTime(9, 0), QTimeZone("America/Chicago"));
        const QList<OnCallSchedule> schedules{OnCallSchedule(u"primary"_s, u"Primary"_s, rotation)};
        const auto resolver = [&](const Target &target, const QDateTime &at) {
            return EscalationPlanner::resolvePeople(target, at, schedules);
        };
        // Raised Tue 08:50 CDT: maria until 09:00, then sam; round 2 starts at 09:45.
        const QDateTime at(QDate(2026, 3, 10), QTime(13, 50), QTimeZone::utc());
        const auto plan =
            EscalationPlanner::plan(policy(), Severity::Major, {at, {}, {}}, resolver);
        QVERIFY(plan.ok());
        QCOMPARE(plan->at(0).people, QStringList{u"maria"_s});
        QCOMPARE(plan->at(1).people, QStringList{u"maria"_s});
        QCOMPARE(plan->at(2).people, QStringList());
        QCOMPARE(plan->at(3).people, QStringList());
        QCOMPARE(plan->at(4).target, Target::schedule(u"primary"_s));
        QCOMPARE(plan->at(4).people, QStringList{u"sam"_s});
        QCOMPARE(EscalationPlanner::resolvePeople(Target::schedule(u"other"_s), at, schedules),
                 QStringList());
        // Without a resolver nobody is expanded.
        const auto bare = EscalationPlanner::plan(policy(), Severity::Major, {at, {}, {}});
        QVERIFY(bare.ok());
        QVERIFY(bare->at(1).people.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEscalationPlanner)
#include "tst_escalationplanner.moc"

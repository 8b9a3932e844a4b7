#include "OnCallWorld.h"
#include "ThreadedServer.h"
#include "alerts/EscalationEngine.h"
#include "db/Database.h"

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace deskside::server;
using deskside::oncall::Severity;

namespace {

// A second server on its own thread, as if it were another process on the database.
class EscalatingServer : public ThreadedServer
{
public:
    using ThreadedServer::ThreadedServer;

    // Starts a pass at `now` on the server's thread without waiting for it.
    void runOnceLater(const QDateTime &now)
    {
        m_done = false;
        post([this, now] {
            fixture().clock().set(now);
            const auto fired = fixture().server().escalation().runOnce();
            m_fired = fired ? fired.value() : -1;
            m_done = true;
        });
    }
    bool done() const { return m_done; }
    int fired() const { return m_fired; }

private:
    std::atomic<bool> m_done{false};
    std::atomic<int> m_fired{0};
};

qint64 count(ServerFixture &fixture, const QString &sql)
{
    const auto value = fixture.context().db->scalar(sql);
    return value ? value.value().toLongLong() : -1;
}

} // namespace

// Two servers on one PostgreSQL database run their escalation passes at the same time:
// every step fires exactly once and nobody is notified twice.
class TestEscalationRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!ServerFixture::usesPostgres()) {
            QSKIP("PostgreSQL only: run with scripts/with-postgres");
        }
    }

    void twoServersNeverDoubleNotify_data()
    {
        QTest::addColumn<int>("alerts");
        QTest::addColumn<qint64>("minute");
        QTest::addRow("first tiers") << 20 << qint64(0);
        QTest::addRow("whole plans at once") << 30 << qint64(60);
    }
    void twoServersNeverDoubleNotify()
    {
        QFETCH(int, alerts);
        QFETCH(qint64, minute);
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        EscalatingServer other(fixture.databaseUrl(), fixture.clock().now());
        QVERIFY(other.start());
        for (int i = 0; i < alerts; ++i) {
            QVERIFY(world.raise(Severity::Major, u"key-%1"_s.arg(i)) > 0);
        }
        const QDateTime when = world.raisedAt().addSecs(minute * 60);
        other.runOnceLater(when);
        fixture.clock().set(when);
        const int here = world.run();
        QTRY_VERIFY_WITH_TIMEOUT(other.done(), 60000);
        QVERIFY(here >= 0);
        QVERIFY(other.fired() >= 0);
        qInfo("fired here %d, on the other server %d", here, other.fired());
        world.run(); // anything the other server skipped while this one held it
        const qint64 stepsPerAlert = minute == 0 ? 1 : 6;
        const qint64 steps = alerts * stepsPerAlert;
        QCOMPARE(
            count(fixture, u"SELECT COUNT(*) FROM escalation_steps WHERE fired_at IS NOT NULL"_s),
            steps);
        QCOMPARE(count(fixture, u"SELECT COUNT(*) FROM alert_events WHERE kind = 'notified'"_s),
                 steps);
        // At most one notified event per step: per alert, tier and round.
        QCOMPARE(count(fixture,
                       u"SELECT COUNT(*) FROM (SELECT alert_id, tier, round FROM alert_events"
                       " WHERE kind = 'notified' GROUP BY alert_id, tier, round"
                       " HAVING COUNT(*) > 1) AS twice"_s),
                 0);
        QCOMPARE(count(fixture, u"SELECT COUNT(*) FROM notifications"_s), steps);
        QCOMPARE(count(fixture,
                       u"SELECT COUNT(*) FROM (SELECT login, alert_id, kind FROM notifications"
                       " GROUP BY login, alert_id, kind HAVING COUNT(*) > 2) AS many"_s),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestEscalationRace)
#include "tst_escalationrace.moc"

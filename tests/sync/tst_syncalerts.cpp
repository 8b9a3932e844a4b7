#include "OnCallWorld.h"
#include "SyncHarness.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sync;
using deskside::oncall::Severity;

// Alerts and notifications through the sync engine: cached from the feed after a push
// poke; alertsChanged and notificationsReceived (new notifications only) after the page
// is stored.
class TestSyncAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertsAndNotificationsArrive()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        SyncHarness desk(fixture, u"sam"_s);
        QVERIFY(desk.ok());
        desk.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.engine().isPushConnected(), 30000);
        QSignalSpy alerts(&desk.engine(), &SyncEngine::alertsChanged);
        QSignalSpy notifications(&desk.engine(), &SyncEngine::notificationsReceived);
        QSignalSpy tickets(&desk.engine(), &SyncEngine::ticketsChanged);

        const qint64 id = world.raise(Severity::Critical);
        QTRY_VERIFY_WITH_TIMEOUT(!notifications.isEmpty(), 30000);
        QVERIFY(!alerts.isEmpty());
        QVERIFY(tickets.isEmpty()); // no ticket changed
        const auto received = notifications.at(0).at(0).value<QList<QJsonObject>>();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().value(u"kind"_s).toString(), u"alert_raised"_s);
        QCOMPARE(received.first().value(u"alert_id"_s).toInteger(), id);
        // Stored when announced.
        const auto stored = desk.cache().alertCache().notifications();
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.cache().alertCache().alert(id).value().value().notified.contains(u"sam"_s), 30000);

        // maria acknowledges: the cached alert follows; sam's notification is not repeated.
        QCOMPARE(world.as(u"maria"_s)
                     .post(u"/api/v1/alerts/%1/acknowledge"_s.arg(id), QJsonObject())
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.cache().alertCache().alert(id).value()->acknowledgedBy,
                                  u"maria"_s, 30000);
        int raised = 0;
        for (const QList<QVariant> &signal : notifications) {
            for (const QJsonObject &n : signal.at(0).value<QList<QJsonObject>>()) {
                raised += n.value(u"kind"_s).toString() == u"alert_raised"_s ? 1 : 0;
            }
        }
        QCOMPARE(raised, 1);
    }
};

QTEST_MAIN(TestSyncAlerts)
#include "tst_syncalerts.moc"

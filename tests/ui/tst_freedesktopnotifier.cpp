#include "FakeNotificationService.h"
#include "PrivateBus.h"
#include "notify/FreedesktopNotifier.h"
#include "notify/NotifierFactory.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace deskside::ui;

namespace {

constexpr int timeout = 30000;

} // namespace

// FreedesktopNotifier against a fake org.freedesktop.Notifications on a private session bus.
class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeNotificationServer> m_server;
    QDBusConnection m_client{u"unused"_s};

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<PrivateBus>();
        QVERIFY2(!m_bus->address().isEmpty(), "dbus-daemon did not start");
        m_server = std::make_unique<FakeNotificationServer>(m_bus->address());
        QVERIFY(m_server->isRegistered());
        m_client = QDBusConnection::connectToBus(m_bus->address(), u"notifier-client"_s);
        QVERIFY(m_client.isConnected());
    }

    void init() { m_server->log().clear(); }

    void cleanupTestCase()
    {
        m_server.reset();
        QDBusConnection::disconnectFromBus(u"notifier-client"_s);
        m_bus.reset();
    }

    void notifyCarriesFieldsAndHints_data()
    {
        QTest::addColumn<DesktopNotification>("notification");
        QTest::addColumn<uchar>("urgency");
        QTest::addColumn<QString>("soundName");
        QTest::addColumn<int>("expireTimeout");
        DesktopNotification critical = criticalAlertNotification(u"alert-7"_s);
        QTest::addRow("critical resident alert")
            << critical << uchar(2) << u"dialog-warning"_s << 0;
        DesktopNotification ticket;
        ticket.id = u"ticket-12"_s;
        ticket.title = u"Ticket 12 assigned to you"_s;
        ticket.body = u"Printer on fire"_s;
        ticket.category = DesktopNotification::Category::Ticket;
        ticket.actions = {NotificationAction::open()};
        QTest::addRow("normal ticket") << ticket << uchar(1) << u"message-new-instant"_s << -1;
        ticket.soundEnabled = false;
        QTest::addRow("silent ticket") << ticket << uchar(1) << QString() << -1;
    }

    void notifyCarriesFieldsAndHints()
    {
        QFETCH(DesktopNotification, notification);
        QFETCH(uchar, urgency);
        QFETCH(QString, soundName);
        QFETCH(int, expireTimeout);
        FreedesktopNotifier notifier(m_client);
        QCOMPARE(notifier.backendName(), u"freedesktop"_s);
        const NotifyCall call = showAndReceive(*m_server, notifier, notification);
        QCOMPARE(call.appName, u"Deskside"_s);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, notification.title);
        QCOMPARE(call.body, notification.body);
        QStringList actions;
        for (const NotificationAction &action : notification.actions) {
            actions << action.key << action.label;
        }
        QCOMPARE(call.actions, actions);
        QCOMPARE(call.hints.value(u"urgency"_s).typeId(), QMetaType::UChar);
        QCOMPARE(call.hints.value(u"urgency"_s).value<uchar>(), urgency);
        QCOMPARE(call.hints.value(u"resident"_s).toBool(), notification.resident);
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"deskside"_s);
        QCOMPARE(call.hints.value(u"sound-name"_s).toString(), soundName);
        QCOMPARE(call.hints.value(u"suppress-sound"_s).toBool(), !notification.soundEnabled);
        QCOMPARE(call.expireTimeout, expireTimeout);
    }

    void showingTheSameIdAgainReplacesIt()
    {
        FreedesktopNotifier notifier(m_client);
        const NotifyCall first =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-7"_s));
        DesktopNotification escalated = criticalAlertNotification(u"alert-7"_s);
        escalated.title = u"Escalated: db-disk"_s;
        const NotifyCall second = showAndReceive(*m_server, notifier, escalated);
        QCOMPARE(second.replacesId, first.id);
        QCOMPARE(second.summary, u"Escalated: db-disk"_s);
    }

    void withdrawClosesOnTheServer()
    {
        FreedesktopNotifier notifier(m_client);
        QSignalSpy closed(&notifier, &Notifier::closed);
        QSignalSpy acted(&notifier, &Notifier::actionInvoked);
        const NotifyCall call =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-7"_s));
        notifier.withdraw(u"alert-7"_s);
        QCOMPARE(closed.size(), 0); // never from inside withdraw()
        QTRY_COMPARE_WITH_TIMEOUT(m_server->log().closeCalls(), QList<uint>{call.id}, timeout);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeout);
        QCOMPARE(closed.constFirst().constFirst().toString(), u"alert-7"_s);
        // The daemon's NotificationClosed for it is no second outcome.
        m_server->closeNotification(call.id, 3);
        const NotifyCall other =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-8"_s));
        m_server->closeNotification(other.id, 2);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, timeout);
        QCOMPARE(closed.at(1).constFirst().toString(), u"alert-8"_s);
        QCOMPARE(acted.size(), 0);
    }

    void withdrawBeforeTheReplyStillCloses()
    {
        FreedesktopNotifier notifier(m_client);
        QSignalSpy closed(&notifier, &Notifier::closed);
        notifier.show(criticalAlertNotification(u"alert-9"_s));
        notifier.withdraw(u"alert-9"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->log().closeCalls().size(), 1, timeout);
        QCOMPARE(m_server->log().closeCalls().constFirst(),
                 m_server->log().notifyCalls().constFirst().id);
        QCOMPARE(closed.size(), 1);
    }

    void actionInvokedMapsToOurId_data()
    {
        QTest::addColumn<QString>("actionKey");
        QTest::addRow("acknowledge") << NotificationAction::acknowledgeKey();
        QTest::addRow("open") << NotificationAction::openKey();
    }

    void actionInvokedMapsToOurId()
    {
        QFETCH(QString, actionKey);
        FreedesktopNotifier notifier(m_client);
        QSignalSpy acted(&notifier, &Notifier::actionInvoked);
        QSignalSpy closed(&notifier, &Notifier::closed);
        const NotifyCall seven =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-7"_s));
        const NotifyCall eight =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-8"_s));
        QVERIFY(seven.id != eight.id);
        m_server->invokeAction(99, actionKey); // another application's notification
        m_server->invokeAction(eight.id, actionKey);
        QVERIFY(acted.wait(timeout));
        QCOMPARE(acted.size(), 1);
        QCOMPARE(acted.constFirst(), (QVariantList{u"alert-8"_s, actionKey}));
        // Exactly one outcome: the close that follows an action is not reported.
        m_server->closeNotification(eight.id, 2);
        m_server->closeNotification(seven.id, 1);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, timeout);
        QCOMPARE(closed.constFirst().constFirst().toString(), u"alert-7"_s);
        QCOMPARE(acted.size(), 1);
    }

    void closedMapsEveryReason_data()
    {
        QTest::addColumn<uint>("reason");
        QTest::addRow("expired") << 1u;
        QTest::addRow("dismissed") << 2u;
        QTest::addRow("closed by call") << 3u;
        QTest::addRow("undefined") << 4u;
    }

    void closedMapsEveryReason()
    {
        QFETCH(uint, reason);
        FreedesktopNotifier notifier(m_client);
        QSignalSpy closed(&notifier, &Notifier::closed);
        const NotifyCall call =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"ticket-3"_s));
        m_server->closeNotification(call.id, reason);
        QVERIFY(closed.wait(timeout));
        QCOMPARE(closed.constFirst().constFirst().toString(), u"ticket-3"_s);
    }

    void missingServiceIsReported()
    {
        PrivateBus empty;
        QVERIFY(!empty.address().isEmpty());
        const QString name = u"empty-bus-client"_s;
        {
            QDBusConnection connection = QDBusConnection::connectToBus(empty.address(), name);
            QVERIFY(connection.isConnected());
            const deskside::Status probe = FreedesktopNotifier::probe(connection);
            QVERIFY(!probe.ok());
            QCOMPARE(probe.error().code, u"notify.no-service"_s);
            FreedesktopNotifier notifier(connection);
            QSignalSpy failed(&notifier, &Notifier::failed);
            QSignalSpy closed(&notifier, &Notifier::closed);
            notifier.show(criticalAlertNotification(u"alert-7"_s));
            QVERIFY(failed.wait(timeout));
            QCOMPARE(failed.constFirst().constFirst().toString(), u"alert-7"_s);
            QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
            notifier.withdraw(u"alert-7"_s);
            QCoreApplication::processEvents();
            QCOMPARE(closed.size(), 0);
#ifndef DESKSIDE_HAVE_KNOTIFICATIONS
            QCOMPARE(makeNotifier(nullptr, connection)->backendName(), u"tray"_s);
#endif
        }
        QDBusConnection::disconnectFromBus(name);
        QVERIFY(FreedesktopNotifier::probe(m_client).ok());
        QVERIFY(!FreedesktopNotifier::probe(QDBusConnection(u"never-connected"_s)).ok());
    }

    void factoryChoosesTheBackend()
    {
        const std::unique_ptr<Notifier> notifier = makeNotifier(nullptr, m_client);
#ifdef DESKSIDE_HAVE_KNOTIFICATIONS
        QCOMPARE(notifier->backendName(), u"knotifications"_s);
#else
        QCOMPARE(notifier->backendName(), u"freedesktop"_s);
        QSignalSpy acted(notifier.get(), &Notifier::actionInvoked);
        const NotifyCall call =
            showAndReceive(*m_server, *notifier, criticalAlertNotification(u"alert-7"_s));
        m_server->invokeAction(call.id, NotificationAction::acknowledgeKey());
        QVERIFY(acted.wait(timeout));
#endif
    }
};

QTEST_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"

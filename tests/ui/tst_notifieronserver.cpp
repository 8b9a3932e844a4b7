#include "FakeNotificationService.h"
#include "OnCallDesk.h"
#include "OnCallWorld.h"
#include "PrivateBus.h"
#include "alerts/AlertPopup.h"
#include "notify/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::oncall::Severity;
using deskside::ui::AlertPopup;
using deskside::ui::FreedesktopNotifier;
using deskside::ui::NotificationAction;

namespace {

constexpr int timeout = 30000;

} // namespace

// The real FreedesktopNotifier, on a private session bus with a fake notification
// service, wired into the alert pop-ups of a desk signed in to the real in-process
// server: an alert that pages the person becomes a notification with Acknowledge and
// Open, and the buttons pressed in the notification act on the server.
class TestNotifierOnServer : public QObject
{
    Q_OBJECT

    // The on-call world, and `login`'s desk online with the notifier.
    bool setUp(const QString &login)
    {
        m_fixture = std::make_unique<ServerFixture>();
        m_world = std::make_unique<OnCallWorld>(*m_fixture);
        if (!m_world->setUp()) {
            return false;
        }
        m_notifier = std::make_unique<FreedesktopNotifier>(m_client);
        m_desk = std::make_unique<OnCallDesk>();
        return m_desk->open(m_fixture->baseUrl(), m_world->as(login).token(), login,
                            m_fixture->clock(), m_notifier.get()) &&
               QTest::qWaitFor([this] { return m_desk->isOnline(); }, timeout);
    }
    // Raises a critical alert (paging sam, who is on call) and fires its first tier.
    qint64 raise()
    {
        const qint64 id = m_world->raise(Severity::Critical);
        m_world->at(0);
        return id;
    }
    // Waits for the alert's pop-up and its one Notify call.
    std::optional<NotifyCall> notification(qint64 id)
    {
        if (!QTest::qWaitFor([&] { return m_desk->center().popup(id) != nullptr; }, timeout) ||
            !QTest::qWaitFor([&] { return !m_service->log().notifyCalls().isEmpty(); }, timeout)) {
            return std::nullopt;
        }
        return m_service->log().notifyCalls().constFirst();
    }

    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeNotificationServer> m_service;
    QDBusConnection m_client{u"unused"_s};
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<OnCallWorld> m_world;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    std::unique_ptr<OnCallDesk> m_desk;

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<PrivateBus>();
        QVERIFY2(!m_bus->address().isEmpty(), "dbus-daemon did not start");
        m_service = std::make_unique<FakeNotificationServer>(m_bus->address());
        QVERIFY(m_service->isRegistered());
        m_client = QDBusConnection::connectToBus(m_bus->address(), u"notifier-on-server"_s);
        QVERIFY(m_client.isConnected());
    }
    void init() { m_service->log().clear(); }
    void cleanup()
    {
        m_desk.reset();
        m_notifier.reset();
        m_world.reset();
        m_fixture.reset();
    }
    void cleanupTestCase()
    {
        m_service.reset();
        QDBusConnection::disconnectFromBus(u"notifier-on-server"_s);
        m_bus.reset();
    }

    void acknowledgeInTheNotificationAcknowledgesOnTheServer()
    {
        QVERIFY(setUp(u"sam"_s));
        const qint64 id = raise();
        QVERIFY(id > 0);
        const auto call = notification(id);
        QVERIFY(call);
        QCOMPARE(call->appName, u"Deskside"_s);
        QCOMPARE(call->summary, u"CRITICAL alert"_s);
        QCOMPARE(call->body, u"Disk almost full on db-1"_s);
        const NotificationAction acknowledge = NotificationAction::acknowledge();
        const NotificationAction open = NotificationAction::open();
        QCOMPARE(call->actions,
                 QStringList({acknowledge.key, acknowledge.label, open.key, open.label}));
        QCOMPARE(call->hints.value(u"urgency"_s).value<uchar>(), uchar(2));
        QVERIFY(call->hints.value(u"resident"_s).toBool());
        QCOMPARE(call->expireTimeout, 0);
        QPointer<AlertPopup> popup = m_desk->center().popup(id);

        QSignalSpy finished(&m_desk->data(), &ui::DeskData::alertActionFinished);
        m_service->invokeAction(call->id, NotificationAction::acknowledgeKey());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(finished.at(0).at(2).toBool());
        const QJsonObject alert = m_world->alert(id);
        QCOMPARE(alert.value(u"status"_s).toString(), u"acknowledged"_s);
        QCOMPARE(alert.value(u"acknowledged_by"_s).toString(), u"sam"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->log().closeCalls(), QList<uint>{call->id}, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
    }

    void openShowsThePopupAndLeavesTheAlertOpen()
    {
        QVERIFY(setUp(u"sam"_s));
        const qint64 id = raise();
        const auto call = notification(id);
        QVERIFY(call);
        QPointer<AlertPopup> popup = m_desk->center().popup(id);
        popup->showMinimized();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isMinimized(), timeout);

        m_service->invokeAction(call->id, NotificationAction::openKey());
        QTRY_VERIFY_WITH_TIMEOUT(!popup->isMinimized(), timeout);
        QVERIFY(popup->isVisible());
        QCOMPARE(m_world->alert(id).value(u"status"_s).toString(), u"triggered"_s);
        QVERIFY(m_service->log().closeCalls().isEmpty());

        // Acknowledged on the pop-up afterwards: the notification still goes away.
        QTest::mouseClick(popup->findChild<QPushButton *>(u"acknowledge"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->log().closeCalls(), QList<uint>{call->id}, timeout);
        QCOMPARE(m_world->alert(id).value(u"acknowledged_by"_s).toString(), u"sam"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
    }

    void acknowledgedElsewhereClosesTheNotification()
    {
        QVERIFY(setUp(u"sam"_s));
        const qint64 id = raise();
        const auto call = notification(id);
        QVERIFY(call);
        const HttpReply acked =
            m_world->as(u"maria"_s).mutate(u"/api/v1/alerts/%1/acknowledge"_s.arg(id), {});
        QCOMPARE(acked.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->log().closeCalls(), QList<uint>{call->id}, timeout);
        QVERIFY(m_desk->center().popups().isEmpty());
        // Then sam is told who took it, as a notification of its own.
        QTRY_COMPARE_WITH_TIMEOUT(m_service->log().notifyCalls().size(), 2, timeout);
        const NotifyCall told = m_service->log().notifyCalls().constLast();
        QVERIFY2(told.summary.startsWith(u"Acknowledged by maria"_s), qPrintable(told.summary));
        QVERIFY(told.id != call->id);
    }

    void notPagedMeansNoNotification()
    {
        QVERIFY(setUp(u"priya"_s)); // not on call
        const qint64 id = raise();
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->alert(id) && m_desk->alert(id)->tier == 0, timeout);
        QCOMPARE(m_desk->alert(id)->notified, QStringList{u"sam"_s});
        QVERIFY(m_desk->center().popups().isEmpty());
        QVERIFY(m_service->log().notifyCalls().isEmpty());
    }
};

QTEST_MAIN(TestNotifierOnServer)
#include "tst_notifieronserver.moc"

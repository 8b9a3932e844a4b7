#include "FakeNotificationService.h"
#include "notify/KNotificationsNotifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace deskside::ui;

namespace {

constexpr int timeout = 30000;

// The key KNotifications gave the action labelled `label` in a Notify call.
QString keyOf(const NotifyCall &call, const QString &label)
{
    for (qsizetype i = 0; i + 1 < call.actions.size(); i += 2) {
        if (call.actions.at(i + 1) == label) {
            return call.actions.at(i);
        }
    }
    return {};
}

} // namespace

// KNotificationsNotifier against a fake org.freedesktop.Notifications: KNotifications talks to
// the session bus, so main() re-runs this test inside dbus-run-session (a private bus).
class TestKNotificationsNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNotificationServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<FakeNotificationServer>(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(m_server->isRegistered());
    }

    void cleanupTestCase() { m_server.reset(); }

    void notifyCarriesTheEvent()
    {
        KNotificationsNotifier notifier;
        QCOMPARE(notifier.backendName(), u"knotifications"_s);
        const NotifyCall call =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-7"_s));
        QCOMPARE(call.summary, u"Critical: db-disk"_s);
        QCOMPARE(call.body, u"Disk 95% full on db-1"_s);
        QVERIFY2(!keyOf(call, u"Acknowledge"_s).isEmpty(), qPrintable(call.actions.join(u',')));
        QVERIFY(!keyOf(call, u"Open"_s).isEmpty());
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);
        QCOMPARE(call.hints.value(u"resident"_s).toBool(), true);
        QCOMPARE(call.hints.value(u"sound-name"_s).toString(), u"dialog-warning"_s);
        QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), u"alert"_s);
    }

    void actionRoundTrip()
    {
        KNotificationsNotifier notifier;
        QSignalSpy acted(&notifier, &Notifier::actionInvoked);
        QSignalSpy closed(&notifier, &Notifier::closed);
        const NotifyCall call =
            showAndReceive(*m_server, notifier, criticalAlertNotification(u"alert-7"_s));
        m_server->invokeAction(call.id, keyOf(call, u"Acknowledge"_s));
        QVERIFY(acted.wait(timeout));
        QCOMPARE(acted.constFirst(), (QVariantList{u"alert-7"_s, u"acknowledge"_s}));
        notifier.withdraw(u"alert-7"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->log().closeCalls().contains(call.id), timeout);
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 0);
        QCOMPARE(acted.size(), 1);
    }

    void closedByTheServer()
    {
        KNotificationsNotifier notifier;
        QSignalSpy closed(&notifier, &Notifier::closed);
        DesktopNotification ticket = criticalAlertNotification(u"alert-7"_s);
        ticket.id = u"ticket-3"_s;
        ticket.category = DesktopNotification::Category::Ticket;
        ticket.resident = false;
        ticket.soundEnabled = false;
        const NotifyCall call = showAndReceive(*m_server, notifier, ticket);
        QCOMPARE(call.hints.value(u"suppress-sound"_s).toBool(), true);
        QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), u"ticket"_s);
        m_server->closeNotification(call.id, 2);
        QVERIFY(closed.wait(timeout));
        QCOMPARE(closed.constFirst().constFirst().toString(), u"ticket-3"_s);
    }
};

int main(int argc, char **argv)
{
    // The notifyrc comes from the source tree; nothing of the user's settings is read.
    qputenv("XDG_DATA_DIRS", DESKSIDE_NOTIFYRC_DATA_DIR);
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("DESKSIDE_PRIVATE_BUS") != "1"_L1) {
        qputenv("DESKSIDE_PRIVATE_BUS", "1");
        std::vector<char *> args{const_cast<char *>("dbus-run-session"),
                                 const_cast<char *>("--config-file=" DESKSIDE_NOTIFIER_BUS_CONFIG),
                                 const_cast<char *>("--")};
        args.insert(args.end(), argv, argv + argc);
        args.push_back(nullptr);
        execvp(args.front(), args.data());
        qFatal("dbus-run-session could not be started");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"deskside"_s);
    QApplication::setDesktopFileName(u"deskside"_s);
    TestKNotificationsNotifier test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_knotificationsnotifier.moc"

#include "notify/TrayNotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::ui;

namespace {

DesktopNotification message(const QString &id)
{
    DesktopNotification n;
    n.id = id;
    n.title = u"Alert"_s;
    n.body = u"db-disk"_s;
    n.actions = {NotificationAction::acknowledge(), NotificationAction::open()};
    return n;
}

} // namespace

// TrayNotifier: one balloon at a time; a click is "open"; one outcome per notification.
class TestTrayNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickOpensTheCurrentMessage()
    {
        QSystemTrayIcon tray;
        TrayNotifier notifier(&tray);
        QCOMPARE(notifier.backendName(), u"tray"_s);
        QSignalSpy acted(&notifier, &Notifier::actionInvoked);
        QSignalSpy closed(&notifier, &Notifier::closed);
        notifier.show(message(u"alert-7"_s));
        notifier.show(message(u"alert-8"_s)); // replaces the balloon: alert-7 is closed
        Q_EMIT tray.messageClicked();
        Q_EMIT tray.messageClicked(); // nothing current any more
        QVERIFY(acted.wait(30000));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.constFirst().constFirst().toString(), u"alert-7"_s);
        QCOMPARE(acted.size(), 1);
        QCOMPARE(acted.constFirst(), (QVariantList{u"alert-8"_s, u"open"_s}));
        notifier.withdraw(u"alert-8"_s); // already had its outcome
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 1);
    }

    void withdrawClosesOnce()
    {
        QSystemTrayIcon tray;
        TrayNotifier notifier(&tray);
        QSignalSpy closed(&notifier, &Notifier::closed);
        notifier.show(message(u"ticket-3"_s));
        notifier.withdraw(u"ticket-3"_s);
        notifier.withdraw(u"ticket-3"_s);
        QCOMPARE(closed.size(), 0);
        QVERIFY(closed.wait(30000));
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 1);
        Q_EMIT tray.messageClicked();
        QCoreApplication::processEvents();
        QCOMPARE(closed.size(), 1);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"

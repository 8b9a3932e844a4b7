#include "AlertTestSupport.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertPopup.h"
#include "base/Clock.h"

#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::api::AlertAction;
using deskside::ui::AlertCenter;
using deskside::ui::DesktopNotification;

namespace {

const QDateTime now(QDate(2026, 3, 6), QTime(16, 10), QTimeZone::utc());

struct World
{
    FakeClock clock{now};
    FakeAlertDesk desk{u"sam"_s};
    FakeNotifier notifier;
    AlertCenter center{desk, clock, &notifier};
    int beeps = 0;

    explicit World(AlertCenter::Settings settings = {})
    {
        center.setSettings(settings);
        center.setBeep([this]() { ++beeps; });
    }
};

alertsamples::Sample changed(alertsamples::Sample sample, const QString &status,
                             const QString &by = u"maria"_s)
{
    sample.version += 1;
    sample.status = status;
    sample.acknowledgedBy = status == u"acknowledged"_s ? by : QString();
    return sample;
}

api::UserNotification notification(const QString &kind, qint64 secondsAgo)
{
    api::UserNotification n;
    n.id = 40;
    n.kind = kind;
    n.login = u"sam"_s;
    n.title = u"Ticket 12 assigned to you"_s;
    n.body = u"Printer jams"_s;
    n.ticketId = 12;
    n.at = now.addSecs(-secondsAgo);
    return n;
}

} // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void popupsOnlyForAlertsThatConcernMe_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("notified");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("popup");
        QTest::addRow("paged me") << u"major"_s << QStringList{u"sam"_s} << u"triggered"_s << true;
        QTest::addRow("paged others")
            << u"critical"_s << QStringList{u"maria"_s} << u"triggered"_s << false;
        QTest::addRow("catastrophic, paged others")
            << u"catastrophic"_s << QStringList{u"maria"_s} << u"triggered"_s << true;
        QTest::addRow("acknowledged")
            << u"major"_s << QStringList{u"sam"_s} << u"acknowledged"_s << false;
        QTest::addRow("resolved") << u"catastrophic"_s << QStringList{u"sam"_s} << u"resolved"_s
                                  << false;
    }
    void popupsOnlyForAlertsThatConcernMe()
    {
        QFETCH(QString, severity);
        QFETCH(QStringList, notified);
        QFETCH(QString, status);
        World w;
        alertsamples::Sample sample = alertSample(7, severity, notified);
        sample.status = status;
        sample.acknowledgedBy = status == u"acknowledged"_s ? u"maria"_s : QString();
        w.desk.setAlerts({sample});
        QTEST(w.center.popup(7) != nullptr, "popup");
        QTEST(w.center.popups().size() == 1, "popup");
        QTEST(w.notifier.shown.size() == 1, "popup");
    }

    void severalAlertsStack()
    {
        World w;
        QSignalSpy opened(&w.center, &AlertCenter::popupOpened);
        const QList<alertsamples::Sample> three{alertSample(1), alertSample(2), alertSample(3)};
        w.desk.setAlerts(three);
        QCOMPARE(opened.size(), 3);
        const auto popups = w.center.popups();
        QCOMPARE(popups.size(), 3);
        QSet<QPoint> positions;
        for (const ui::AlertPopup *popup : popups) {
            QVERIFY(popup->isVisible());
            positions.insert(popup->pos());
        }
        QCOMPARE(positions.size(), 3); // offset, not on top of each other
        const QPoint second = w.center.popup(2)->pos();
        // Alert 2 acknowledged elsewhere: its pop-up goes, the others stay where they are.
        QSignalSpy closed(&w.center, &AlertCenter::popupClosed);
        w.desk.setAlerts({three.at(0), changed(three.at(1), u"acknowledged"_s), three.at(2)});
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 2);
        QCOMPARE(w.center.popups().size(), 2);
        QVERIFY(w.notifier.withdrawn.contains(AlertCenter::notificationId(2)));
        // A new alert takes the free place.
        w.desk.setAlerts({three.at(0), three.at(2), alertSample(4)});
        QCOMPARE(w.center.popup(4)->pos(), second);
        QCOMPARE(w.center.popups().last()->alertId(), 4);
    }

    void anUpdatedAlertUpdatesItsPopup()
    {
        World w;
        alertsamples::Sample sample = alertSample(7);
        w.desk.setAlerts({sample});
        ui::AlertPopup *popup = w.center.popup(7);
        sample.version = 2;
        sample.tier = 1;
        sample.notified = {u"sam"_s, u"maria"_s, u"eve"_s};
        w.desk.setAlerts({sample});
        QCOMPARE(w.center.popup(7), popup); // the same window
        QCOMPARE(popup->findChild<QLabel *>(u"tier"_s)->text(), u"Tier 2 of policy default"_s);
        QCOMPARE(popup->findChild<QLabel *>(u"notified"_s)->text(), u"maria, eve"_s);
        QCOMPARE(w.beeps, 1); // no second sound for an update
    }

    void doNotDisturbAndSound_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("doNotDisturb");
        QTest::addColumn<bool>("sound");
        QTest::addColumn<bool>("minimised");
        QTest::addColumn<int>("beeps");
        QTest::addColumn<int>("systemNotifications");
        QTest::addRow("normal") << u"major"_s << false << true << false << 1 << 1;
        QTest::addRow("sound off") << u"critical"_s << false << false << false << 0 << 1;
        QTest::addRow("do not disturb") << u"critical"_s << true << true << true << 0 << 0;
        QTest::addRow("do not disturb, catastrophic")
            << u"catastrophic"_s << true << true << false << 1 << 1;
        QTest::addRow("do not disturb, catastrophic, sound off")
            << u"catastrophic"_s << true << false << false << 0 << 1;
    }
    void doNotDisturbAndSound()
    {
        QFETCH(QString, severity);
        QFETCH(bool, doNotDisturb);
        QFETCH(bool, sound);
        QFETCH(int, systemNotifications);
        AlertCenter::Settings settings;
        settings.doNotDisturb = doNotDisturb;
        settings.sound = sound;
        World w(settings);
        w.desk.setAlerts({alertSample(7, severity)});
        ui::AlertPopup *popup = w.center.popup(7);
        QVERIFY(popup); // the pop-up itself is never suppressed
        QTEST(popup->isMinimized(), "minimised");
        QTEST(w.beeps, "beeps");
        QCOMPARE(w.notifier.shown.size(), systemNotifications);
        if (systemNotifications > 0) {
            QCOMPARE(w.notifier.shown.first().soundEnabled, sound);
        }
    }

    void theSystemNotificationOffersAcknowledgeAndOpen()
    {
        World w;
        w.desk.setAlerts({alertSample(7, u"catastrophic"_s)});
        QCOMPARE(w.notifier.shown.size(), 1);
        const DesktopNotification &shown = w.notifier.shown.first();
        QCOMPARE(shown.id, u"alert-7"_s);
        QCOMPARE(shown.body, u"alert 7"_s);
        QCOMPARE(shown.urgency, DesktopNotification::Urgency::Critical);
        QCOMPARE(shown.category, DesktopNotification::Category::CatastrophicAlert);
        QVERIFY(shown.resident);
        QCOMPARE(shown.actions,
                 QList<ui::NotificationAction>(
                     {ui::NotificationAction::acknowledge(), ui::NotificationAction::open()}));
        w.desk.setAlerts({changed(alertSample(7, u"catastrophic"_s), u"resolved"_s)});
        QCOMPARE(w.notifier.withdrawn, QStringList({u"alert-7"_s}));
    }

    void notificationActionsReachTheAlert()
    {
        AlertCenter::Settings quiet;
        quiet.doNotDisturb = true;
        World w(quiet);
        w.desk.setAlerts({alertSample(7), alertSample(8)});
        QVERIFY(w.center.popup(7)->isMinimized());
        w.notifier.invoke(u"alert-7"_s, u"open"_s);
        QVERIFY(!w.center.popup(7)->isMinimized());
        QVERIFY(w.center.popup(7)->isVisible());
        w.notifier.invoke(u"alert-7"_s, u"acknowledge"_s);
        QCOMPARE(w.desk.calls.size(), 1);
        QCOMPARE(w.desk.calls.first().alertId, 7);
        QCOMPARE(w.desk.calls.first().action, AlertAction::Acknowledge);
        QVERIFY(w.center.popup(7)->isBusy());
        // The outcome reaches the pop-up; a failure keeps it open with the reason.
        Q_EMIT w.desk.alertActionFinished(7, AlertAction::Acknowledge, false, u"Gone away."_s);
        QVERIFY(!w.center.popup(7)->isBusy());
        QCOMPARE(w.center.popup(7)->findChild<QLabel *>(u"message"_s)->text(),
                 u"Could not acknowledge: Gone away."_s);
        // Other notifications' ids and unknown keys do nothing.
        w.notifier.invoke(u"notification-3"_s, u"acknowledge"_s);
        w.notifier.invoke(u"alert-8"_s, u"snooze"_s);
        QCOMPARE(w.desk.calls.size(), 1);
    }

    void popupButtonsCallTheDesk()
    {
        World w;
        w.desk.setAlerts({alertSample(7)});
        w.center.popup(7)->requestAction(AlertAction::Escalate);
        QCOMPARE(w.desk.calls.size(), 1);
        QCOMPARE(w.desk.calls.first().action, AlertAction::Escalate);
    }

    void otherNotificationsAreShownOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("doNotDisturb");
        QTest::addColumn<bool>("shown");
        QTest::addRow("ticket assigned") << u"ticket_assigned"_s << qint64(5) << false << true;
        QTest::addRow("acknowledged by another")
            << u"alert_acknowledged"_s << qint64(5) << false << true;
        QTest::addRow("alert raised: the pop-up's")
            << u"alert_raised"_s << qint64(5) << false << false;
        QTest::addRow("stale") << u"sla_warning"_s << qint64(2 * 3600) << false << false;
        QTest::addRow("do not disturb") << u"sla_breach"_s << qint64(5) << true << false;
    }
    void otherNotificationsAreShownOnce()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, age);
        QFETCH(bool, doNotDisturb);
        AlertCenter::Settings settings;
        settings.doNotDisturb = doNotDisturb;
        World w(settings);
        Q_EMIT w.desk.notificationReceived(notification(kind, age));
        QTEST(w.notifier.shown.size() == 1, "shown");
        if (!w.notifier.shown.isEmpty()) {
            QCOMPARE(w.notifier.shown.first().id, u"notification-40"_s);
            QCOMPARE(w.notifier.shown.first().title, u"Ticket 12 assigned to you"_s);
        }
        QVERIFY(w.center.popups().isEmpty());
    }
};

QTEST_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"

#include "AlertTestSupport.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertPopup.h"
#include "alerts/AlertText.h"
#include "base/Clock.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::api::AlertAction;
using deskside::ui::AlertPopup;

namespace {

const QDateTime raised(QDate(2026, 3, 6), QTime(16, 0), QTimeZone::utc());

api::AlertRecord record(const alertsamples::Sample &sample = alertSample(7))
{
    return api::alertFromJson(alertsamples::alert(sample)).value();
}

QString text(const AlertPopup &popup, const QString &name)
{
    const auto *label = popup.findChild<QLabel *>(name);
    return label ? label->text() : u"<no %1>"_s.arg(name);
}

QPushButton *button(const AlertPopup &popup, const QString &name)
{
    return popup.findChild<QPushButton *>(name);
}

// Shows the pop-up and waits until it has the keyboard (mnemonics need that).
bool showActive(AlertPopup &popup)
{
    popup.show();
    popup.activateWindow();
    QApplication::setActiveWindow(&popup);
    return QTest::qWaitForWindowActive(&popup, 10000);
}

} // namespace

class TestAlertPopup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheAlert_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("shown");
        QTest::addRow("minor") << u"minor"_s << u"MINOR"_s;
        QTest::addRow("major") << u"major"_s << u"MAJOR"_s;
        QTest::addRow("critical") << u"critical"_s << u"CRITICAL"_s;
        QTest::addRow("catastrophic") << u"catastrophic"_s << u"CATASTROPHIC"_s;
    }
    void showsTheAlert()
    {
        QFETCH(QString, severity);
        FakeClock clock(raised.addSecs(4 * 60 + 5));
        const api::AlertRecord alert = record(alertSample(7, severity));
        AlertPopup popup(alert, u"sam"_s, clock);
        QTEST(text(popup, u"severity"_s), "shown");
        // Not colour alone: an icon and the name too; the band has the severity's colour.
        const auto *icon = popup.findChild<QLabel *>(u"severityIcon"_s);
        QVERIFY(!icon->pixmap().isNull());
        const auto *band = popup.findChild<QWidget *>(u"severityBand"_s);
        QCOMPARE(band->palette().color(QPalette::Window),
                 ui::AlertText::severityColor(alert.severity));
        QCOMPARE(text(popup, u"summary"_s), u"alert 7"_s);
        QVERIFY(text(popup, u"source"_s).contains(u"sns"_s));
        QVERIFY(text(popup, u"source"_s).contains(u"arn:aws:sns:eu-west-1:123456789012:ops"_s));
        QCOMPARE(text(popup, u"elapsed"_s), u"4 min 05 s"_s);
        QCOMPARE(text(popup, u"tier"_s), u"Tier 1 of policy default"_s);
        QCOMPARE(text(popup, u"notified"_s), u"maria"_s); // the others, not me
        QCOMPARE(text(popup, u"status"_s), u"Triggered"_s);
        const auto *steps = popup.findChild<QListWidget *>(u"runbookSteps"_s);
        QCOMPARE(steps->count(), 2);
        QCOMPARE(steps->item(0)->text(), u"1. Check the dashboard"_s);
        QCOMPARE(steps->item(1)->text(), u"2. Fail over"_s);
        QVERIFY(popup.windowTitle().contains(u"alert 7"_s));
    }

    void isAnAlwaysOnTopWindow()
    {
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        QVERIFY(popup.isWindow());
        QVERIFY(popup.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QCOMPARE(popup.windowType(), Qt::Window);
    }

    void elapsedTimeTicks()
    {
        FakeClock clock(raised.addSecs(59));
        AlertPopup popup(record(), u"sam"_s, clock);
        QCOMPARE(text(popup, u"elapsed"_s), u"0 min 59 s"_s);
        clock.advance(2 * 3600 + 61);
        // The pop-up's own one-second timer reads the clock again.
        QTRY_COMPARE_WITH_TIMEOUT(text(popup, u"elapsed"_s), u"2 h 02 min"_s, 10000);
    }

    void buttonsAndKeysRequestActions_data()
    {
        QTest::addColumn<QString>("buttonName"); // empty: use the key
        QTest::addColumn<QKeySequence>("key");
        QTest::addColumn<AlertAction>("action");
        QTest::addRow("Acknowledge button")
            << u"acknowledge"_s << QKeySequence() << AlertAction::Acknowledge;
        QTest::addRow("Alt+A") << QString() << QKeySequence(u"Alt+A"_s) << AlertAction::Acknowledge;
        QTest::addRow("Ctrl+Return")
            << QString() << QKeySequence(u"Ctrl+Return"_s) << AlertAction::Acknowledge;
        QTest::addRow("Resolve button") << u"resolve"_s << QKeySequence() << AlertAction::Resolve;
        QTest::addRow("Alt+R") << QString() << QKeySequence(u"Alt+R"_s) << AlertAction::Resolve;
        QTest::addRow("Escalate button")
            << u"escalate"_s << QKeySequence() << AlertAction::Escalate;
        QTest::addRow("Alt+E") << QString() << QKeySequence(u"Alt+E"_s) << AlertAction::Escalate;
    }
    void buttonsAndKeysRequestActions()
    {
        QFETCH(QString, buttonName);
        QFETCH(QKeySequence, key);
        QFETCH(AlertAction, action);
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        QVERIFY(showActive(popup));
        QSignalSpy requested(&popup, &AlertPopup::actionRequested);
        if (buttonName.isEmpty()) {
            QTest::keySequence(&popup, key);
        } else {
            QTest::mouseClick(button(popup, buttonName), Qt::LeftButton);
        }
        // A mnemonic "clicks" the button after a short animation.
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
        QCOMPARE(requested.at(0).at(0).toLongLong(), 7);
        QCOMPARE(requested.at(0).at(1).value<AlertAction>(), action);
        QVERIFY(popup.isBusy());
        QCOMPARE(text(popup, u"message"_s), ui::AlertText::progress(action));
        // While it runs, nothing else is sent.
        QVERIFY(!button(popup, u"acknowledge"_s)->isEnabled());
        popup.requestAction(AlertAction::Resolve);
        QCOMPARE(requested.size(), 1);
    }

    void aFailedActionKeepsThePopupOpen()
    {
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        popup.show();
        QSignalSpy requested(&popup, &AlertPopup::actionRequested);
        QTest::mouseClick(button(popup, u"acknowledge"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        popup.actionFinished(AlertAction::Acknowledge, false, u"The server is unreachable."_s);
        QCOMPARE(text(popup, u"message"_s), u"Could not acknowledge: The server is unreachable."_s);
        QVERIFY(!popup.isBusy());
        QVERIFY(button(popup, u"acknowledge"_s)->isEnabled());
        QVERIFY(!popup.close());
        QVERIFY(popup.isVisible());
        // It can be tried again.
        QTest::mouseClick(button(popup, u"acknowledge"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 2);
    }

    void refusesToCloseWhileOpen()
    {
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        popup.show();
        QSignalSpy refused(&popup, &AlertPopup::closeRefused);
        QVERIFY(!popup.close());
        QVERIFY(popup.isVisible());
        QCOMPARE(refused.size(), 1);
        QVERIFY(text(popup, u"message"_s).contains(u"stays until"_s));
        popup.release();
        QVERIFY(!popup.isVisible());
        QVERIFY(popup.isReleased());
    }

    void openRunbookShowsContactsAndFocusesTheSteps()
    {
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        QVERIFY(showActive(popup));
        const auto *details = popup.findChild<QGroupBox *>(u"runbookDetails"_s);
        QVERIFY(!details->isVisible());
        QTest::keySequence(&popup, QKeySequence(u"Alt+B"_s));
        QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 10000);
        QCOMPARE(text(popup, u"runbookContacts"_s), u"dba on call"_s);
        QCOMPARE(text(popup, u"runbookCommunication"_s), u"Post on the status page"_s);
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(popup.findChild<QListWidget *>(u"runbookSteps"_s)));
    }

    void tabOrderFollowsTheButtons()
    {
        FakeClock clock(raised);
        AlertPopup popup(record(), u"sam"_s, clock);
        QWidget *widget = button(popup, u"acknowledge"_s);
        QStringList order;
        for (int i = 0; i < 4; ++i) {
            order.append(widget->objectName());
            widget = widget->nextInFocusChain();
            while (widget->focusPolicy() == Qt::NoFocus) {
                widget = widget->nextInFocusChain();
            }
        }
        QCOMPARE(order,
                 QStringList({u"acknowledge"_s, u"resolve"_s, u"escalate"_s, u"openRunbook"_s}));
        QCOMPARE(widget->objectName(), u"runbookSteps"_s);
    }

    void closesWhenSomeoneElseAcknowledges()
    {
        FakeClock clock(raised);
        FakeAlertDesk desk(u"sam"_s);
        desk.setAlerts({alertSample(7)});
        ui::AlertCenter center(desk, clock, nullptr);
        center.setBeep({});
        QPointer<AlertPopup> popup = center.popup(7);
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        alertsamples::Sample acknowledged = alertSample(7);
        acknowledged.version = 2;
        acknowledged.status = u"acknowledged"_s;
        acknowledged.acknowledgedBy = u"maria"_s;
        desk.setAlerts({acknowledged});
        QVERIFY(!popup || !popup->isVisible());
        QTRY_VERIFY(!popup); // closed and gone
        QVERIFY(center.popups().isEmpty());
    }
};

QTEST_MAIN(TestAlertPopup)
#include "tst_alertpopup.moc"

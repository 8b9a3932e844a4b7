// Makes the README's screenshots: the real app signed in to an in-process demo server.
// Run through scripts/screenshots (Xvfb and a private keyring).
#include "ServerFixture.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertPopup.h"
#include "alerts/AlertStore.h"
#include "alerts/EscalationEngine.h"
#include "alerts/OnCallView.h"
#include "alerts/ScheduleModel.h"
#include "queue/QueueModel.h"
#include "queue/QueueTable.h"
#include "queue/ViewListModel.h"
#include "ticket/PriorityDialog.h"
#include "ticket/TicketView.h"
#include "window/AlertController.h"
#include "window/CacheDeskData.h"
#include "window/DesktopApp.h"
#include "window/MainWindow.h"
#include "window/QueueController.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace deskside;

static bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let the last paint land
    const bool saved = widget->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

// A CloudWatch-style alert raised on the server: the pop-up, the On-call page, and (under
// Xvfb with a notification daemon such as dunst) the whole screen with the system notification.
static bool shootAlert(ServerFixture &server, ui::MainWindow &window, const QString &out)
{
    server::AlertSignal signal;
    signal.source = u"sns"_s;
    signal.integration = u"arn:aws:sns:us-east-1:123456789012:deskside-ops"_s;
    signal.key = u"arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-api-5xx"_s;
    signal.severity = oncall::Severity::Catastrophic;
    signal.summary = u"orders-api-5xx: 5xx responses above 20% for 5 minutes"_s;
    signal.scenario = u"system_outage"_s;
    signal.details = {{u"AlarmName"_s, u"orders-api-5xx"_s},
                      {u"Region"_s, u"US East (N. Virginia)"_s}};
    const auto ingested =
        server.context().alerts->ingest(signal, server.clock().now().toSecsSinceEpoch());
    if (!ingested) {
        std::fprintf(stderr, "could not raise the alert: %s\n",
                     qPrintable(ingested.error().message));
        return false;
    }
    (void)server.server().escalation().runOnce();
    ui::AlertCenter &center = window.alerts().center();
    const qint64 id = ingested->alertId;
    if (!QTest::qWaitFor([&] { return center.popup(id) != nullptr; }, 30000)) {
        std::fprintf(stderr, "no alert pop-up appeared\n");
        return false;
    }
    bool ok = save(center.popup(id), out + u"/alert-popup.png"_s);
    window.showOnCall();
    (void)QTest::qWaitFor([&] { return window.alerts().view()->scheduleModel()->rowCount() > 0; },
                          10000);
    ok = save(&window, out + u"/oncall.png"_s) && ok;
    if (QGuiApplication::platformName() == u"xcb"_s) {
        QTest::qWait(1000); // the notification daemon draws its window
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        const bool saved = screen.save(out + u"/desktop-notification.png"_s);
        std::printf("%s %s\n", saved ? "wrote" : "FAILED",
                    qPrintable(out + u"/desktop-notification.png"_s));
        ok = saved && ok;
    }
    return ok;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);

    const QDateTime now(QDate(2026, 3, 10), QTime(15, 30), QTimeZone::utc());
    ServerFixture server(now);
    server::ServerOptions options;
    options.demo = true;
    if (!server.start(options)) {
        return 1;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"deskside.ini"_s), QSettings::IniFormat);
    FakeClock clock(now);
    ui::DesktopApp desktop(clock, settings);
    desktop.signIn(server.baseUrl(), u"sam"_s, u"deskside-demo"_s);
    if (!QTest::qWaitFor([&] { return desktop.window() != nullptr; }, 60000)) {
        std::fprintf(stderr, "did not sign in\n");
        return 1;
    }
    ui::MainWindow *window = desktop.window();
    window->resize(1400, 820);
    ui::QueueController &queue = window->queue();
    if (!QTest::qWaitFor([&] { return queue.countOf(u"all_open"_s) > 0; }, 60000)) {
        std::fprintf(stderr, "no tickets arrived\n");
        return 1;
    }
    queue.selectView(queue.views()->rowOfKey(u"all_open"_s));
    (void)QTest::qWaitFor([&] { return queue.model()->rowCount() > 0; }, 30000);
    // A ticket with a history worth showing: one whose priority changed.
    qint64 chosen = queue.model()->rowAt(0).id;
    for (int row = 0; row < queue.model()->rowCount(); ++row) {
        const auto document = desktop.desk()->ticket(queue.model()->rowAt(row).id);
        if (document && !document->ticket.priorityChanges().isEmpty() &&
            document->ticket.messages().size() >= 3) {
            chosen = document->ticket.id();
            break;
        }
    }
    window->table()->selectTicket(chosen);
    (void)QTest::qWaitFor([&] { return window->ticketView()->hasTicket(); }, 10000);
    bool ok = save(window, out + u"/queue.png"_s);
    ok = save(window->ticketView(), out + u"/ticket.png"_s) && ok;

    window->ticketView()->changePriority();
    ui::PriorityDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = window->findChild<ui::PriorityDialog *>()) != nullptr; }, 10000);
    if (!dialog) {
        return 1;
    }
    dialog->setPriority(ticket::Priority::Low);
    dialog->findChild<QPlainTextEdit *>()->setPlainText(
        u"A workaround is in place: orders can be released by hand until the fix ships."_s);
    ok = save(dialog, out + u"/priority-dialog.png"_s) && ok;
    dialog->reject();
    return (shootAlert(server, *window, out) && ok) ? 0 : 1;
}

#include "window/MainWindow.h"

#include "alerts/OnCallView.h"
#include "queue/QueueTable.h"
#include "sla/SlaClock.h"
#include "ticket/TicketView.h"
#include "window/AlertController.h"
#include "window/DeskData.h"
#include "window/QueueController.h"
#include "window/StatusController.h"
#include "window/TicketController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace deskside::ui {

MainWindow::MainWindow(DeskData &data, const Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_settings(settings)
    , m_sidebar(new QListView(this))
    , m_table(new QueueTable(this))
    , m_ticketView(new TicketView(sla::SlaClock::standard(), clock, this))
    , m_search(new QLineEdit(this))
{
    setWindowTitle(tr("Deskside — %1").arg(data.accountLabel()));
    setWindowIcon(QIcon::fromTheme(u"help-browser"_s));
    m_sidebar->setObjectName(u"views"_s);
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setMaximumWidth(260);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search id, subject, requester… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"panes"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_table);
    splitter->addWidget(m_ticketView);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(splitter);
    setCentralWidget(m_pages);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    m_queue = new QueueController(data, clock, settings, m_sidebar, m_table, m_search, this);
    m_tickets = new TicketController(data, m_ticketView, this, this);
    m_status = new StatusController(data, *m_queue, statusBar(), m_tray, this);
    m_alerts = new AlertController(data, clock, m_tray, m_pages, this);
    m_pages->addWidget(m_alerts->view());
    connect(m_table, &QueueTable::currentTicketChanged, m_tickets, &TicketController::showTicket);
    connect(m_table, &QueueTable::openTicket, this, [this](qint64 id) {
        m_tickets->showTicket(id);
        m_ticketView->focusComposer();
    });
    connect(m_tickets, &TicketController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    buildMenus();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    const auto action = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut,
                               const QString &icon, auto slot) {
        QAction *a = menu->addAction(QIcon::fromTheme(icon), text);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sync = action(file, tr("&Sync now"), QKeySequence::Refresh, u"view-refresh"_s,
                           [this]() { m_data.syncNow(); });
    action(file, tr("Se&ttings…"), QKeySequence(tr("Ctrl+,")), u"preferences-system"_s,
           [this]() { Q_EMIT settingsRequested(); });
    action(file, tr("Sign &out"), QKeySequence(), u"system-log-out"_s,
           [this]() { Q_EMIT signOutRequested(); });
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence::Quit, u"application-exit"_s,
           []() { QApplication::quit(); });

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    QAction *reply = action(ticket, tr("&Reply"), QKeySequence(tr("Ctrl+R")),
                            u"mail-reply-sender"_s, [this]() { m_ticketView->focusComposer(); });
    QAction *priority = action(ticket, tr("Change &priority…"), QKeySequence(tr("Ctrl+Shift+P")),
                               u"go-up"_s, [this]() { m_ticketView->changePriority(); });
    QAction *assign = action(ticket, tr("&Assign to me"), QKeySequence(tr("Ctrl+Shift+A")),
                             u"user-identity"_s, [this]() { m_ticketView->assignToMe(); });
    action(ticket, tr("Move to &Tier 3…"), QKeySequence(tr("Ctrl+Shift+T")), u"go-next"_s,
           [this]() { m_ticketView->moveToTier3(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    action(view, tr("&Next view"), QKeySequence(tr("Ctrl+]")), u"go-down"_s,
           [this]() { m_queue->nextView(); });
    action(view, tr("&Search"), QKeySequence::Find, u"edit-find"_s, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    action(view, tr("Save search as &filter…"), QKeySequence(tr("Ctrl+Shift+S")),
           u"document-save"_s, [this]() { saveSearchAsFilter(); });
    action(view, tr("&Queue"), QKeySequence(tr("Ctrl+1")), u"view-list-details"_s,
           [this]() { showQueue(); });
    action(view, tr("&On call"), QKeySequence(tr("Ctrl+4")), u"dialog-warning"_s,
           [this]() { showOnCall(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents, u"help-keybord-shortcuts"_s,
           [this]() { showShortcuts(); });
    action(help, tr("&About Deskside"), QKeySequence(), u"help-about"_s, [this]() {
        QMessageBox::about(this, tr("About Deskside"),
                           tr("Deskside %1\nHelpdesk client for support teams.\nGPL-3.0-or-later.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->addActions({sync, reply, priority, assign});
    tools->addSeparator();
    tools->addWidget(m_search);
}

void MainWindow::saveSearchAsFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the new view:"),
                                               QLineEdit::Normal, m_search->text(), &ok);
    if (!ok) {
        return;
    }
    if (const Status saved = m_queue->saveSearchAsFilter(name); !saved) {
        QMessageBox::warning(this, tr("Filter not saved"), saved.error().message);
    }
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("Queue: ↑/↓ or j/k move, Enter opens and focuses the reply box, Home/End.\n"
           "Ctrl+R reply · Ctrl+Return send reply · Ctrl+Shift+Return add internal note\n"
           "Ctrl+Shift+P change priority · Ctrl+Shift+A assign to me · Ctrl+Shift+T Tier 3\n"
           "Ctrl+] next view · Ctrl+F search · Ctrl+1 queue · Ctrl+4 on call · F5 sync now · "
           "Ctrl+, settings\n"
           "Alert pop-up: Alt+A or Ctrl+Return acknowledge · Alt+R resolve · Alt+E escalate now "
           "· Alt+B runbook"));
}

void MainWindow::showQueue()
{
    m_pages->setCurrentIndex(0);
    m_table->setFocus();
}

void MainWindow::showOnCall()
{
    m_pages->setCurrentWidget(m_alerts->view());
    m_alerts->viewShown();
    m_alerts->view()->setFocus();
}

bool MainWindow::isOnCallShown() const
{
    return m_pages->currentWidget() == m_alerts->view();
}

void MainWindow::setDueSoonHours(int hours)
{
    m_queue->setDueSoonHours(hours);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.value(u"window/geometry"_s).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(m_settings.value(u"window/state"_s).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"panes"_s);
        splitter && !splitter->restoreState(m_settings.value(u"window/panes"_s).toByteArray())) {
        splitter->setSizes({200, width() * 55 / 100, width() * 45 / 100 - 200});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    m_settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"panes"_s)) {
        m_settings.setValue(u"window/panes"_s, splitter->saveState());
    }
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace deskside::ui

#pragma once

#include <QMainWindow>

class QLineEdit;
class QListView;
class QSettings;
class QStackedWidget;
class QSystemTrayIcon;

namespace deskside {
class Clock;
}

namespace deskside::ui {

class AlertController;
class DeskData;
class QueueController;
class QueueTable;
class StatusController;
class TicketController;
class TicketView;

// Three panes like a mail client: views with live counts, the queue, the selected
// ticket. The window builds widgets and actions; controllers do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DeskData &data, const Clock &clock, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueController &queue() const { return *m_queue; }
    TicketController &tickets() const { return *m_tickets; }
    StatusController &status() const { return *m_status; }
    AlertController &alerts() const { return *m_alerts; }
    // The queue (with the ticket) or the On-call page.
    void showQueue();
    void showOnCall();
    bool isOnCallShown() const;
    QueueTable *table() const { return m_table; }
    TicketView *ticketView() const { return m_ticketView; }
    QLineEdit *searchField() const { return m_search; }
    QListView *sidebar() const { return m_sidebar; }
    void setDueSoonHours(int hours);

Q_SIGNALS:
    void settingsRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void saveSearchAsFilter();
    void showShortcuts();
    void restoreWindowState();

    DeskData &m_data;
    QSettings &m_settings;
    QListView *m_sidebar;
    QueueTable *m_table;
    TicketView *m_ticketView;
    QLineEdit *m_search;
    QSystemTrayIcon *m_tray = nullptr;
    QueueController *m_queue;
    TicketController *m_tickets;
    StatusController *m_status;
    QStackedWidget *m_pages;
    AlertController *m_alerts;
};

} // namespace deskside::ui

#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QSystemTrayIcon;
class QToolButton;

namespace deskside::ui {

class DeskData;
class QueueController;

// The status bar (connection, waiting edits, last sync, first-sync progress) and the
// tray icon's counts. Always tells whether the desk is online, syncing or offline.
class StatusController : public QObject
{
    Q_OBJECT

public:
    StatusController(DeskData &data, QueueController &queue, QStatusBar *bar, QSystemTrayIcon *tray,
                     QObject *parent = nullptr);

    QString connectionText() const;
    QString pendingText() const;
    QString trayText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void updateConnection();
    void updatePending();
    void updateLastSync();
    void updateTray();
    void showProgress(qint64 received, qint64 total);

    DeskData &m_data;
    QueueController &m_queue;
    QSystemTrayIcon *m_tray;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace deskside::ui

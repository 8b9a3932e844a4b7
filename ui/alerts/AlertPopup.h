#pragma once

#include "api/AlertJson.h"
#include "api/AlertRequests.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace deskside {
class Clock;
}

namespace deskside::ui {

// The persistent, always-on-top window of one open alert: severity (colour, icon and
// name), source, summary, elapsed time (ticking each second), current tier, who else
// was paged, the runbook steps, and Acknowledge (Alt+A, Ctrl+Return), Resolve (Alt+R),
// Escalate now (Alt+E) and Open runbook (Alt+B). It refuses to close while the alert
// is open: only release() — the alert was acknowledged or resolved by anyone — closes it.
// A failed action leaves it open with the reason.
class AlertPopup : public QWidget
{
    Q_OBJECT

public:
    AlertPopup(const api::AlertRecord &alert, const QString &login, const Clock &clock,
               QWidget *parent = nullptr);

    qint64 alertId() const { return m_alert.id; }
    const api::AlertRecord &alert() const { return m_alert; }
    void setAlert(const api::AlertRecord &alert);
    // The end of an action this pop-up asked for: progress ends, a failure is shown.
    void actionFinished(api::AlertAction action, bool ok, const QString &message);
    bool isBusy() const { return m_busy.has_value(); }
    // Lets the window close, and closes it.
    void release();
    bool isReleased() const { return m_released; }
    // Shows the runbook's contacts and communication plan and moves focus to the steps.
    void openRunbook();
    // Reads the clock again (the timer does it each second).
    void updateElapsed();
    // As if the button was pressed: progress shows, then actionRequested (ignored while
    // another action runs, or when the alert's state no longer allows it).
    void requestAction(api::AlertAction action);

Q_SIGNALS:
    void actionRequested(qint64 alertId, deskside::api::AlertAction action);
    // A close was refused (the alert is still open).
    void closeRefused();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildFacts();
    QWidget *buildRunbook();
    QWidget *buildButtons();
    void setMessage(const QString &text, bool error);
    void updateButtons();

    api::AlertRecord m_alert;
    QString m_login;
    const Clock &m_clock;
    QTimer m_tick;
    std::optional<api::AlertAction> m_busy;
    bool m_released = false;

    QLabel *m_severity = nullptr;
    QLabel *m_severityIcon = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_notified = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_steps = nullptr;
    QGroupBox *m_runbookDetails = nullptr;
    QLabel *m_contacts = nullptr;
    QLabel *m_communication = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_runbook = nullptr;
};

} // namespace deskside::ui

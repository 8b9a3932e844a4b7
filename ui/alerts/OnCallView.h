#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace deskside {
class Clock;
}

namespace deskside::ui {

class AlertListModel;
class DeskData;
class OverridePanel;
class ScheduleModel;

// The On-call page: the schedules with who is on call now and next, the selected one's
// overrides, my upcoming shifts, and the open alerts with the escalation timeline of the
// selected one.
class OnCallView : public QWidget
{
    Q_OBJECT

public:
    OnCallView(DeskData &data, const Clock &clock, QWidget *parent = nullptr);

    ScheduleModel *scheduleModel() const { return m_scheduleModel; }
    AlertListModel *alertModel() const { return m_alertModel; }
    QTableView *scheduleTable() const { return m_schedules; }
    QTableView *alertTable() const { return m_alerts; }
    QListWidget *myShifts() const { return m_myShifts; }
    QListWidget *timeline() const { return m_timeline; }
    QLabel *statusLabel() const { return m_status; }
    // The selected schedule's overrides (managers edit them there).
    OverridePanel *overridePanel() const { return m_overrides; }

    // Asks the server for the schedules again (the alerts come with the change feed).
    void reloadSchedules();
    // Selects the alert in the list and shows its timeline.
    void showAlert(qint64 alertId);
    // Selects the schedule (its overrides show); false when there is no such schedule.
    bool showSchedule(const QString &scheduleId);

private:
    QWidget *buildSchedules();
    QWidget *buildAlerts();
    void alertsChanged();
    void schedulesLoaded(const QJsonArray &schedules);
    void updateShifts();
    void updateTimeline();
    void updateOverrides();

    DeskData &m_data;
    const Clock &m_clock;
    ScheduleModel *m_scheduleModel;
    AlertListModel *m_alertModel;
    QTableView *m_schedules = nullptr;
    QTableView *m_alerts = nullptr;
    QListWidget *m_myShifts = nullptr;
    OverridePanel *m_overrides = nullptr;
    QListWidget *m_timeline = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace deskside::ui

#pragma once

#include "notify/Notifier.h"

#include <QObject>

#include <memory>

class QSystemTrayIcon;
class QWidget;

namespace deskside {
class Clock;
}

namespace deskside::ui {

class AlertCenter;
class DeskData;
class OnCallView;
struct Preferences;

// The on-call side of the main window: the alert pop-ups (AlertCenter) with the system
// notifications behind them, and the On-call page.
class AlertController : public QObject
{
    Q_OBJECT

public:
    // notifier: null to use the platform's (tests pass a fake); viewParent owns the page.
    AlertController(DeskData &data, const Clock &clock, QSystemTrayIcon *tray, QWidget *viewParent,
                    QObject *parent = nullptr, std::unique_ptr<Notifier> notifier = nullptr);
    ~AlertController() override;

    AlertCenter &center() const { return *m_center; }
    OnCallView *view() const { return m_view; }
    Notifier *notifier() const { return m_notifier.get(); }
    void setPreferences(const Preferences &preferences);
    // Called when the On-call page is shown: schedules are loaded the first time.
    void viewShown();

private:
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<AlertCenter> m_center;
    OnCallView *m_view;
    bool m_schedulesLoaded = false;
};

} // namespace deskside::ui

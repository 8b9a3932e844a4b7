#include "window/AlertController.h"

#include "alerts/AlertCenter.h"
#include "alerts/OnCallView.h"
#include "notify/NotifierFactory.h"
#include "window/Preferences.h"

namespace deskside::ui {

AlertController::AlertController(DeskData &data, const Clock &clock, QSystemTrayIcon *tray,
                                 QWidget *viewParent, QObject *parent,
                                 std::unique_ptr<Notifier> notifier)
    : QObject(parent)
    , m_notifier(notifier ? std::move(notifier) : makeNotifier(tray))
    , m_center(std::make_unique<AlertCenter>(data, clock, m_notifier.get()))
    , m_view(new OnCallView(data, clock, viewParent))
{}

AlertController::~AlertController() = default;

void AlertController::setPreferences(const Preferences &preferences)
{
    AlertCenter::Settings settings;
    settings.sound = preferences.alertSound;
    settings.doNotDisturb = preferences.doNotDisturb;
    settings.systemNotifications = preferences.notifyPopups;
    m_center->setSettings(settings);
}

void AlertController::viewShown()
{
    if (!m_schedulesLoaded) {
        m_schedulesLoaded = true;
        m_view->reloadSchedules();
    }
}

} // namespace deskside::ui

#include "notify/NotifierFactory.h"

#include "base/Logging.h"
#include "notify/TrayNotifier.h"

#ifdef DESKSIDE_HAVE_KNOTIFICATIONS
#include "notify/KNotificationsNotifier.h"
#endif
#ifdef DESKSIDE_HAVE_FREEDESKTOP_NOTIFIER
#include "notify/FreedesktopNotifier.h"
#include <QDBusConnection>
#endif

namespace deskside::ui {

#ifdef DESKSIDE_HAVE_FREEDESKTOP_NOTIFIER
std::unique_ptr<Notifier> makeNotifier(QSystemTrayIcon *tray, const QDBusConnection &bus)
{
#ifdef DESKSIDE_HAVE_KNOTIFICATIONS
    Q_UNUSED(tray);
    Q_UNUSED(bus);
    return std::make_unique<KNotificationsNotifier>();
#else
    const Status service = FreedesktopNotifier::probe(bus);
    if (service) {
        return std::make_unique<FreedesktopNotifier>(bus);
    }
    qCInfo(lcUi) << "desktop notifications fall back to the tray:" << service.error().message;
    return std::make_unique<TrayNotifier>(tray);
#endif
}
#endif

std::unique_ptr<Notifier> makeNotifier(QSystemTrayIcon *tray)
{
#if defined(DESKSIDE_HAVE_FREEDESKTOP_NOTIFIER)
    return makeNotifier(tray, QDBusConnection::sessionBus());
#elif defined(DESKSIDE_HAVE_KNOTIFICATIONS)
    Q_UNUSED(tray);
    return std::make_unique<KNotificationsNotifier>();
#else
    return std::make_unique<TrayNotifier>(tray);
#endif
}

} // namespace deskside::ui

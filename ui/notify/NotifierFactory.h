#pragma once

#include "notify/Notifier.h"

#include <memory>

class QSystemTrayIcon;
#ifdef DESKSIDE_HAVE_FREEDESKTOP_NOTIFIER
class QDBusConnection;
#endif

namespace deskside::ui {

// The platform's best Notifier: KNotifications when built with KF6, else the freedesktop
// notification service on Linux when one is on the session bus, else tray messages through
// `tray` (not owned; null: an icon of the notifier's own).
std::unique_ptr<Notifier> makeNotifier(QSystemTrayIcon *tray = nullptr);
#ifdef DESKSIDE_HAVE_FREEDESKTOP_NOTIFIER
// The same choice with the freedesktop service looked for on `bus`.
std::unique_ptr<Notifier> makeNotifier(QSystemTrayIcon *tray, const QDBusConnection &bus);
#endif

} // namespace deskside::ui

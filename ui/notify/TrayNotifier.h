#pragma once

#include "notify/Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace deskside::ui {

// Notifications as tray balloon messages (Windows, macOS, or Linux without a notification
// service). One message at a time: a new one closes the previous; a click on the message is
// the "open" action. Messages have no buttons.
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    // Uses `tray` (not owned) or, when null, an icon of its own with the application's icon.
    explicit TrayNotifier(QSystemTrayIcon *tray = nullptr, QObject *parent = nullptr);

    void show(const DesktopNotification &notification) override;
    void withdraw(const QString &id) override;
    QString backendName() const override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_current;
};

} // namespace deskside::ui

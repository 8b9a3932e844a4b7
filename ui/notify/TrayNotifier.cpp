#include "notify/TrayNotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {
constexpr int messageMilliseconds = 10000;
}

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
    }
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        const QString id = std::exchange(m_current, QString());
        if (!id.isEmpty()) {
            finishWithAction(id, NotificationAction::openKey());
        }
    });
}

void TrayNotifier::show(const DesktopNotification &notification)
{
    if (!m_current.isEmpty() && m_current != notification.id) {
        finishClosed(m_current);
    }
    begin(notification.id);
    m_current = notification.id;
    if (!m_tray) {
        finishFailed(notification.id, tr("There is no tray icon to show the notification."));
        m_current.clear();
        return;
    }
    if (!m_tray->isVisible()) {
        m_tray->show();
    }
    const bool critical = notification.urgency == DesktopNotification::Urgency::Critical;
    m_tray->showMessage(notification.title, notification.body,
                        critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                        messageMilliseconds);
}

void TrayNotifier::withdraw(const QString &id)
{
    if (id == m_current) {
        m_current.clear();
    }
    finishClosed(id);
}

QString TrayNotifier::backendName() const
{
    return u"tray"_s;
}

} // namespace deskside::ui

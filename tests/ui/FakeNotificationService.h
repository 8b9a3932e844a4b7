#pragma once

#include "notify/DesktopNotification.h"

#include <QDBusConnection>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

#include <memory>

// One Notify call as the fake service received it.
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; // the id the fake replied with
};

// What the fake service received, shared between its thread and the test's.
class NotificationLog
{
public:
    void addNotify(const NotifyCall &call);
    void addClose(uint id);
    QList<NotifyCall> notifyCalls() const;
    QList<uint> closeCalls() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<NotifyCall> m_notify;
    QList<uint> m_close;
};

// The org.freedesktop.Notifications object; lives in the fake server's thread.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationService(std::shared_ptr<NotificationLog> log);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);

private:
    std::shared_ptr<NotificationLog> m_log;
    uint m_lastId = 0;
};

// Runs FakeNotificationService on its own thread with its own connection to the bus at
// `address` (so the notifier's calls never wait on the test's thread) and owns the name
// org.freedesktop.Notifications there.
class FakeNotificationServer
{
public:
    explicit FakeNotificationServer(const QString &address);
    ~FakeNotificationServer();
    FakeNotificationServer(const FakeNotificationServer &) = delete;
    FakeNotificationServer &operator=(const FakeNotificationServer &) = delete;

    bool isRegistered() const { return m_registered; }
    NotificationLog &log() { return *m_log; }
    // Emit the service's signals from its thread, as a notification daemon would.
    void invokeAction(uint id, const QString &actionKey);
    void closeNotification(uint id, uint reason);

private:
    std::shared_ptr<NotificationLog> m_log = std::make_shared<NotificationLog>();
    QThread m_thread;
    FakeNotificationService *m_service = nullptr;
    QString m_connectionName;
    bool m_registered = false;
};

namespace deskside::ui {
class Notifier;
}

// A critical, resident alert notification with Acknowledge and Open actions.
deskside::ui::DesktopNotification criticalAlertNotification(const QString &id);
// Shows `n` on `notifier` and returns the Notify call `server` received for it.
NotifyCall showAndReceive(FakeNotificationServer &server, deskside::ui::Notifier &notifier,
                          const deskside::ui::DesktopNotification &n);

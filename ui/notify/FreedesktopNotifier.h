#pragma once

#include "base/Result.h"
#include "notify/Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class OrgFreedesktopNotificationsInterface;
class QDBusPendingCallWatcher;

namespace deskside::ui {

// Notifications through the freedesktop org.freedesktop.Notifications D-Bus service (any
// Linux desktop: Plasma, GNOME, dunst, …), with actions, urgency, resident and sound hints.
// A missing service makes each notification end in failed().
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(const QDBusConnection &connection, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    // Whether a notification service is running (or can be started) on the bus.
    static Status probe(const QDBusConnection &connection);

    void show(const DesktopNotification &notification) override;
    void withdraw(const QString &id) override;
    QString backendName() const override;

private:
    void onActionInvoked(uint serverId, const QString &actionKey);
    void onNotificationClosed(uint serverId, uint reason);

    struct Entry
    {
        uint serverId = 0;
        bool awaitingReply = false;
        bool withdrawn = false;
        std::optional<DesktopNotification> queued; // an update sent once the id is known
    };

    void sendNotify(const DesktopNotification &notification, uint replacesId);
    void onNotifyReply(const QString &id, QDBusPendingCallWatcher *call);
    void closeOnServer(uint serverId);
    // A daemon's signal can overtake the Notify reply that tells us its id: kept until then.
    void keepEarly(uint serverId, const std::optional<QString> &actionKey);
    void replayEarly(uint serverId);

    QDBusConnection m_connection;
    std::unique_ptr<OrgFreedesktopNotificationsInterface> m_signals;
    QHash<QString, Entry> m_entries;
    QHash<uint, QString> m_ids;
    QList<std::pair<uint, std::optional<QString>>> m_early; // action key, or none: closed
};

} // namespace deskside::ui

#include "notify/FreedesktopNotifier.h"

#include "NotificationsProxy.h"
#include "base/Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

const QString &service()
{
    static const QString name = u"org.freedesktop.Notifications"_s;
    return name;
}

const QString &path()
{
    static const QString name = u"/org/freedesktop/Notifications"_s;
    return name;
}

QDBusMessage methodCall(const QString &method)
{
    return QDBusMessage::createMethodCall(service(), path(), service(), method);
}

QStringList actionList(const DesktopNotification &notification)
{
    QStringList list;
    for (const NotificationAction &action : notification.actions) {
        list << action.key << action.label;
    }
    return list;
}

QVariantMap hints(const DesktopNotification &notification)
{
    const bool critical = notification.urgency == DesktopNotification::Urgency::Critical;
    QVariantMap map{
        {u"urgency"_s, QVariant::fromValue<uchar>(critical ? 2 : 1)},
        {u"resident"_s, notification.resident},
        {u"desktop-entry"_s, u"deskside"_s},
    };
    if (notification.soundEnabled) {
        map.insert(u"sound-name"_s, notification.soundName());
    } else {
        map.insert(u"suppress-sound"_s, true);
    }
    return map;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &connection, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
    , m_signals(
          std::make_unique<OrgFreedesktopNotificationsInterface>(service(), path(), m_connection))
{
    connect(m_signals.get(), &OrgFreedesktopNotificationsInterface::ActionInvoked, this,
            &FreedesktopNotifier::onActionInvoked);
    connect(m_signals.get(), &OrgFreedesktopNotificationsInterface::NotificationClosed, this,
            &FreedesktopNotifier::onNotificationClosed);
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

Status FreedesktopNotifier::probe(const QDBusConnection &connection)
{
    if (!connection.isConnected()) {
        return makeError(u"notify.no-bus"_s,
                         tr("There is no D-Bus session bus for desktop notifications."));
    }
    if (connection.interface()->isServiceRegistered(service()).value()) {
        return {};
    }
    const QDBusMessage reply = connection.call(
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s));
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
        reply.arguments().constFirst().toStringList().contains(service())) {
        return {};
    }
    return makeError(u"notify.no-service"_s,
                     tr("No desktop notification service is running on the session bus."));
}

void FreedesktopNotifier::show(const DesktopNotification &notification)
{
    begin(notification.id);
    Entry &entry = m_entries[notification.id];
    entry.withdrawn = false;
    if (entry.awaitingReply) {
        entry.queued = notification;
        return;
    }
    sendNotify(notification, entry.serverId);
}

void FreedesktopNotifier::sendNotify(const DesktopNotification &notification, uint replacesId)
{
    QDBusMessage call = methodCall(u"Notify"_s);
    call << u"Deskside"_s << replacesId << u"deskside"_s << notification.title << notification.body
         << actionList(notification) << hints(notification) << (notification.resident ? 0 : -1);
    m_entries[notification.id].awaitingReply = true;
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, id = notification.id](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                onNotifyReply(id, finished);
            });
}

void FreedesktopNotifier::onNotifyReply(const QString &id, QDBusPendingCallWatcher *call)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return;
    }
    it->awaitingReply = false;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        qCWarning(lcUi) << "desktop notification failed:" << reply.error().message();
        m_ids.remove(it->serverId);
        m_entries.erase(it);
        finishFailed(
            id, tr("The desktop notification could not be shown: %1").arg(reply.error().message()));
        return;
    }
    m_ids.remove(it->serverId);
    it->serverId = reply.value();
    if (it->withdrawn) {
        closeOnServer(it->serverId);
        m_entries.erase(it);
        return;
    }
    const uint serverId = it->serverId;
    m_ids.insert(serverId, id);
    if (it->queued) {
        const DesktopNotification next = *it->queued;
        it->queued.reset();
        sendNotify(next, serverId);
    }
    replayEarly(serverId);
}

void FreedesktopNotifier::keepEarly(uint serverId, const std::optional<QString> &actionKey)
{
    constexpr qsizetype limit = 64;
    const bool awaiting = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                      [](const Entry &entry) { return entry.awaitingReply; });
    if (!awaiting) {
        m_early.clear();
        return;
    }
    if (m_early.size() == limit) {
        m_early.removeFirst();
    }
    m_early.append({serverId, actionKey});
}

void FreedesktopNotifier::replayEarly(uint serverId)
{
    const auto early = m_early;
    m_early.removeIf([serverId](const auto &signal) { return signal.first == serverId; });
    for (const auto &[id, actionKey] : early) {
        if (id != serverId) {
            continue;
        }
        if (actionKey) {
            onActionInvoked(id, *actionKey);
        } else {
            onNotificationClosed(id, 0);
        }
    }
}

void FreedesktopNotifier::withdraw(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return;
    }
    finishClosed(id);
    if (it->awaitingReply) {
        it->withdrawn = true;
        it->queued.reset();
        return;
    }
    m_ids.remove(it->serverId);
    closeOnServer(it->serverId);
    m_entries.erase(it);
}

QString FreedesktopNotifier::backendName() const
{
    return u"freedesktop"_s;
}

void FreedesktopNotifier::closeOnServer(uint serverId)
{
    QDBusMessage call = methodCall(u"CloseNotification"_s);
    call << serverId;
    m_connection.asyncCall(call);
}

void FreedesktopNotifier::onActionInvoked(uint serverId, const QString &actionKey)
{
    const QString id = m_ids.value(serverId);
    if (!id.isEmpty()) {
        finishWithAction(id, actionKey);
    } else {
        keepEarly(serverId, actionKey);
    }
}

void FreedesktopNotifier::onNotificationClosed(uint serverId, uint reason)
{
    const QString id = m_ids.take(serverId);
    if (id.isEmpty()) {
        keepEarly(serverId, std::nullopt);
        return;
    }
    qCDebug(lcUi) << "desktop notification" << id << "closed, reason" << reason;
    m_entries.remove(id);
    finishClosed(id);
}

} // namespace deskside::ui

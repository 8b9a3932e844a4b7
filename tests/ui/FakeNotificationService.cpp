#include "FakeNotificationService.h"

#include "notify/Notifier.h"

#include <QMutexLocker>
#include <QTest>

using namespace Qt::StringLiterals;

void NotificationLog::addNotify(const NotifyCall &call)
{
    QMutexLocker lock(&m_mutex);
    m_notify.append(call);
}

void NotificationLog::addClose(uint id)
{
    QMutexLocker lock(&m_mutex);
    m_close.append(id);
}

QList<NotifyCall> NotificationLog::notifyCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_notify;
}

QList<uint> NotificationLog::closeCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_close;
}

void NotificationLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_notify.clear();
    m_close.clear();
}

FakeNotificationService::FakeNotificationService(std::shared_ptr<NotificationLog> log)
    : m_log(std::move(log))
{}

uint FakeNotificationService::Notify(const QString &appName, uint replacesId,
                                     const QString &appIcon, const QString &summary,
                                     const QString &body, const QStringList &actions,
                                     const QVariantMap &hints, int expireTimeout)
{
    const uint id = replacesId != 0 ? replacesId : ++m_lastId;
    m_log->addNotify(
        {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
    return id;
}

void FakeNotificationService::CloseNotification(uint id)
{
    m_log->addClose(id);
}

QStringList FakeNotificationService::GetCapabilities()
{
    return {u"actions"_s, u"body"_s, u"persistence"_s, u"sound"_s};
}

QString FakeNotificationService::GetServerInformation(QString &vendor, QString &version,
                                                      QString &specVersion)
{
    vendor = u"Deskside tests"_s;
    version = u"1.0"_s;
    specVersion = u"1.2"_s;
    return u"fake-notifications"_s;
}

FakeNotificationServer::FakeNotificationServer(const QString &address)
    : m_service(new FakeNotificationService(m_log))
    , m_connectionName(u"fake-notifications-%1"_s.arg(quintptr(this)))
{
    m_service->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_service,
        [this, address] {
            QDBusConnection bus = QDBusConnection::connectToBus(address, m_connectionName);
            m_registered = bus.isConnected() &&
                           bus.registerObject(u"/org/freedesktop/Notifications"_s, m_service,
                                              QDBusConnection::ExportAllSlots |
                                                  QDBusConnection::ExportAllSignals) &&
                           bus.registerService(u"org.freedesktop.Notifications"_s);
        },
        Qt::BlockingQueuedConnection);
}

FakeNotificationServer::~FakeNotificationServer()
{
    QMetaObject::invokeMethod(
        m_service,
        [this] {
            QDBusConnection bus(m_connectionName);
            bus.unregisterService(u"org.freedesktop.Notifications"_s);
            bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
            QDBusConnection::disconnectFromBus(m_connectionName);
            m_service->deleteLater(); // in its own thread, as the thread finishes
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, id, actionKey] { Q_EMIT service->ActionInvoked(id, actionKey); },
        Qt::QueuedConnection);
}

void FakeNotificationServer::closeNotification(uint id, uint reason)
{
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, id, reason] { Q_EMIT service->NotificationClosed(id, reason); },
        Qt::QueuedConnection);
}

deskside::ui::DesktopNotification criticalAlertNotification(const QString &id)
{
    using deskside::ui::DesktopNotification;
    using deskside::ui::NotificationAction;
    DesktopNotification n;
    n.id = id;
    n.title = u"Critical: db-disk"_s;
    n.body = u"Disk 95% full on db-1"_s;
    n.urgency = DesktopNotification::Urgency::Critical;
    n.actions = {NotificationAction::acknowledge(), NotificationAction::open()};
    n.resident = true;
    return n;
}

NotifyCall showAndReceive(FakeNotificationServer &server, deskside::ui::Notifier &notifier,
                          const deskside::ui::DesktopNotification &n)
{
    constexpr int timeout = 30000;
    const qsizetype before = server.log().notifyCalls().size();
    notifier.show(n);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(server.log().notifyCalls().size(), before + 1, timeout); }();
    return server.log().notifyCalls().constLast();
}

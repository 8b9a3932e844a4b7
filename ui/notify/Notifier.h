#pragma once

#include "notify/DesktopNotification.h"

#include <QObject>
#include <QSet>

namespace deskside::ui {

// Shows system notifications through one platform backend (KNotifications, the freedesktop
// D-Bus service or the tray). Every shown notification ends in exactly one final signal:
// actionInvoked (a button was pressed), closed (dismissed, expired or withdrawn) or failed
// (it could not be shown, e.g. no notification service: the app may fall back to another
// backend). Signals are never emitted from inside show() or withdraw().
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Shows the notification, or updates the one already shown under the same id.
    virtual void show(const DesktopNotification &notification) = 0;
    // Removes the notification; closed(id) follows unless it already had its outcome.
    virtual void withdraw(const QString &id) = 0;
    // "knotifications", "freedesktop" or "tray".
    virtual QString backendName() const = 0;

Q_SIGNALS:
    void actionInvoked(const QString &id, const QString &actionKey);
    void closed(const QString &id);
    void failed(const QString &id, const QString &message);

protected:
    // Bookkeeping for backends: a notification is open from begin() until its one outcome;
    // the finish functions emit (queued) only for an open notification, then close it.
    void begin(const QString &id);
    bool isOpen(const QString &id) const;
    void finishWithAction(const QString &id, const QString &actionKey);
    void finishClosed(const QString &id);
    void finishFailed(const QString &id, const QString &message);

private:
    QSet<QString> m_open;
};

} // namespace deskside::ui

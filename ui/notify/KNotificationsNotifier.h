#pragma once

#include "notify/Notifier.h"

#include <QHash>
#include <QPointer>

class KNotification;

namespace deskside::ui {

// Notifications through KF6 KNotifications (built when KF6Notifications is found): the events
// of resources/deskside.notifyrc ("alert", "alertCatastrophic", "ticket"), so people can tune
// them in the desktop's notification settings.
class KNotificationsNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit KNotificationsNotifier(QObject *parent = nullptr);
    ~KNotificationsNotifier() override;

    void show(const DesktopNotification &notification) override;
    void withdraw(const QString &id) override;
    QString backendName() const override;

private:
    void apply(KNotification *target, const DesktopNotification &notification);

    QHash<QString, QPointer<KNotification>> m_live;
};

} // namespace deskside::ui

#include "notify/KNotificationsNotifier.h"

#include <KNotification>

using namespace Qt::StringLiterals;

namespace deskside::ui {

KNotificationsNotifier::KNotificationsNotifier(QObject *parent)
    : Notifier(parent)
{}

KNotificationsNotifier::~KNotificationsNotifier()
{
    for (const QPointer<KNotification> &live : std::as_const(m_live)) {
        if (live) {
            live->disconnect(this);
        }
    }
}

void KNotificationsNotifier::show(const DesktopNotification &notification)
{
    begin(notification.id);
    if (KNotification *live = m_live.value(notification.id)) {
        apply(live, notification); // KNotification re-sends itself; its actions stay
        return;
    }
    auto *created = new KNotification(notification.eventId(), notification.resident
                                                                  ? KNotification::Persistent
                                                                  : KNotification::CloseOnTimeout);
    created->setComponentName(u"deskside"_s);
    apply(created, notification);
    const QString id = notification.id;
    for (const NotificationAction &action : notification.actions) {
        KNotificationAction *button = created->addAction(action.label);
        connect(button, &KNotificationAction::activated, this,
                [this, id, key = action.key] { finishWithAction(id, key); });
    }
    connect(created, &KNotification::closed, this, [this, id, created] {
        if (m_live.value(id) == created) {
            m_live.remove(id);
        }
        finishClosed(id);
    });
    m_live.insert(id, created);
    created->sendEvent();
}

void KNotificationsNotifier::apply(KNotification *target, const DesktopNotification &notification)
{
    target->setTitle(notification.title);
    target->setText(notification.body);
    const bool critical = notification.urgency == DesktopNotification::Urgency::Critical;
    target->setUrgency(critical ? KNotification::CriticalUrgency : KNotification::NormalUrgency);
    target->setHint(u"resident"_s, notification.resident);
    if (notification.soundEnabled) {
        target->setHint(u"sound-name"_s, notification.soundName());
    } else {
        target->setHint(u"suppress-sound"_s, true);
    }
}

void KNotificationsNotifier::withdraw(const QString &id)
{
    if (const QPointer<KNotification> live = m_live.take(id)) {
        live->disconnect(this);
        live->close();
    }
    finishClosed(id);
}

QString KNotificationsNotifier::backendName() const
{
    return u"knotifications"_s;
}

} // namespace deskside::ui

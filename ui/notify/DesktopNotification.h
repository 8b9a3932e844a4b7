#pragma once

#include <QList>
#include <QString>

namespace deskside::ui {

// A button on a system notification: a stable key the app reacts to and a label for people.
struct NotificationAction
{
    QString key;
    QString label;

    static QString acknowledgeKey();
    static QString openKey();
    static NotificationAction acknowledge();
    static NotificationAction open();

    friend bool operator==(const NotificationAction &, const NotificationAction &) = default;
};

// One system notification, whichever Notifier shows it. `id` is ours (e.g. "alert-7"): every
// signal of a Notifier names it, and showing the same id again updates the notification.
struct DesktopNotification
{
    enum class Urgency
    {
        Normal,
        Critical
    };
    // What the notification is about; selects the KNotifications event and the sound.
    enum class Category
    {
        Alert,
        CatastrophicAlert,
        Ticket
    };

    QString id;
    QString title;
    QString body;
    Urgency urgency = Urgency::Normal;
    Category category = Category::Alert;
    QList<NotificationAction> actions;
    bool soundEnabled = true;
    // Stays on screen (and in the server's history) until withdrawn or acted on: for alerts.
    bool resident = false;

    // The event id in resources/deskside.notifyrc: "alert", "alertCatastrophic" or "ticket".
    QString eventId() const;
    // The freedesktop sound theme name: "dialog-warning" for alerts, else "message-new-instant".
    QString soundName() const;
};

} // namespace deskside::ui

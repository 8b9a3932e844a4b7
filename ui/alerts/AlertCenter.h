#pragma once

#include "api/AlertJson.h"
#include "api/AlertRequests.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

namespace deskside {
class Clock;
}

namespace deskside::ui {

class AlertPopup;
class DeskData;
class Notifier;

// Keeps one AlertPopup per open, triggered alert that concerns the signed-in person (they
// were paged, or it is catastrophic), stacked on the screen, and removes it when anyone
// acknowledges or resolves the alert. A new pop-up plays a sound and shows a system
// notification (Acknowledge / Open). Do-not-disturb silences both and opens other
// pop-ups minimised; a catastrophic alert always gets the full treatment.
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        bool sound = true;               // "Play a sound for alerts"
        bool doNotDisturb = false;       // catastrophic alerts excepted
        bool systemNotifications = true; // for notifications other than alert pop-ups
    };

    // notifier may be null (no notification backend).
    AlertCenter(DeskData &data, const Clock &clock, Notifier *notifier, QObject *parent = nullptr);
    ~AlertCenter() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    Settings settings() const { return m_settings; }
    // What plays the sound (default QApplication::beep).
    void setBeep(std::function<void()> beep) { m_beep = std::move(beep); }

    // The open pop-ups, in the order they opened.
    QList<AlertPopup *> popups() const;
    AlertPopup *popup(qint64 alertId) const;
    // Shows the alert's pop-up in front, restored and focused.
    void raisePopup(qint64 alertId);
    // Reads DeskData::alerts() and opens, updates and closes pop-ups.
    void refresh();

    static bool concerns(const api::AlertRecord &alert, const QString &login);
    static QString notificationId(qint64 alertId);

Q_SIGNALS:
    void popupOpened(qint64 alertId);
    void popupClosed(qint64 alertId);

private:
    struct Entry
    {
        std::unique_ptr<AlertPopup> popup;
        int slot = 0;
        qint64 order = 0;
    };

    void open(const api::AlertRecord &alert);
    void close(qint64 alertId);
    void place(AlertPopup &popup, int slot) const;
    int freeSlot() const;
    bool fullAttention(const api::AlertRecord &alert) const;
    void notifyDesktop(const api::AlertRecord &alert);
    void notificationReceived(const api::UserNotification &notification);
    void actionInvoked(const QString &id, const QString &actionKey);
    void actionFinished(qint64 alertId, api::AlertAction action, bool ok, const QString &message);

    DeskData &m_data;
    const Clock &m_clock;
    QPointer<Notifier> m_notifier;
    Settings m_settings;
    std::function<void()> m_beep;
    std::map<qint64, Entry> m_entries;
    qint64 m_opened = 0;
};

} // namespace deskside::ui

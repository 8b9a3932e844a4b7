#include "alerts/AlertCenter.h"

#include "alerts/AlertPopup.h"
#include "alerts/AlertText.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "notify/Notifier.h"
#include "window/DeskData.h"

#include <QApplication>
#include <QScreen>
#include <QSet>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

constexpr int slotOffset = 36; // pixels between stacked pop-ups
constexpr int slotsPerColumn = 8;
constexpr int margin = 24;
// Notifications older than this when they arrive (a first sync) are not shown.
constexpr qint64 staleSeconds = 3600;

const QString alertPrefix = u"alert-"_s;

} // namespace

AlertCenter::AlertCenter(DeskData &data, const Clock &clock, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_beep([]() { QApplication::beep(); })
{
    connect(&data, &DeskData::alertsChanged, this, &AlertCenter::refresh);
    connect(&data, &DeskData::alertActionFinished, this, &AlertCenter::actionFinished);
    connect(&data, &DeskData::notificationReceived, this, &AlertCenter::notificationReceived);
    if (notifier) {
        connect(notifier, &Notifier::actionInvoked, this, &AlertCenter::actionInvoked);
    }
    refresh();
}

AlertCenter::~AlertCenter()
{
    for (auto &[id, entry] : m_entries) {
        entry.popup->release();
        if (m_notifier) {
            m_notifier->withdraw(notificationId(id)); // signed out: not ours to answer now
        }
    }
}

bool AlertCenter::concerns(const api::AlertRecord &alert, const QString &login)
{
    return alert.severity == oncall::Severity::Catastrophic || alert.notified.contains(login);
}

QString AlertCenter::notificationId(qint64 alertId)
{
    return alertPrefix + QString::number(alertId);
}

QList<AlertPopup *> AlertCenter::popups() const
{
    std::vector<const Entry *> entries;
    for (const auto &[id, entry] : m_entries) {
        entries.push_back(&entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry *a, const Entry *b) { return a->order < b->order; });
    QList<AlertPopup *> popups;
    for (const Entry *entry : entries) {
        popups.append(entry->popup.get());
    }
    return popups;
}

AlertPopup *AlertCenter::popup(qint64 alertId) const
{
    const auto found = m_entries.find(alertId);
    return found == m_entries.end() ? nullptr : found->second.popup.get();
}

void AlertCenter::refresh()
{
    const QString login = m_data.login();
    QSet<qint64> wanted;
    for (const api::AlertRecord &alert : m_data.alerts()) {
        if (alert.status != api::AlertRecord::Status::Triggered || !concerns(alert, login)) {
            continue;
        }
        wanted.insert(alert.id);
        if (AlertPopup *existing = popup(alert.id)) {
            if (alert.version > existing->alert().version) {
                existing->setAlert(alert);
            }
        } else {
            open(alert);
        }
    }
    QList<qint64> gone;
    for (const auto &[id, entry] : m_entries) {
        if (!wanted.contains(id)) {
            gone.append(id);
        }
    }
    for (qint64 id : gone) {
        close(id);
    }
}

bool AlertCenter::fullAttention(const api::AlertRecord &alert) const
{
    return alert.severity == oncall::Severity::Catastrophic || !m_settings.doNotDisturb;
}

void AlertCenter::open(const api::AlertRecord &alert)
{
    Entry &entry = m_entries[alert.id];
    entry.popup = std::make_unique<AlertPopup>(alert, m_data.login(), m_clock);
    entry.slot = freeSlot();
    entry.order = ++m_opened;
    AlertPopup *popup = entry.popup.get();
    connect(popup, &AlertPopup::actionRequested, &m_data, &DeskData::alertAction);
    place(*popup, entry.slot);
    if (fullAttention(alert)) {
        popup->show();
        popup->raise();
        popup->activateWindow();
        if (m_settings.sound && m_beep) {
            m_beep();
        }
        notifyDesktop(alert);
    } else {
        popup->showMinimized(); // do not disturb: there, but quiet
    }
    qCInfo(lcUi) << "alert pop-up opened for alert" << alert.id;
    Q_EMIT popupOpened(alert.id);
}

void AlertCenter::close(qint64 alertId)
{
    const auto found = m_entries.find(alertId);
    if (found == m_entries.end()) {
        return;
    }
    // Deleted later: the pop-up may be the one emitting right now.
    AlertPopup *popup = found->second.popup.release();
    m_entries.erase(found);
    popup->release();
    popup->deleteLater();
    if (m_notifier) {
        m_notifier->withdraw(notificationId(alertId));
    }
    Q_EMIT popupClosed(alertId);
}

int AlertCenter::freeSlot() const
{
    QSet<int> used;
    for (const auto &[id, entry] : m_entries) {
        used.insert(entry.slot);
    }
    int slot = 0;
    while (used.contains(slot)) {
        ++slot;
    }
    return slot;
}

void AlertCenter::place(AlertPopup &popup, int slot) const
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const int column = slot / slotsPerColumn;
    const int step = slot % slotsPerColumn;
    const QSize size = popup.size();
    const int x =
        area.right() - margin - size.width() - column * (size.width() / 2) - step * slotOffset;
    const int y = area.top() + margin + step * slotOffset;
    popup.move(std::max(area.left(), x), std::max(area.top(), y));
}

void AlertCenter::notifyDesktop(const api::AlertRecord &alert)
{
    if (!m_notifier) {
        return;
    }
    const bool catastrophic = alert.severity == oncall::Severity::Catastrophic;
    DesktopNotification notification;
    notification.id = notificationId(alert.id);
    notification.title = tr("%1 alert").arg(AlertText::severity(alert.severity));
    notification.body = alert.summary;
    notification.urgency = alert.severity >= oncall::Severity::Critical
                               ? DesktopNotification::Urgency::Critical
                               : DesktopNotification::Urgency::Normal;
    notification.category = catastrophic ? DesktopNotification::Category::CatastrophicAlert
                                         : DesktopNotification::Category::Alert;
    notification.actions = {NotificationAction::acknowledge(), NotificationAction::open()};
    notification.soundEnabled = m_settings.sound;
    notification.resident = true;
    m_notifier->show(notification);
}

void AlertCenter::notificationReceived(const api::UserNotification &notification)
{
    // Alert pages are the pop-ups' business; the rest become transient notifications.
    if (notification.kind == u"alert_raised"_s || notification.kind == u"alert_escalated"_s) {
        return;
    }
    if (!m_notifier || m_settings.doNotDisturb || !m_settings.systemNotifications ||
        notification.at.secsTo(m_clock.now()) > staleSeconds) {
        return;
    }
    DesktopNotification desktop;
    desktop.id = u"notification-%1"_s.arg(notification.id);
    desktop.title = notification.title;
    desktop.body = notification.body;
    desktop.category = notification.alertId > 0 ? DesktopNotification::Category::Alert
                                                : DesktopNotification::Category::Ticket;
    desktop.soundEnabled = m_settings.sound;
    m_notifier->show(desktop);
}

void AlertCenter::actionInvoked(const QString &id, const QString &actionKey)
{
    if (!id.startsWith(alertPrefix)) {
        return;
    }
    bool ok = false;
    const qint64 alertId = id.mid(alertPrefix.size()).toLongLong(&ok);
    if (!ok) {
        return;
    }
    if (actionKey == NotificationAction::openKey()) {
        raisePopup(alertId);
    } else if (actionKey == NotificationAction::acknowledgeKey()) {
        if (AlertPopup *p = popup(alertId)) {
            p->requestAction(api::AlertAction::Acknowledge); // shows progress and errors
        } else {
            m_data.alertAction(alertId, api::AlertAction::Acknowledge);
        }
    }
}

void AlertCenter::raisePopup(qint64 alertId)
{
    if (AlertPopup *p = popup(alertId)) {
        p->showNormal();
        p->raise();
        p->activateWindow();
    }
}

void AlertCenter::actionFinished(qint64 alertId, api::AlertAction action, bool ok,
                                 const QString &message)
{
    if (AlertPopup *p = popup(alertId)) {
        p->actionFinished(action, ok, message);
    }
}

} // namespace deskside::ui

#pragma once

#include "AlertSamples.h"
#include "notify/Notifier.h"
#include "window/DeskData.h"

#include <QDebug>

// A desk with alerts in memory that records the alert actions asked of it.
class FakeAlertDesk final : public deskside::ui::DeskData
{
public:
    struct Call
    {
        qint64 alertId;
        deskside::api::AlertAction action;
    };

    explicit FakeAlertDesk(QString login = QStringLiteral("sam"))
        : m_login(std::move(login))
    {}

    QString login() const override { return m_login; }
    deskside::api::TicketAudience audience() const override
    {
        return deskside::api::TicketAudience::Staff;
    }
    QString accountLabel() const override { return m_login; }
    QList<deskside::sync::QueueRow> queueRows() const override { return {}; }
    std::optional<deskside::api::TicketDocument> ticket(qint64) const override { return {}; }
    int pendingEditsFor(qint64) const override { return 0; }
    bool edit(deskside::sync::OutboxEdit::Kind, qint64, const QJsonObject &, QString *) override
    {
        return false;
    }
    void syncNow() override {}
    void resolveConflict(qint64, bool) override {}
    Connection connection() const override { return Connection::Online; }
    int pendingEdits() const override { return 0; }
    QDateTime lastSync() const override { return {}; }

    QList<deskside::api::AlertRecord> alerts() const override { return m_alerts; }
    void alertAction(qint64 alertId, deskside::api::AlertAction action) override
    {
        calls.append({alertId, action});
    }
    void requestSchedules() override { ++scheduleRequests; }

    // Replaces the alerts (decoded from samples) and says so.
    void setAlerts(const QList<alertsamples::Sample> &samples)
    {
        m_alerts.clear();
        for (const alertsamples::Sample &sample : samples) {
            auto decoded = deskside::api::alertFromJson(alertsamples::alert(sample));
            if (!decoded) {
                qWarning() << decoded.error().message;
                continue;
            }
            m_alerts.append(decoded.value());
        }
        Q_EMIT alertsChanged();
    }

    QList<Call> calls;
    int scheduleRequests = 0;

private:
    QString m_login;
    QList<deskside::api::AlertRecord> m_alerts;
};

// A Notifier that remembers what it was asked to show and withdraw.
class FakeNotifier final : public deskside::ui::Notifier
{
public:
    using Notifier::Notifier;

    void show(const deskside::ui::DesktopNotification &notification) override
    {
        shown.append(notification);
    }
    void withdraw(const QString &id) override { withdrawn.append(id); }
    QString backendName() const override { return QStringLiteral("fake"); }

    // As if the person pressed a button of the notification.
    void invoke(const QString &id, const QString &actionKey)
    {
        Q_EMIT actionInvoked(id, actionKey);
    }

    QList<deskside::ui::DesktopNotification> shown;
    QStringList withdrawn;
};

inline alertsamples::Sample
alertSample(qint64 id, const QString &severity = QStringLiteral("critical"),
            QStringList notified = {QStringLiteral("sam"), QStringLiteral("maria")})
{
    alertsamples::Sample sample;
    sample.id = id;
    sample.severity = severity;
    sample.notified = std::move(notified);
    sample.summary = QStringLiteral("alert %1").arg(id);
    return sample;
}

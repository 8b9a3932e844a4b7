#pragma once

#include "api/AlertJson.h"
#include "api/AlertRequests.h"
#include "api/TicketJson.h"
#include "sync/Outbox.h"
#include "sync/QueueRow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

#include <optional>

namespace deskside::ui {

// What the main window needs from one signed-in account: the cached tickets, a way to
// make edits (saved locally first, then sent), and the state of the connection.
// CacheDeskData implements it on the cache, outbox and sync engine; tests may fake it.
class DeskData : public QObject
{
    Q_OBJECT

public:
    enum class Connection
    {
        Offline,
        Connecting,
        Syncing,
        Online
    };
    Q_ENUM(Connection)

    using QObject::QObject;

    virtual QString login() const = 0;
    virtual api::TicketAudience audience() const = 0;
    virtual QString accountLabel() const = 0;

    virtual QList<sync::QueueRow> queueRows() const = 0;
    virtual std::optional<api::TicketDocument> ticket(qint64 id) const = 0;
    virtual int pendingEditsFor(qint64 ticketId) const = 0;

    // Writes the edit durably, then sends it; false with a message when it could not
    // even be saved locally.
    virtual bool edit(sync::OutboxEdit::Kind kind, qint64 ticketId, const QJsonObject &body,
                      QString *error) = 0;
    virtual void syncNow() = 0;
    // After a conflict: send the same change on top of the server's version, or drop it.
    virtual void resolveConflict(qint64 editId, bool applyOnCurrent) = 0;

    virtual Connection connection() const = 0;
    virtual int pendingEdits() const = 0;
    virtual QDateTime lastSync() const = 0;

    // On-call. The defaults have no alerts and fail every request, so fakes of the
    // ticket side need not implement them.
    // The cached alerts (open ones first, then recently resolved ones).
    virtual QList<api::AlertRecord> alerts() const { return {}; }
    // Acknowledge, resolve or escalate now: sent at once (not through the outbox) with
    // an Idempotency-Key; ends in exactly one alertActionFinished.
    virtual void alertAction(qint64 alertId, api::AlertAction action)
    {
        Q_EMIT alertActionFinished(alertId, action, false, tr("Alerts are not available here."));
    }
    // GET /api/v1/schedules: ends in schedulesLoaded or schedulesFailed.
    virtual void requestSchedules()
    {
        Q_EMIT schedulesFailed(tr("Schedules are not available here."));
    }
    // Whether the signed-in person may add and remove overrides (a manager or an admin).
    // A desk that does not know the role answers for all staff and lets the server decide.
    virtual bool mayEditOverrides() const { return false; }
    // POST /api/v1/schedules/{schedule}/overrides: person covers [from, to). Ends in
    // exactly one overrideFinished; on success the schedules are requested again.
    virtual void addOverride(const QString &scheduleId, const QString &person,
                             const QDateTime &from, const QDateTime &to, const QString &reason)
    {
        Q_UNUSED(scheduleId)
        Q_UNUSED(person)
        Q_UNUSED(from)
        Q_UNUSED(to)
        Q_UNUSED(reason)
        Q_EMIT overrideFinished(false, tr("Overrides cannot be edited here."));
    }
    // DELETE /api/v1/schedules/{schedule}/overrides/{id}: as addOverride.
    virtual void removeOverride(const QString &scheduleId, qint64 overrideId)
    {
        Q_UNUSED(scheduleId)
        Q_UNUSED(overrideId)
        Q_EMIT overrideFinished(false, tr("Overrides cannot be edited here."));
    }

Q_SIGNALS:
    void rowsChanged();
    void connectionChanged();
    void pendingEditsChanged();
    void lastSyncChanged();
    // Bootstrap progress; total 0 when unknown.
    void progress(qint64 received, qint64 total);
    // The server changed the ticket since the edit was made (412).
    void conflict(const deskside::sync::OutboxEdit &edit, const QJsonObject &serverTicket);
    // The server refused an edit (e.g. 422); it stays visible with the reason.
    void editRejected(const deskside::sync::OutboxEdit &edit, const QString &reason);
    // An alert is new or changed (by anyone): read alerts() again.
    void alertsChanged();
    // A notification for this user, seen for the first time.
    void notificationReceived(const deskside::api::UserNotification &notification);
    // The end of alertAction(); message says why it failed (empty on success).
    void alertActionFinished(qint64 alertId, deskside::api::AlertAction action, bool ok,
                             const QString &message);
    // The "schedules" array of GET /api/v1/schedules.
    void schedulesLoaded(const QJsonArray &schedules);
    void schedulesFailed(const QString &message);
    // The end of addOverride() or removeOverride(); message says why it failed (empty on
    // success).
    void overrideFinished(bool ok, const QString &message);
};

} // namespace deskside::ui

#pragma once

#include "api/TicketJson.h"
#include "sync/Outbox.h"
#include "sync/QueueRow.h"

#include <QDateTime>
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
};

} // namespace deskside::ui

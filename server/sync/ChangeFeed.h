#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace deskside::server {

class Database;

// One row of the change feed: an entity that changed, in server sequence order.
struct ChangeEntry
{
    qint64 seq = 0;
    QString entity; // "ticket", "sla_event", "alert", "notification"
    qint64 entityId = 0;
    QString kind; // "upsert", "delete", "event"
    QJsonObject payload;
    // Who may learn of it: a requester's e-mail (the customer and staff), "login:<login>"
    // (that one user only), or empty for staff only.
    QString audience;
};

// The server-wide change feed (DESIGN.md section 4). Rows are written inside the
// transaction of the change; on PostgreSQL writers serialise on an advisory lock so
// sequence numbers become visible in order and a reader's cursor never skips a row.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);

    Result<qint64> record(const QString &entity, qint64 entityId, const QString &kind,
                          const QString &audience, qint64 now, const QJsonObject &payload = {});
    Result<QList<ChangeEntry>> after(qint64 cursor, int limit) const;
    Result<qint64> head() const;

Q_SIGNALS:
    // After the change is recorded (delivered queued, so after the transaction commits
    // on this server). Other servers learn through PostgreSQL NOTIFY.
    void recorded(const deskside::server::ChangeEntry &entry);

private:
    Database &m_db;
};

} // namespace deskside::server

Q_DECLARE_METATYPE(deskside::server::ChangeEntry)

#include "sync/ChangeFeed.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace deskside::server {

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<ChangeEntry>();
}

Result<qint64> ChangeFeed::record(const QString &entity, qint64 entityId, const QString &kind,
                                  const QString &audience, qint64 now, const QJsonObject &payload)
{
    if (m_db.isPostgres()) {
        if (auto locked = m_db.exec(u"SELECT pg_advisory_xact_lock(4712)"_s); !locked) {
            return locked.error();
        }
    }
    const QString text =
        payload.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto seq =
        m_db.scalar(u"INSERT INTO changes (entity, entity_id, kind, payload, at)"
                    " VALUES (?, ?, ?, ?, ?) RETURNING seq"_s,
                    {entity, entityId, kind, text.isEmpty() ? QVariant() : QVariant(text), now});
    if (!seq) {
        return seq.error();
    }
    const ChangeEntry entry{seq.value().toLongLong(), entity, entityId, kind, payload, audience};
    if (m_db.isPostgres()) {
        // Delivered to every listening server when the transaction commits.
        const QJsonObject note{{u"seq"_s, entry.seq},
                               {u"entity"_s, entity},
                               {u"id"_s, entityId},
                               {u"audience"_s, audience}};
        if (auto notified =
                m_db.exec(u"SELECT pg_notify('deskside_changes', ?)"_s,
                          {QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))});
            !notified) {
            return notified.error();
        }
    }
    QMetaObject::invokeMethod(
        this, [this, entry]() { Q_EMIT recorded(entry); }, Qt::QueuedConnection);
    return entry.seq;
}

Result<QList<ChangeEntry>> ChangeFeed::after(qint64 cursor, int limit) const
{
    auto query = m_db.exec(u"SELECT seq, entity, entity_id, kind, payload FROM changes"
                           " WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                           {cursor, limit});
    if (!query) {
        return query.error();
    }
    QList<ChangeEntry> entries;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        entries.append({row.value(0).toLongLong(),
                        row.value(1).toString(),
                        row.value(2).toLongLong(),
                        row.value(3).toString(),
                        QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object(),
                        {}});
    }
    return entries;
}

Result<qint64> ChangeFeed::head() const
{
    auto seq = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s);
    if (!seq) {
        return seq.error();
    }
    return seq.value().toLongLong();
}

} // namespace deskside::server

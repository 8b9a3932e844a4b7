#include "sync/IdempotencyStore.h"

#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

Result<std::optional<IdempotencyStore::Stored>> IdempotencyStore::find(const QString &caller,
                                                                       const QString &key) const
{
    auto query = m_db.exec(u"SELECT request_hash, status, content_type, etag, body FROM idempotency"
                           " WHERE user_key = ? AND idem_key = ?"_s,
                           {caller, key});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<Stored>();
    }
    const QSqlQuery &row = query.value();
    Stored stored;
    stored.requestHash = row.value(0).toString().toLatin1();
    stored.response.status = row.value(1).toInt();
    stored.response.contentType = row.value(2).toString().toLatin1();
    if (const QString etag = row.value(3).toString(); !etag.isEmpty()) {
        stored.response.headers.append({"ETag", etag.toLatin1()});
    }
    stored.response.body = row.value(4).toString().toUtf8();
    return std::optional<Stored>(stored);
}

Status IdempotencyStore::save(const QString &caller, const QString &key,
                              const QByteArray &requestHash, const ApiResponse &response,
                              qint64 now)
{
    // A bodiless answer (204) stores NULL body and content type.
    auto done = m_db.exec(
        u"INSERT INTO idempotency (user_key, idem_key, request_hash, status,"
        " content_type, etag, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {caller, key, QString::fromLatin1(requestHash), response.status,
         QString::fromLatin1(response.contentType), QString::fromLatin1(response.header("ETag")),
         QString::fromUtf8(response.body), now});
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace deskside::server

#include "ingest/IntegrationStore.h"

#include "auth/SecretToken.h"
#include "db/Database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

bool IntegrationStore::isKind(const QString &kind)
{
    return kind == u"alertmanager"_s || kind == u"generic"_s;
}

Result<QByteArray> IntegrationStore::add(const QString &kind, const QString &name, qint64 now)
{
    if (!isKind(kind)) {
        return makeError(u"kind"_s,
                         u"unknown integration kind '%1' (alertmanager or generic)"_s.arg(kind));
    }
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!valid.match(name).hasMatch()) {
        return makeError(u"name"_s, u"an integration name is 1 to 64 letters, digits, '.', '_' "
                                    "or '-', not '%1'"_s.arg(name));
    }
    auto taken = m_db.scalar(u"SELECT COUNT(*) FROM integrations WHERE name = ?"_s, {name});
    if (!taken) {
        return taken.error();
    }
    if (taken->toLongLong() > 0) {
        return makeError(u"name_taken"_s, u"an integration named '%1' already exists"_s.arg(name));
    }
    const QByteArray token = SecretToken::generate();
    auto inserted = m_db.exec(u"INSERT INTO integrations (kind, name, token_hash, created_at)"
                              " VALUES (?, ?, ?, ?)"_s,
                              {kind, name, SecretToken::hash(token), now});
    if (!inserted) {
        return inserted.error();
    }
    return token;
}

Result<QList<IntegrationStore::Integration>> IntegrationStore::list() const
{
    auto query =
        m_db.exec(u"SELECT id, kind, name, disabled, created_at FROM integrations ORDER BY name"_s);
    if (!query) {
        return query.error();
    }
    QSqlQuery &rows = query.value();
    QList<Integration> all;
    while (rows.next()) {
        all.append({rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                    rows.value(3).toInt() != 0, rows.value(4).toLongLong()});
    }
    return all;
}

Result<QString> IntegrationStore::authenticate(const QString &kind, const QByteArray &token) const
{
    const Error unauthorized = makeError(
        u"unauthorized"_s, u"send 'Authorization: Bearer TOKEN' with the token of an enabled %1 "
                           "integration (deskside-server integration add)"_s.arg(kind));
    if (token.isEmpty() || token.size() > 200) {
        return unauthorized;
    }
    auto query = m_db.exec(u"SELECT kind, name, disabled FROM integrations WHERE token_hash = ?"_s,
                           {SecretToken::hash(token)});
    if (!query) {
        return query.error();
    }
    QSqlQuery &row = query.value();
    if (!row.next() || row.value(2).toInt() != 0) {
        return unauthorized;
    }
    if (row.value(0).toString() != kind) {
        return makeError(u"wrong_kind"_s,
                         u"this token belongs to a %1 integration; it may not post %2 alerts"_s.arg(
                             row.value(0).toString(), kind));
    }
    return row.value(1).toString();
}

} // namespace deskside::server

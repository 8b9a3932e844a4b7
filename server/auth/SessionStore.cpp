#include "auth/SessionStore.h"

#include "auth/UserStore.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<QByteArray> SessionStore::create(qint64 userId, qint64 now)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray token =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto done =
        m_db.exec(u"INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?, ?, ?)"_s,
                  {tokenHash(token), userId, now});
    if (!done) {
        return done.error();
    }
    return token;
}

std::optional<AuthUser> SessionStore::userForToken(const QByteArray &token) const
{
    if (token.isEmpty() || token.size() > 200) {
        return std::nullopt;
    }
    auto query = m_db.exec(u"SELECT "_s + UserStore::columns() +
                               u" FROM sessions s JOIN users u ON u.id = s.user_id"
                               " WHERE s.token_hash = ? AND u.disabled = 0"_s,
                           {tokenHash(token)});
    if (!query || !query.value().next()) {
        return std::nullopt;
    }
    return UserStore::fromRow(query.value());
}

Status SessionStore::revoke(const QByteArray &token)
{
    auto done = m_db.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {tokenHash(token)});
    if (!done) {
        return done.error();
    }
    return {};
}

Status SessionStore::revokeAllFor(qint64 userId)
{
    auto done = m_db.exec(u"DELETE FROM sessions WHERE user_id = ?"_s, {userId});
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace deskside::server

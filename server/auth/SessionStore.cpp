#include "auth/SessionStore.h"

#include "auth/SecretToken.h"
#include "auth/UserStore.h"
#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

Result<QByteArray> SessionStore::create(qint64 userId, qint64 now)
{
    const QByteArray token = SecretToken::generate();
    auto done =
        m_db.exec(u"INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?, ?, ?)"_s,
                  {SecretToken::hash(token), userId, now});
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
                           {SecretToken::hash(token)});
    if (!query || !query.value().next()) {
        return std::nullopt;
    }
    return UserStore::fromRow(query.value());
}

Status SessionStore::revoke(const QByteArray &token)
{
    auto done =
        m_db.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {SecretToken::hash(token)});
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

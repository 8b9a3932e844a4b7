#pragma once

#include "auth/AuthUser.h"
#include "base/Result.h"

#include <optional>

namespace deskside::server {

class Database;

// Bearer tokens: random 256-bit values handed out once; only their SHA-256 is stored,
// so a database leak gives no usable token. Revoked by deleting the row.
class SessionStore
{
public:
    explicit SessionStore(Database &db)
        : m_db(db)
    {}

    Result<QByteArray> create(qint64 userId, qint64 now);
    std::optional<AuthUser> userForToken(const QByteArray &token) const;
    Status revoke(const QByteArray &token);
    Status revokeAllFor(qint64 userId);

private:
    Database &m_db;
};

} // namespace deskside::server

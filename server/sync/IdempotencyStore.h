#pragma once

#include "base/Result.h"
#include "http/ApiResponse.h"

#include <optional>

namespace deskside::server {

class Database;

// The first answer to each (caller, Idempotency-Key), so a replay returns it unchanged.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &db)
        : m_db(db)
    {}

    struct Stored
    {
        QByteArray requestHash;
        ApiResponse response;
    };

    Result<std::optional<Stored>> find(const QString &caller, const QString &key) const;
    Status save(const QString &caller, const QString &key, const QByteArray &requestHash,
                const ApiResponse &response, qint64 now);

private:
    Database &m_db;
};

} // namespace deskside::server

#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace deskside::server {

class Database;

// Monitors allowed to post alerts (the integrations table): each has a kind
// ("alertmanager" or "generic"), a unique name and a bearer token of which only the
// SHA-256 hash is stored.
class IntegrationStore
{
public:
    struct Integration
    {
        qint64 id = 0;
        QString kind;
        QString name;
        bool disabled = false;
        qint64 createdAt = 0;
    };

    explicit IntegrationStore(Database &db)
        : m_db(db)
    {}

    static bool isKind(const QString &kind);

    // Adds an integration; returns its token, which is not stored and cannot be shown
    // again. Errors: "kind", "name", "name_taken", or a storage error.
    Result<QByteArray> add(const QString &kind, const QString &name, qint64 now);
    Result<QList<Integration>> list() const;
    // The name of the enabled integration of this kind holding the token. Errors:
    // "unauthorized" (unknown or disabled token), "wrong_kind" (a token of another kind).
    Result<QString> authenticate(const QString &kind, const QByteArray &token) const;

private:
    Database &m_db;
};

} // namespace deskside::server

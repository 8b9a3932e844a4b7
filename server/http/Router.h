#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace deskside::server {

// Who may call a route at all; finer checks (ownership, fields) live in the routes.
enum class Access
{
    Public,
    SignedIn,
    Staff,
    Manager,
    Admin
};

using Handler = std::function<ApiResponse(ApiRequest &)>;

struct Route
{
    QString method;
    QString pattern; // "/api/v1/tickets/{id}/priority"
    Access access = Access::SignedIn;
    // Creates or mutates: runs in one transaction with its Idempotency-Key record.
    bool mutation = false;
    // Whether a missing Idempotency-Key is refused (clients must send one).
    bool requiresIdempotencyKey = false;
    Handler handler;
    // The handler checks the Bearer token itself (an integration's, not a session's).
    bool authenticatesItself = false;
};

// Maps method + path to a route; {name} segments capture path parameters.
// Parameters named "id" or ending in "_id" must be positive integers.
class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; // some route has this path, with another method
    };
    Match match(const QString &method, const QString &path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace deskside::server

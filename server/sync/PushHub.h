#pragma once

#include "auth/AuthUser.h"
#include "base/Result.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class QHttpServer;
class QWebSocket;

namespace deskside::server {

class ChangeListener;
struct ChangeEntry;
struct ServerContext;

// Push (DESIGN.md section 4): WebSocket clients at /api/v1/stream get small pokes,
// {"cursor": N}, when the change feed grows with something they may see; they then
// pull GET /api/v1/changes. A client authenticates with "Authorization: Bearer TOKEN"
// on the upgrade request or with {"token": "TOKEN"} as its first message, and then
// receives the feed head once. Pokes are coalesced for a few milliseconds and a client
// is never poked twice for the same cursor. On PostgreSQL the hub also LISTENs for the
// changes other servers record on the same database.
class PushHub : public QObject
{
    Q_OBJECT

public:
    static constexpr auto path = "/api/v1/stream";

    explicit PushHub(const ServerContext &context, QObject *parent = nullptr);
    ~PushHub() override;

    // Routes /api/v1/stream on the HTTP server, takes its WebSocket connections and,
    // on PostgreSQL, starts listening for other servers' changes.
    Status start(QHttpServer &http);

    void setAuthTimeout(std::chrono::milliseconds timeout) { m_authTimeout = timeout; }
    void setCoalescing(std::chrono::milliseconds delay) { m_flush.setInterval(delay); }
    // Connected WebSockets, signed in or still within their time to sign in.
    qsizetype clientCount() const { return m_clients.size(); }

    // Whether a user may learn that this entity changed: a notification (audience
    // "login:<login>") only its one user; otherwise staff see everything and a
    // customer sees changes of tickets requested from their verified address.
    static bool mayLearnOf(const AuthUser &user, const QString &entity, const QString &audience);

private:
    struct Client
    {
        std::optional<AuthUser> user;
        qint64 sent = 0;    // the highest cursor sent
        qint64 pending = 0; // the highest cursor waiting for the next flush
    };

    void acceptPending(QHttpServer &http);
    void accept(QWebSocket *socket);
    void received(QWebSocket *socket, const QString &message);
    void authenticate(QWebSocket *socket, const QByteArray &token);
    void refuse(QWebSocket *socket, const QString &reason);
    void poke(const ChangeEntry &entry);
    void flush();

    const ServerContext &m_context;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_flush;
    std::chrono::milliseconds m_authTimeout{10000};
    std::unique_ptr<ChangeListener> m_listener;
};

} // namespace deskside::server

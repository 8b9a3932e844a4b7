#include "sync/PushHub.h"

#include "ServerContext.h"
#include "auth/SessionStore.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "http/HttpBridge.h"
#include "sync/ChangeFeed.h"
#include "sync/ChangeListener.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

constexpr qint64 maxIncomingMessage = 4096;   // a token message, with room to spare
constexpr std::chrono::seconds closeGrace{5}; // a peer that ignores our close frame

QString cursorMessage(qint64 cursor)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"cursor"_s, cursor}}).toJson(QJsonDocument::Compact));
}

} // namespace

PushHub::PushHub(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(std::chrono::milliseconds(20));
    connect(&m_flush, &QTimer::timeout, this, &PushHub::flush);
    connect(m_context.feed, &ChangeFeed::recorded, this, &PushHub::poke);
}

PushHub::~PushHub()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"the server is shutting down"_s);
        delete socket;
    }
}

Status PushHub::start(QHttpServer &http)
{
    routeWebSocket(http, QString::fromLatin1(path), this,
                   [](const QHttpServerRequest &, QHttpServerResponder &responder) {
                       sendResponse(
                           ApiResponse::problem(
                               426, u"%1 is a WebSocket: connect with 'Upgrade: websocket'"_s.arg(
                                        QString::fromLatin1(path)))
                               .withHeader("Upgrade", "websocket"),
                           responder);
                   });
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this,
            [this, &http] { acceptPending(http); });
    if (!m_context.db->isPostgres()) {
        return {};
    }
    auto listener = ChangeListener::start(*m_context.db);
    if (!listener) {
        return listener.error();
    }
    m_listener = std::move(listener.value());
    connect(m_listener.get(), &ChangeListener::recorded, this, &PushHub::poke);
    return {};
}

bool PushHub::mayLearnOf(const AuthUser &user, const QString &entity, const QString &audience)
{
    if (entity == u"notification"_s) {
        return audience == u"login:"_s + user.login; // only the user it names, staff or not
    }
    if (user.isStaff()) {
        return true;
    }
    return entity == u"ticket"_s && !audience.isEmpty() && user.owns(audience);
}

void PushHub::acceptPending(QHttpServer &http)
{
    while (http.hasPendingWebSocketConnections()) {
        if (std::unique_ptr<QWebSocket> socket = http.nextPendingWebSocketConnection()) {
            accept(socket.release());
        }
    }
}

void PushHub::accept(QWebSocket *socket)
{
    socket->setParent(this); // owned from here on; deleted once disconnected
    socket->setMaxAllowedIncomingMessageSize(maxIncomingMessage);
    socket->setMaxAllowedIncomingFrameSize(maxIncomingMessage);
    m_clients.insert(socket, {});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { received(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket] { received(socket, {}); });
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    if (authorization.startsWith("Bearer ")) {
        // Queued: closing the socket inside the handshake's own signal upsets QWebSocketServer.
        QMetaObject::invokeMethod(
            socket,
            [this, socket, token = authorization.mid(7).trimmed()] { authenticate(socket, token); },
            Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(m_authTimeout, socket, [this, socket] {
        const auto found = m_clients.constFind(socket);
        if (found != m_clients.cend() && !found->user) {
            refuse(socket, u"no session token within %1 ms; send {\"token\": \"...\"} first"_s.arg(
                               m_authTimeout.count()));
        }
    });
}

void PushHub::received(QWebSocket *socket, const QString &message)
{
    const auto found = m_clients.constFind(socket);
    if (found == m_clients.cend() || found->user) {
        return; // signed in: the stream only speaks to the client
    }
    const QString token =
        QJsonDocument::fromJson(message.toUtf8()).object().value(u"token"_s).toString();
    if (token.isEmpty()) {
        refuse(socket, u"send {\"token\": \"<session token>\"} as the first message"_s);
        return;
    }
    authenticate(socket, token.toLatin1());
}

void PushHub::authenticate(QWebSocket *socket, const QByteArray &token)
{
    const std::optional<AuthUser> user = m_context.sessions->userForToken(token);
    if (!user) {
        refuse(socket,
               u"the session token is not valid (expired, revoked or mistyped); sign in again"_s);
        return;
    }
    const auto head = m_context.feed->head();
    if (!head) {
        qCWarning(lcServerHttp) << "stream: cannot read the feed head:" << head.error().message;
        socket->close(QWebSocketProtocol::CloseCodeBadOperation,
                      u"the server cannot read its change feed; retry later"_s);
        return;
    }
    Client &client = m_clients[socket];
    client.user = user;
    client.sent = std::max(client.sent, head.value());
    socket->sendTextMessage(cursorMessage(client.sent));
    qCDebug(lcServerHttp) << "stream: signed in" << user->login << "at cursor" << client.sent;
}

void PushHub::refuse(QWebSocket *socket, const QString &reason)
{
    qCInfo(lcServerHttp) << "stream: refused" << socket->peerAddress().toString() << reason;
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    QTimer::singleShot(closeGrace, socket, &QWebSocket::abort);
}

void PushHub::poke(const ChangeEntry &entry)
{
    bool waiting = false;
    for (Client &client : m_clients) {
        if (client.user && entry.seq > std::max(client.sent, client.pending) &&
            mayLearnOf(*client.user, entry.entity, entry.audience)) {
            client.pending = entry.seq;
            waiting = true;
        }
    }
    if (waiting && !m_flush.isActive()) {
        m_flush.start();
    }
}

void PushHub::flush()
{
    QList<std::pair<QWebSocket *, qint64>> due;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->pending > it->sent) {
            it->sent = it->pending;
            due.append({it.key(), it->sent});
        }
    }
    for (const auto &[socket, cursor] : due) {
        if (m_clients.contains(socket)) {
            socket->sendTextMessage(cursorMessage(cursor));
        }
    }
}

} // namespace deskside::server

#include "sync/PushChannel.h"

#include "base/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace deskside::sync {

PushChannel::PushChannel(QObject *parent)
    : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &PushChannel::connectNow);
}

PushChannel::~PushChannel()
{
    discardSocket();
}

QUrl PushChannel::streamUrlFor(const QUrl &apiBaseUrl)
{
    QUrl url = apiBaseUrl;
    url.setScheme(apiBaseUrl.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    QString prefix = apiBaseUrl.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + u"/api/v1/stream"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void PushChannel::open(const QUrl &streamUrl, const QByteArray &token)
{
    close();
    m_url = streamUrl;
    m_token = token;
    m_open = true;
    m_backoff.reset();
    connectNow();
}

void PushChannel::close()
{
    m_open = false;
    m_reconnect.stop();
    discardSocket();
    setConnected(false);
}

void PushChannel::discardSocket()
{
    if (!m_socket) {
        return;
    }
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void PushChannel::connectNow()
{
    discardSocket();
    if (!m_open) {
        return;
    }
    m_attemptError.clear();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, QString::fromLatin1(m_token)}})
                                  .toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &PushChannel::received);
    // Recorded, never ignored: the handshake then fails and errorOccurred follows.
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors) {
            reasons.append(error.errorString());
        }
        m_attemptError =
            tr("The secure connection to %1 failed: %2").arg(m_url.host(), reasons.join(u"; "_s));
    });
    // Qt 6.4 names it error(); errorOccurred() arrives in 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket] { dropped(socket->errorString()); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const QString reason = socket->closeReason();
        dropped(reason.isEmpty() ? tr("the server closed the stream") : reason);
        if (!reason.isEmpty() && m_open) {
            m_lastError = reason; // the server's own words beat a socket error
        }
    });
    socket->open(m_url);
}

void PushChannel::received(const QString &message)
{
    const QJsonValue cursor = QJsonDocument::fromJson(message.toUtf8()).object().value(u"cursor"_s);
    if (!cursor.isDouble() || cursor.toInteger(-1) < 0) {
        qCWarning(lcSync) << "stream: ignored a message without a cursor";
        return;
    }
    if (!m_connected) {
        m_backoff.reset(); // signed in: the next drop starts from a short wait again
        m_lastError.clear();
        setConnected(true);
    }
    Q_EMIT poked(cursor.toInteger());
}

void PushChannel::dropped(const QString &reason)
{
    if (!m_open || m_reconnect.isActive()) {
        return; // closed on purpose, or already waiting to reconnect
    }
    m_lastError = m_attemptError.isEmpty() ? reason : m_attemptError;
    setConnected(false);
    const auto delay = m_backoff.next();
    qCInfo(lcSync) << "stream:" << reason << "- reconnecting in" << delay.count() << "ms";
    m_reconnect.start(delay);
}

void PushChannel::setConnected(bool connected)
{
    if (m_connected == connected) {
        return;
    }
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace deskside::sync

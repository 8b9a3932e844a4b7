#include "StreamClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

StreamClient::StreamClient(const QUrl &httpBase)
    : m_url(httpBase)
    , m_messages(&m_socket, &QWebSocket::textMessageReceived)
    , m_closed(&m_socket, &QWebSocket::disconnected)
{
    m_url.setScheme(u"ws"_s);
    m_url.setPath(u"/api/v1/stream"_s);
}

bool StreamClient::connectWith(const QByteArray &token, bool viaHeader)
{
    QNetworkRequest request(m_url);
    if (viaHeader && !token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(request);
    if (!connected.wait(5000)) {
        return false;
    }
    if (!viaHeader && !token.isEmpty()) {
        const QJsonObject message{{u"token"_s, QString::fromLatin1(token)}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    return true;
}

qint64 StreamClient::open(const QByteArray &token, bool viaHeader)
{
    return connectWith(token, viaHeader) ? nextCursor() : -1;
}

qint64 StreamClient::nextCursor(std::chrono::milliseconds timeout)
{
    if (m_read >= m_messages.size() && !m_messages.wait(int(timeout.count()))) {
        return -1;
    }
    const QString text = m_messages.at(m_read++).at(0).toString();
    const QJsonValue cursor = QJsonDocument::fromJson(text.toUtf8()).object().value(u"cursor"_s);
    return cursor.isDouble() ? cursor.toInteger() : -1;
}

bool StreamClient::waitClosed(std::chrono::milliseconds timeout)
{
    return !m_closed.isEmpty() || m_closed.wait(int(timeout.count()));
}

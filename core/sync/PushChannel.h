#pragma once

#include "sync/Backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace deskside::sync {

// The server's pokes over WebSocket /api/v1/stream: sends {"token": ...} first, then
// reads {"cursor": N} messages (the first is the feed head). Reconnects with backoff
// whenever the stream drops, until close(). Certificate errors fail the connection.
class PushChannel : public QObject
{
    Q_OBJECT

public:
    explicit PushChannel(QObject *parent = nullptr);
    ~PushChannel() override;

    // ws(s)://host[:port]/<prefix>/api/v1/stream for an http(s) API base URL.
    static QUrl streamUrlFor(const QUrl &apiBaseUrl);

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void open(const QUrl &streamUrl, const QByteArray &token);
    void close();

    // Signed in on the stream (the server has sent its first cursor).
    bool isConnected() const { return m_connected; }
    // Why the last connection failed or closed, for people; empty when none did.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void poked(qint64 cursor);
    void connectedChanged(bool connected);

private:
    void connectNow();
    void received(const QString &message);
    void dropped(const QString &reason);
    void setConnected(bool connected);
    void discardSocket();

    QUrl m_url;
    QByteArray m_token;
    Backoff m_backoff;
    QTimer m_reconnect;
    QPointer<QWebSocket> m_socket;
    bool m_open = false;
    bool m_connected = false;
    QString m_lastError;
    QString m_attemptError; // certificate problems of the attempt under way
};

} // namespace deskside::sync

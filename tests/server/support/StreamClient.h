#pragma once

#include <QSignalSpy>
#include <QUrl>
#include <QWebSocket>

#include <chrono>

// A test client of /api/v1/stream that reads the cursors it is poked with.
class StreamClient
{
public:
    explicit StreamClient(const QUrl &httpBase);

    // Connects and sends the token: on the upgrade's Authorization header (viaHeader)
    // or as the first message; an empty token sends none. False when not connected.
    bool connectWith(const QByteArray &token, bool viaHeader = true);
    // connectWith() and the first cursor (the feed head), or -1.
    qint64 open(const QByteArray &token, bool viaHeader = true);
    // The next poke's cursor, or -1 when none arrives within the timeout.
    qint64 nextCursor(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool waitClosed(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    QWebSocket &socket() { return m_socket; }

private:
    QUrl m_url;
    QWebSocket m_socket;
    QSignalSpy m_messages;
    QSignalSpy m_closed;
    qsizetype m_read = 0;
};

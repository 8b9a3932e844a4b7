#pragma once

#include <QByteArray>
#include <QMutex>
#include <QStringList>
#include <QThread>

#include <memory>

class QTcpServer;

// A tiny HTTP server on 127.0.0.1 in its own thread (the in-process server fetches
// synchronously from its event loop): answers every GET with 200 and `body`, and
// records the connections and request targets it saw.
class LoopbackHttpServer
{
public:
    explicit LoopbackHttpServer(QByteArray body = "<ConfirmSubscriptionResponse/>");
    ~LoopbackHttpServer();

    bool start();
    quint16 port() const { return m_port; }
    QString url(const QString &path) const;
    QStringList requests() const; // "GET /path?query" per request
    int connections() const;      // TCP connections accepted (HTTP or not)

private:
    void serve(QTcpServer &server);

    QByteArray m_body;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
    int m_connections = 0;
};

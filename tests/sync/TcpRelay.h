#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

// A TCP relay in front of a server on 127.0.0.1, forwarding both ways. It can lose
// answers: the server gets the request, the client sees the connection dropped.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const;
    // The next `count` answers from the server are dropped with their connections.
    void dropAnswers(int count) { m_toDrop = count; }
    int droppedAnswers() const { return m_dropped; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_targetPort;
    int m_toDrop = 0;
    int m_dropped = 0;
};

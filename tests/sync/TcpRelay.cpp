#include "TcpRelay.h"

#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

QUrl TcpRelay::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        QPointer<QTcpSocket> down(client);
        QPointer<QTcpSocket> up(upstream);
        const auto closeBoth = [down, up] {
            for (const QPointer<QTcpSocket> &socket : {down, up}) {
                if (socket) {
                    socket->disconnect();
                    socket->abort();
                    socket->deleteLater();
                }
            }
        };
        connect(client, &QTcpSocket::readyRead, upstream, [down, up] {
            if (up->state() == QAbstractSocket::ConnectedState) {
                up->write(down->readAll());
            }
        });
        connect(upstream, &QTcpSocket::connected, client, [down, up] {
            up->write(down->readAll()); // what arrived before the upstream was ready
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, down, up, closeBoth] {
            const QByteArray answer = up->readAll();
            if (m_toDrop > 0) {
                --m_toDrop;
                ++m_dropped;
                closeBoth();
                return;
            }
            down->write(answer);
        });
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

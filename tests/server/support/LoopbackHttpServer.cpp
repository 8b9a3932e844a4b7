#include "LoopbackHttpServer.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

LoopbackHttpServer::LoopbackHttpServer(QByteArray body)
    : m_body(std::move(body))
{}

LoopbackHttpServer::~LoopbackHttpServer()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool LoopbackHttpServer::start()
{
    m_thread.start();
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        worker,
        [this, worker] {
            m_server = new QTcpServer;
            if (m_server->listen(QHostAddress::LocalHost, 0)) {
                m_port = m_server->serverPort();
            }
            QObject::connect(m_server, &QTcpServer::newConnection, m_server,
                             [this] { serve(*m_server); });
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void LoopbackHttpServer::serve(QTcpServer &server)
{
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
        }
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
            socket->setProperty("seen", seen);
            if (!seen.contains("\r\n\r\n")) {
                return;
            }
            const QList<QByteArray> requestLine = seen.left(seen.indexOf("\r\n")).split(' ');
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(
                    QString::fromLatin1(requestLine.value(0) + ' ' + requestLine.value(1)));
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                          m_body);
            socket->disconnectFromHost();
        });
    }
}

QString LoopbackHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

QStringList LoopbackHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int LoopbackHttpServer::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

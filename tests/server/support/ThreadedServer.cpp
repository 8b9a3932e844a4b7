#include "ThreadedServer.h"

ThreadedServer::ThreadedServer(const QString &databaseUrl, const QDateTime &start)
    : m_fixture(databaseUrl, start)
{
    m_thread.start();
    m_anchor.moveToThread(&m_thread);
}

ThreadedServer::~ThreadedServer()
{
    run([this] { m_fixture.stop(); });
    m_thread.quit();
    m_thread.wait();
}

bool ThreadedServer::start()
{
    bool started = false;
    run([&] { started = m_fixture.start(); });
    return started;
}

void ThreadedServer::run(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
}

void ThreadedServer::post(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(&m_anchor, work, Qt::QueuedConnection);
}

#pragma once

#include "ServerFixture.h"

#include <QObject>
#include <QThread>

#include <functional>

// A server on a thread of its own, as if it were another process on the same
// database: its work runs at the same time as that of the test thread's server.
class ThreadedServer
{
public:
    ThreadedServer(const QString &databaseUrl, const QDateTime &start);
    ~ThreadedServer();

    // Starts the server on its thread; false (with a QWARN) when it could not.
    bool start();
    QUrl baseUrl() const { return m_fixture.baseUrl(); }
    // Runs `work` on the server's thread and waits for it.
    void run(const std::function<void()> &work);
    // Runs `work` on the server's thread without waiting for it.
    void post(const std::function<void()> &work);
    // Only to be used from work running on the server's thread.
    ServerFixture &fixture() { return m_fixture; }

private:
    ServerFixture m_fixture;
    QThread m_thread;
    QObject m_anchor;
};

#pragma once

#include "Server.h"
#include "TestHttp.h"
#include "auth/AuthUser.h"
#include "base/Clock.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// An in-process deskside-server on 127.0.0.1 (port 0) with a fresh database: a SQLite
// file in a temporary directory, or, when DESKSIDE_TEST_BACKEND=postgresql, a new
// database on the cluster named by DESKSIDE_TEST_PG_URL.
class ServerFixture
{
public:
    explicit ServerFixture(QDateTime start = QDateTime(QDate(2026, 3, 9), QTime(15, 0),
                                                       QTimeZone::utc()));
    // Another server on an existing database (servers sharing one PostgreSQL database).
    ServerFixture(QString databaseUrl, QDateTime start);
    ~ServerFixture();

    // Starts the server; false (with a QWARN) when it could not.
    bool start(deskside::server::ServerOptions options = {});
    void stop();
    // samePort: listen on the port of the last start (clients keep their base URL).
    bool restart(bool samePort = false);

    QUrl baseUrl() const;
    TestHttp client() const { return TestHttp(baseUrl()); }
    // A client signed in as a new user with this role (password "password-<login>").
    TestHttp signedIn(const QString &login, deskside::server::Role role, const QString &email = {});
    void addUser(const QString &login, deskside::server::Role role, const QString &email = {});

    deskside::FakeClock &clock() { return m_clock; }
    deskside::server::Server &server() { return *m_server; }
    const deskside::server::ServerContext &context() const { return m_server->context(); }
    QString databaseUrl() const { return m_databaseUrl; }
    static bool usesPostgres();

private:
    deskside::FakeClock m_clock;
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    deskside::server::ServerOptions m_options;
    std::unique_ptr<deskside::server::Server> m_server;
    quint16 m_port = 0;          // of the last successful start
    quint16 m_preferredPort = 0; // 0: any free port
};

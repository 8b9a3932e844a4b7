#include "ServerFixture.h"

#include "auth/UserStore.h"
#include "db/Database.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace deskside::server;

bool ServerFixture::usesPostgres()
{
    return qEnvironmentVariable("DESKSIDE_TEST_BACKEND") == u"postgresql"_s;
}

ServerFixture::ServerFixture(QDateTime start)
    : m_clock(start)
{
    if (!usesPostgres()) {
        m_databaseUrl = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
        return;
    }
    const QString admin = qEnvironmentVariable("DESKSIDE_TEST_PG_URL");
    const QString name = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(20);
    auto db = Database::open(admin);
    if (!db || !db.value()->exec(u"CREATE DATABASE "_s + name)) {
        qWarning("cannot create a test database on %s", qPrintable(admin));
        return;
    }
    QUrl url(admin);
    url.setPath(u"/"_s + name);
    m_databaseUrl = url.toString();
}

ServerFixture::ServerFixture(QString databaseUrl, QDateTime start)
    : m_clock(std::move(start))
    , m_databaseUrl(std::move(databaseUrl))
{}

ServerFixture::~ServerFixture()
{
    stop();
}

bool ServerFixture::start(ServerOptions options)
{
    if (m_databaseUrl.isEmpty()) {
        qWarning("no test database: the server is not started");
        return false;
    }
    options.address = QHostAddress::LocalHost;
    options.port = m_preferredPort;
    options.database = m_databaseUrl;
    options.passwordIterations = 1000; // fast tests; production uses the default
    if (options.limits.requestsPerMinute == PipelineLimits{}.requestsPerMinute) {
        options.limits.requestsPerMinute = 0;
    }
    m_options = options;
    m_server = std::make_unique<Server>(m_clock);
    const auto started = m_server->start(options);
    if (!started) {
        qWarning("server did not start: %s", qPrintable(started.error().message));
        m_server.reset();
        return false;
    }
    m_port = m_server->port();
    return true;
}

void ServerFixture::stop()
{
    m_server.reset();
}

bool ServerFixture::restart(bool samePort)
{
    stop();
    m_preferredPort = samePort ? m_port : 0;
    const bool started = start(m_options);
    m_preferredPort = 0;
    return started;
}

QUrl ServerFixture::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server ? m_server->port() : 0));
}

void ServerFixture::addUser(const QString &login, Role role, const QString &email)
{
    UserStore users(*context().db, PasswordHasher(1000));
    const auto added = users.add({login, email.isEmpty() ? login + u"@example.com"_s : email, login,
                                  role, u"password-"_s + login},
                                 m_clock.now().toSecsSinceEpoch());
    if (!added) {
        qWarning("cannot add %s: %s", qPrintable(login), qPrintable(added.error().message));
    }
}

TestHttp ServerFixture::signedIn(const QString &login, Role role, const QString &email)
{
    addUser(login, role, email);
    TestHttp http = client();
    http.signIn(login, u"password-"_s + login);
    return http;
}

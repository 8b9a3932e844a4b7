#include "KeyringTestSupport.h"
#include "ServerFixture.h"
#include "account/AccountList.h"
#include "account/CredentialStore.h"
#include "account/SessionClient.h"
#include "account/SessionManager.h"

#include <QSettings>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::account;
using deskside::server::Role;

namespace {

// The client side as the app wires it, on a settings file of the test's own.
struct Client
{
    Client(const QString &settingsFile, const Clock *clock)
        : settings(settingsFile, QSettings::IniFormat)
        , accounts(&settings)
        , manager(&accounts, &credentials, &client, clock)
    {}
    QSettings settings;
    AccountList accounts;
    CredentialStore credentials;
    SessionClient client;
    SessionManager manager;
};

// The one final signal of a SessionManager operation.
struct Outcome
{
    QString signal;
    Account account;
    QString token;
    Error error;
    QString reason;
};

Outcome waitForOutcome(SessionManager &manager, const std::function<void()> &operation)
{
    Outcome outcome;
    int finals = 0;
    QObject context;
    const auto onSession = [&](const QString &name) {
        return [&, name](const Account &account, const QString &token) {
            ++finals;
            outcome = {name, account, token, {}, {}};
        };
    };
    QObject::connect(&manager, &SessionManager::signedIn, &context, onSession(u"signedIn"_s));
    QObject::connect(&manager, &SessionManager::restored, &context, onSession(u"restored"_s));
    QObject::connect(&manager, &SessionManager::signInFailed, &context, [&](const Error &error) {
        ++finals;
        outcome = {u"signInFailed"_s, {}, {}, error, {}};
    });
    QObject::connect(&manager, &SessionManager::needsSignIn, &context, [&](const QString &reason) {
        ++finals;
        outcome = {u"needsSignIn"_s, {}, {}, {}, reason};
    });
    QObject::connect(&manager, &SessionManager::signedOut, &context, [&] {
        ++finals;
        outcome = {u"signedOut"_s, {}, {}, {}, {}};
    });
    operation();
    if (!QTest::qWaitFor([&] { return finals > 0; }, 60000)) {
        outcome.signal = u"(none)"_s;
    }
    // Let anything queued behind the final signal run: a second final signal would show here.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    if (finals > 1) {
        outcome.signal = u"(%1 final signals)"_s.arg(finals);
    }
    return outcome;
}

// Answers every request with an HTML page, like a web server that is not Deskside.
class HtmlServer : public QTcpServer
{
public:
    HtmlServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    if (socket->property("answered").toBool()) {
                        return;
                    }
                    socket->setProperty("answered", true);
                    const QByteArray page = "<html>It works!</html>\n";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                                  QByteArray::number(page.size()) +
                                  "\r\nConnection: close\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

QUrl local(const QString &scheme, quint16 port)
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port));
}

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    HtmlServer m_htmlServer;
    QSslServer m_tlsServer;
    quint16 m_closedPort = 0;
    int m_failureUsers = 0;

    QString settingsFile() const { return m_settingsDir->filePath(u"Deskside.conf"_s); }
    std::unique_ptr<Client> newClient() const
    {
        return std::make_unique<Client>(settingsFile(), &m_server->clock());
    }
    Outcome signIn(Client &client, const QString &login, const QString &password = {}) const
    {
        return waitForOutcome(client.manager, [&] {
            client.manager.signIn(m_server->baseUrl(), login,
                                  password.isEmpty() ? u"password-"_s + login : password);
        });
    }
    Result<QString> keychainToken(Client &client, const QString &accountId) const
    {
        const auto outcome = keyringtest::await<QString>(client.credentials.read(accountId));
        return outcome.result.value_or(makeError(u"no_signal"_s, u"the read never ended"_s));
    }
    int meStatus(const QString &token) const
    {
        TestHttp http = m_server->client();
        http.setToken(token.toLatin1());
        return http.get(u"/api/v1/me"_s).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringtest::insidePrivateKeyring(), keyringtest::needsKeyring);
        m_server = std::make_unique<ServerFixture>();
        QVERIFY(m_server->start());
        QVERIFY(m_htmlServer.listen(QHostAddress::LocalHost));

        QFile certificate(QStringLiteral(DESKSIDE_TEST_DATA "/account/selfsigned.crt"));
        QFile key(QStringLiteral(DESKSIDE_TEST_DATA "/account/selfsigned.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        m_tlsServer.setSslConfiguration(tls);
        QVERIFY(m_tlsServer.listen(QHostAddress::LocalHost));

        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
    }

    void init()
    {
        // Inside the throwaway HOME of scripts/with-keyring, so the scan below covers it.
        m_settingsDir = std::make_unique<QTemporaryDir>(QDir::homePath() + u"/settings-XXXXXX"_s);
        QVERIFY(m_settingsDir->isValid());
    }

    void signInKeepsTheTokenOnlyInTheKeychain()
    {
        m_server->addUser(u"alice"_s, Role::Specialist);
        auto client = newClient();
        const Outcome outcome = signIn(*client, u"alice"_s);
        QCOMPARE(outcome.signal, u"signedIn"_s);
        QVERIFY(!outcome.token.isEmpty());
        QCOMPARE(outcome.account.login, u"alice"_s);
        QCOMPARE(outcome.account.role, u"specialist"_s);
        QCOMPARE(outcome.account.serverUrl, AccountList::normalizedServerUrl(m_server->baseUrl()));
        QCOMPARE(outcome.account.lastUsed, m_server->clock().now());
        QVERIFY(outcome.account.signedIn);
        QCOMPARE(*client->accounts.current(), outcome.account);
        QCOMPARE(client->manager.token(), outcome.token);
        QCOMPARE(meStatus(outcome.token), 200);
        QCOMPARE(keychainToken(*client, outcome.account.id).value(), outcome.token);

        client.reset(); // the settings file is written and closed
        QVERIFY(QFile::exists(settingsFile()));
        const QByteArray token = outcome.token.toUtf8();
        const auto scan = keyringtest::scanFiles(QDir::homePath(), token);
        QVERIFY2(scan.containing.isEmpty(), qPrintable(scan.containing.join(u", "_s)));
        QVERIFY(scan.scanned.contains(settingsFile()));
        QVERIFY(std::any_of(scan.scanned.cbegin(), scan.scanned.cend(),
                            [](const QString &path) { return path.contains(u"/keyrings/"_s); }));

        // The scan does find the token where it is written in plain text.
        QTemporaryDir decoy;
        QFile leak(decoy.filePath(u"leak.ini"_s));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write("token=" + token + '\n');
        leak.close();
        QCOMPARE(keyringtest::scanFiles(decoy.path(), token).containing.size(), 1);
    }

    void restoreGivesTheSameToken()
    {
        m_server->addUser(u"bruno"_s, Role::Specialist);
        const Outcome signedIn = signIn(*newClient(), u"bruno"_s);
        QCOMPARE(signedIn.signal, u"signedIn"_s);

        m_server->clock().advance(3600);
        auto restarted = newClient(); // as at the next start of the app
        const Outcome restored =
            waitForOutcome(restarted->manager, [&] { restarted->manager.restore(); });
        QCOMPARE(restored.signal, u"restored"_s);
        QCOMPARE(restored.token, signedIn.token);
        QCOMPARE(restored.account.id, signedIn.account.id);
        QCOMPARE(restored.account.lastUsed, m_server->clock().now());
        QVERIFY(restarted->manager.isSignedIn());
    }

    void signOutRevokesAndForgetsTheToken()
    {
        m_server->addUser(u"chen"_s, Role::Specialist);
        auto client = newClient();
        const Outcome signedIn = signIn(*client, u"chen"_s);
        QCOMPARE(signedIn.signal, u"signedIn"_s);
        QCOMPARE(meStatus(signedIn.token), 200);

        const Outcome out = waitForOutcome(client->manager, [&] { client->manager.signOut(); });
        QCOMPARE(out.signal, u"signedOut"_s);
        QVERIFY(!client->manager.isSignedIn());
        QCOMPARE(meStatus(signedIn.token), 401);
        QCOMPARE(keychainToken(*client, signedIn.account.id).error().code, u"not_found"_s);
        QVERIFY(!client->accounts.current()->signedIn);

        auto restarted = newClient();
        const Outcome restored =
            waitForOutcome(restarted->manager, [&] { restarted->manager.restore(); });
        QCOMPARE(restored.signal, u"needsSignIn"_s);
        QVERIFY2(restored.reason.contains(u"signed out"_s), qPrintable(restored.reason));
    }

    void restoreWithoutAccountNeedsSignIn()
    {
        auto client = newClient();
        const Outcome restored =
            waitForOutcome(client->manager, [&] { client->manager.restore(); });
        QCOMPARE(restored.signal, u"needsSignIn"_s);
        QVERIFY(!restored.reason.isEmpty());
    }

    void signInFailures_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QUrl server = m_server->baseUrl();
        QTest::addRow("wrong password") << server << u"not-the-password"_s << u"wrong_credentials"_s
                                        << u"the login or password is wrong"_s;
        QTest::addRow("unreachable")
            << local(u"http"_s, m_closedPort) << QString() << u"unreachable"_s
            << u"cannot reach http://127.0.0.1:%1: connection refused"_s.arg(m_closedPort);
        QTest::addRow("https to a plain http port")
            << local(u"https"_s, server.port()) << QString() << u"tls"_s
            << u"secure connection to https://127.0.0.1:%1"_s.arg(server.port());
        QTest::addRow("untrusted certificate")
            << local(u"https"_s, m_tlsServer.serverPort()) << QString() << u"tls_certificate"_s
            << u"self-signed"_s;
        QTest::addRow("not json") << local(u"http"_s, m_htmlServer.serverPort()) << QString()
                                  << u"bad_reply"_s << u"not JSON"_s;
        QTest::addRow("not a server address")
            << QUrl(u"ftp://127.0.0.1/"_s) << QString() << u"invalid_url"_s << u"http://"_s;
    }
    void signInFailures()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, password);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QString login = u"dana%1"_s.arg(++m_failureUsers);
        m_server->addUser(login, Role::Specialist);
        auto client = newClient();
        const Outcome outcome = waitForOutcome(client->manager, [&] {
            client->manager.signIn(url, login,
                                   password.isEmpty() ? u"password-"_s + login : password);
        });
        QCOMPARE(outcome.signal, u"signInFailed"_s);
        QCOMPARE(outcome.error.code, code);
        QVERIFY2(outcome.error.message.contains(message, Qt::CaseInsensitive),
                 qPrintable(outcome.error.message));
        QVERIFY(client->accounts.list().isEmpty());
        QVERIFY(!client->manager.isSignedIn());
    }

    void accountsCanBeSwitched()
    {
        m_server->addUser(u"erin"_s, Role::Specialist);
        m_server->addUser(u"femi"_s, Role::Manager);
        auto client = newClient();
        const Outcome erin = signIn(*client, u"erin"_s);
        const Outcome femi = signIn(*client, u"femi"_s);
        QCOMPARE(erin.signal, u"signedIn"_s);
        QCOMPARE(femi.signal, u"signedIn"_s);
        QVERIFY(erin.account.id != femi.account.id);
        QCOMPARE(client->accounts.list().size(), 2);
        QCOMPARE(client->accounts.current()->id, femi.account.id);
        QCOMPARE(femi.account.role, u"manager"_s);

        const Outcome switched =
            waitForOutcome(client->manager, [&] { client->manager.switchTo(erin.account.id); });
        QCOMPARE(switched.signal, u"restored"_s);
        QCOMPARE(switched.token, erin.token);
        QCOMPARE(client->accounts.current()->id, erin.account.id);
        QCOMPARE(meStatus(erin.token), 200);
        QCOMPARE(meStatus(femi.token), 200);

        // Signing in again as the same user on the same server updates the same account.
        const Outcome again = signIn(*client, u"erin"_s);
        QCOMPARE(again.signal, u"signedIn"_s);
        QCOMPARE(again.account.id, erin.account.id);
        QCOMPARE(client->accounts.list().size(), 2);

        const Outcome unknown =
            waitForOutcome(client->manager, [&] { client->manager.switchTo(u"no-such-id"_s); });
        QCOMPARE(unknown.signal, u"needsSignIn"_s);
        QVERIFY(!client->manager.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"

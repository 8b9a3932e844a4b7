#include "ServerFixture.h"
#include "sync/ApiClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::sync;
using deskside::server::Role;

namespace {

// What a job said when it finished (the job deletes itself afterwards).
struct Outcome
{
    int finishedCount = 0;
    int status = -1;
    bool networkError = false;
    bool cancelled = false;
    QJsonObject json;
    QString errorText;
    int sslErrors = 0;
    std::optional<int> retryAfter;
};

std::shared_ptr<Outcome> watch(ApiJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &ApiJob::finished, job, [job, outcome] {
        ++outcome->finishedCount;
        outcome->status = job->status();
        outcome->networkError = job->isNetworkError();
        outcome->cancelled = job->wasCancelled();
        outcome->json = job->json();
        outcome->errorText = job->errorText();
        outcome->sslErrors = int(job->sslErrors().size());
        outcome->retryAfter = job->retryAfterSeconds();
    });
    return outcome;
}

} // namespace

// ApiClient/ApiJob: one final signal per request, statuses, network failures, timeouts,
// TLS errors reported (never ignored), Retry-After.
class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;
    deskside::FakeClock m_clock{QDateTime(QDate(2026, 3, 11), QTime(15, 0), QTimeZone::utc())};
    QNetworkAccessManager m_network;

    std::unique_ptr<ApiClient> client(const QUrl &base, const QByteArray &token = {})
    {
        auto api = std::make_unique<ApiClient>(m_network, m_clock);
        api->setBaseUrl(base);
        api->setToken(token);
        return api;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void answersWithStatusAndJson_data()
    {
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addRow("feed, signed in") << true << u"/api/v1/changes?cursor=0&limit=5"_s << 200;
        QTest::addRow("feed, no token") << false << u"/api/v1/changes?cursor=0"_s << 401;
        QTest::addRow("bad limit") << true << u"/api/v1/changes?limit=0"_s << 422;
        QTest::addRow("unknown path") << true << u"/api/v1/nothing-here"_s << 404;
    }
    void answersWithStatusAndJson()
    {
        QFETCH(bool, signedIn);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QByteArray token =
            signedIn ? m_fixture->signedIn(u"sam"_s, Role::Specialist).token() : QByteArray();
        auto api = client(m_fixture->baseUrl(), token);
        QSignalSpy started(api.get(), &ApiClient::requestStarted);
        const auto outcome = watch(api->get(path));
        QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toString(), path);
        QCOMPARE(outcome->status, status);
        QVERIFY(!outcome->networkError);
        if (status == 200) {
            QVERIFY(outcome->json.contains(u"next_cursor"_s));
            QVERIFY(outcome->errorText.isEmpty());
        } else {
            QCOMPARE(outcome->errorText, outcome->json.value(u"detail"_s).toString());
            QVERIFY(!outcome->errorText.isEmpty());
        }
    }

    void sendsBodyAndHeaders()
    {
        const TestHttp customer = m_fixture->client();
        const HttpReply created =
            customer.post(u"/api/v1/public/tickets"_s, {{u"email"_s, u"pat@example.org"_s},
                                                        {u"name"_s, u"Pat"_s},
                                                        {u"subject"_s, u"Printer"_s},
                                                        {u"body"_s, u"It jams."_s},
                                                        {u"priority"_s, u"low"_s}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(u"id"_s).toInteger();
        const TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        auto api = client(m_fixture->baseUrl(), sam.token());
        const QString path = u"/api/v1/tickets/%1/messages"_s.arg(id);
        const ApiClient::Headers headers{{"Idempotency-Key", "key-1"}};
        for (int round = 0; round < 2; ++round) { // the same key twice: applied once
            const auto outcome =
                watch(api->send("POST", path, {{u"body"_s, u"Try tray 2."_s}}, headers));
            QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
            QVERIFY2(outcome->status >= 200 && outcome->status < 300,
                     qPrintable(outcome->errorText));
            QCOMPARE(outcome->json.value(u"messages"_s).toArray().size(), 2);
        }
        const HttpReply ticket = sam.get(u"/api/v1/tickets/%1"_s.arg(id));
        QCOMPARE(ticket.json().value(u"messages"_s).toArray().size(), 2);
    }

    void networkFailureEndsOnce()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        auto api = client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const auto outcome = watch(api->get(u"/api/v1/changes"_s));
        QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        QCOMPARE(outcome->status, 0);
        QVERIFY(outcome->networkError);
        QVERIFY2(outcome->errorText.contains(u"refused"_s), qPrintable(outcome->errorText));
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 1);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto api = client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        api->setTimeout(200ms);
        const auto outcome = watch(api->get(u"/api/v1/changes"_s));
        QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        QVERIFY(outcome->networkError);
        QVERIFY2(outcome->errorText.contains(u"did not answer"_s), qPrintable(outcome->errorText));
    }

    void abortEndsOnceAsCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto api = client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        ApiJob *job = api->get(u"/api/v1/changes"_s);
        const auto outcome = watch(job);
        job->abort();
        QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        QVERIFY(outcome->cancelled);
        QVERIFY(!outcome->networkError);
        QCOMPARE(outcome->status, 0);
    }

    void certificateErrorsFailTheRequest()
    {
        QFile certFile(QStringLiteral(DESKSIDE_TEST_DATA "/account/selfsigned.crt"));
        QFile keyFile(QStringLiteral(DESKSIDE_TEST_DATA "/account/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto api = client(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        const auto outcome = watch(api->get(u"/api/v1/changes"_s));
        QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        QCOMPARE(outcome->status, 0);
        QVERIFY(outcome->networkError);
        QVERIFY(outcome->sslErrors > 0);
        QVERIFY2(outcome->errorText.contains(u"secure connection"_s),
                 qPrintable(outcome->errorText));
    }

    void retryAfterFromTheServer()
    {
        m_fixture = std::make_unique<ServerFixture>();
        deskside::server::ServerOptions options;
        options.limits.requestsPerMinute = 6; // one request per 10 s once the bucket is empty
        QVERIFY(m_fixture->start(options));
        auto api = client(m_fixture->baseUrl());
        std::shared_ptr<Outcome> outcome;
        for (int i = 0; i < 7; ++i) {
            outcome = watch(api->get(u"/api/v1/nothing"_s));
            QTRY_COMPARE_WITH_TIMEOUT(outcome->finishedCount, 1, 30000);
        }
        QCOMPARE(outcome->status, 429);
        QCOMPARE(outcome->retryAfter, std::optional<int>(10));
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::addRow("seconds") << "5"_ba << 5;
        QTest::addRow("spaces") << " 12 "_ba << 12;
        QTest::addRow("zero") << "0"_ba << 0;
        QTest::addRow("http date") << "Wed, 11 Mar 2026 15:00:30 GMT"_ba << 30;
        QTest::addRow("date in the past") << "Wed, 11 Mar 2026 14:00:00 GMT"_ba << 0;
        QTest::addRow("negative") << "-3"_ba << -1;
        QTest::addRow("words") << "soon"_ba << -1;
        QTest::addRow("empty") << QByteArray() << -1;
        QTest::addRow("date without zone") << "Wed, 11 Mar 2026 15:00:30"_ba << -1;
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const auto parsed = ApiJob::parseRetryAfter(value, m_clock.now());
        QCOMPARE(parsed.value_or(-1), seconds);
    }

    void joinsPathsUnderTheBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::addRow("root") << u"http://h:8480"_s << u"/api/v1/changes?cursor=3&limit=5"_s
                              << u"http://h:8480/api/v1/changes?cursor=3&limit=5"_s;
        QTest::addRow("prefix") << u"https://h/desk/"_s << u"/api/v1/tickets/7"_s
                                << u"https://h/desk/api/v1/tickets/7"_s;
        QTest::addRow("base query dropped")
            << u"http://h/?x=1"_s << u"/api/v1/session"_s << u"http://h/api/v1/session"_s;
    }
    void joinsPathsUnderTheBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, url);
        QCOMPARE(client(QUrl(base))->urlFor(path).toString(), url);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

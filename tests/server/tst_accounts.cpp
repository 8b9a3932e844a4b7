#include "ServerFixture.h"
#include "db/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

// Sessions, sign-up with e-mail proof, and the pipeline's generic refusals.
class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void signInAndOut()
    {
        m_fixture->addUser(u"sam"_s, Role::Specialist);
        TestHttp http = m_fixture->client();
        const HttpReply wrong = http.signIn(u"sam"_s, u"nope-nope"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.header("Content-Type"), "application/problem+json"_ba);
        QVERIFY(!wrong.json().value(u"detail"_s).toString().isEmpty());

        const HttpReply ok = http.signIn(u"sam"_s, u"password-sam"_s);
        QCOMPARE(ok.status, 201);
        QVERIFY(!http.token().isEmpty());
        QCOMPARE(ok.json().value(u"user"_s).toObject().value(u"role"_s).toString(),
                 u"specialist"_s);
        QCOMPARE(http.get(u"/api/v1/me"_s).json().value(u"login"_s).toString(), u"sam"_s);

        QCOMPARE(http.send("DELETE", u"/api/v1/session"_s, {}).status, 204);
        QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("unknown path") << "GET"_ba << u"/api/v1/nothing"_s << QByteArray() << 404;
        QTest::addRow("wrong method") << "PUT"_ba << u"/api/v1/me"_s << QByteArray() << 405;
        QTest::addRow("not json") << "POST"_ba << u"/api/v1/session"_s << "{nope"_ba << 400;
        QTest::addRow("array body") << "POST"_ba << u"/api/v1/session"_s << "[]"_ba << 400;
        QTest::addRow("missing login")
            << "POST"_ba << u"/api/v1/session"_s << "{\"password\":\"x\"}"_ba << 422;
        QTest::addRow("too large")
            << "POST"_ba << u"/api/v1/session"_s << QByteArray(300 * 1024, 'x') << 413;
        QTest::addRow("no token") << "GET"_ba << u"/api/v1/me"_s << QByteArray() << 401;
    }
    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpReply reply = m_fixture->client().send(method, path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(reply.json().value(u"status"_s).toInt(), status);
        QVERIFY(!reply.json().value(u"detail"_s).toString().isEmpty());
    }

    void badTokenIs401()
    {
        TestHttp http = m_fixture->client();
        http.setToken("forged");
        QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
    }

    void signUpNeedsTheMailedCode()
    {
        TestHttp http = m_fixture->client();
        const HttpReply created =
            http.post(u"/api/v1/signup"_s, {{u"login"_s, u"carol"_s},
                                            {u"email"_s, u"carol@example.org"_s},
                                            {u"name"_s, u"Carol"_s},
                                            {u"password"_s, u"long-enough"_s}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"email_verified"_s).toBool(), false);
        const HttpReply again = http.post(u"/api/v1/signup"_s, {{u"login"_s, u"carol"_s},
                                                                {u"email"_s, u"c@example.org"_s},
                                                                {u"name"_s, u"C"_s},
                                                                {u"password"_s, u"long-enough"_s}});
        QCOMPARE(again.status, 409);

        auto query = m_fixture->context().db->exec(
            u"SELECT body FROM mail_outbox WHERE recipient = 'carol@example.org'"_s);
        QVERIFY(query && query.value().next());
        const QString mail = query.value().value(0).toString();
        const QString code = mail.section(u"code is "_s, 1).left(6);
        QCOMPARE(code.size(), 6);

        http.signIn(u"carol"_s, u"long-enough"_s);
        QCOMPARE(http.mutate(u"/api/v1/signup/verify"_s, {{u"code"_s, u"000000"_s}}).status, 422);
        const HttpReply verified = http.mutate(u"/api/v1/signup/verify"_s, {{u"code"_s, code}});
        QCOMPARE(verified.status, 200);
        QCOMPARE(http.get(u"/api/v1/me"_s).json().value(u"email_verified"_s).toBool(), true);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<ServerFixture>();
        ServerOptions options;
        options.limits.requestsPerMinute = 5;
        QVERIFY(m_fixture->start(options));
        TestHttp http = m_fixture->client();
        int status = 0;
        for (int i = 0; i < 5; ++i) {
            status = http.get(u"/api/v1/me"_s).status;
        }
        QCOMPARE(status, 401);
        const HttpReply limited = http.get(u"/api/v1/me"_s);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

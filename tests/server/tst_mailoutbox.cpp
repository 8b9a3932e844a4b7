#include "ServerFixture.h"
#include "SmtpTestServer.h"
#include "db/Database.h"
#include "mail/MailComposer.h"
#include "mail/MailOutbox.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

// Durable e-mail: the outbox, the mail thread and libcurl against a real SMTP server.
class TestMailOutbox : public QObject
{
    Q_OBJECT

    struct Row
    {
        int attempts = -1;
        qint64 nextAttemptAt = 0;
        QVariant sentAt;
        QString lastError;
    };

    Row row(const QString &subject, const QString &column = u"subject"_s) const
    {
        auto query = m_fixture->context().db->exec(
            u"SELECT attempts, next_attempt_at, sent_at, last_error FROM mail_outbox WHERE "_s +
                column + u" = ?"_s,
            {subject});
        if (!query || !query.value().next()) {
            return {};
        }
        const QSqlQuery &q = query.value();
        return {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2), q.value(3).toString()};
    }
    qint64 now() const { return m_fixture->clock().now().toSecsSinceEpoch(); }
    bool enqueue(const QString &recipient, const QString &subject, const QString &body = u"Hi.\n"_s)
    {
        return m_fixture->context().mail->enqueue(recipient, subject, body, now()).ok();
    }
    bool startServer(const QString &smtpUrl)
    {
        ServerOptions options;
        options.smtpUrl = smtpUrl;
        return m_fixture->start(options);
    }
    // Mail goes out in id order: once a later mail arrived, the pass over earlier ones
    // is over, so their counts are final.
    bool sentinelArrives(int expectedTotal)
    {
        return enqueue(u"sentinel@example.org"_s, u"sentinel"_s) &&
               m_smtp->waitForCount(expectedTotal) && m_smtp->countWithSubject(u"sentinel"_s) == 1;
    }

private Q_SLOTS:
    void init()
    {
        m_smtp = std::make_unique<SmtpTestServer>();
        m_fixture = std::make_unique<ServerFixture>();
    }
    void cleanup()
    {
        m_fixture.reset();
        m_smtp.reset();
    }

    void deliversWellFormedMail_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addRow("ascii") << u"Ticket #42 received"_s << u"Hello,\nwe got your ticket.\n"_s;
        QTest::addRow("utf-8") << u"Réponse à votre demande — 東京 ✓ 😀"_s
                               << u"Grüße aus Zürich,\r\nça va? 😀\n\n-- \nDeskside\n"_s;
        QTest::addRow("long utf-8 subject")
            << u"Ünïcödé prioritäts-änderung "_s.repeated(12).trimmed() << u"é"_s.repeated(1200);
        QTest::addRow("dots and long lines")
            << u"=?not-an-encoded-word?= ."_s
            << u".\n..two dots\n.\n"_s + u"x "_s.repeated(1000) + u"\nend"_s;
    }
    void deliversWellFormedMail()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QVERIFY(m_smtp->start());
        QVERIFY(startServer(m_smtp->url()));
        QVERIFY(enqueue(u"dana@example.org"_s, subject, body));
        QVERIFY(m_smtp->waitForCount(1));

        const ReceivedMail mail = m_smtp->received().constFirst();
        QCOMPARE(mail.mailFrom, u"support@deskside.example"_s);
        QCOMPARE(mail.rcptTo, QStringList{u"dana@example.org"_s});
        QCOMPARE(mail.header(u"From"_s), u"Deskside Support <support@deskside.example>"_s);
        QCOMPARE(mail.header(u"To"_s), u"dana@example.org"_s);
        QCOMPARE(mail.header(u"Subject"_s), subject);
        QCOMPARE(mail.headerCount(u"Subject"_s), 1);
        QCOMPARE(mail.header(u"MIME-Version"_s), u"1.0"_s);
        QVERIFY(mail.raw.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
        QCOMPARE(QDateTime::fromString(mail.header(u"Date"_s), Qt::RFC2822Date),
                 m_fixture->clock().now());
        QVERIFY(QRegularExpression(u"^<[^<>@\\s]+@deskside\\.example>$"_s)
                    .match(mail.header(u"Message-ID"_s))
                    .hasMatch());
        QString expected = body;
        expected.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(mail.body, expected.endsWith(u'\n') ? expected : expected + u'\n');

        QCOMPARE(mail.raw.count('\n'), mail.raw.count("\r\n"));
        for (const QByteArray &line : mail.raw.split('\n')) {
            QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
        }
        QTRY_COMPARE(m_fixture->context().mail->pendingCount().value(), 0); // marked after the 250
        QCOMPARE(row(subject).attempts, 1);
        QCOMPARE(row(subject).sentAt.toLongLong(), now());
    }

    void retriesWithBackoffUntilTheServerIsUp()
    {
        const quint16 port = SmtpTestServer::freePort();
        QVERIFY(startServer(u"smtp://127.0.0.1:%1"_s.arg(port)));
        QVERIFY(enqueue(u"erin@example.org"_s, u"first"_s));
        QTRY_COMPARE(row(u"first"_s).attempts, 1);
        QCOMPARE(row(u"first"_s).nextAttemptAt, now() + 30);
        QVERIFY(row(u"first"_s).sentAt.isNull());
        QVERIFY2(row(u"first"_s).lastError.contains(u"127.0.0.1"_s),
                 qPrintable(row(u"first"_s).lastError));

        m_fixture->clock().advance(30);
        m_fixture->server().wakeMailer();
        QTRY_COMPARE(row(u"first"_s).attempts, 2);
        QCOMPARE(row(u"first"_s).nextAttemptAt, now() + 60);

        QVERIFY(m_smtp->start(port));
        m_fixture->clock().advance(60);
        m_fixture->server().wakeMailer();
        QVERIFY(m_smtp->waitForCount(1));
        QTRY_COMPARE(row(u"first"_s).attempts, 3);
        QCOMPARE(row(u"first"_s).sentAt.toLongLong(), now());
        QVERIFY(row(u"first"_s).lastError.isEmpty());

        m_fixture->clock().advance(3600);
        QVERIFY(sentinelArrives(2));
        QCOMPARE(m_smtp->countWithSubject(u"first"_s), 1);
    }

    void rejectedRecipientKeepsTheServersAnswer()
    {
        QVERIFY(m_smtp->start());
        QVERIFY(startServer(m_smtp->url()));
        QVERIFY(enqueue(u"nobody@example.org"_s, u"lost"_s));
        QTRY_COMPARE(row(u"lost"_s).attempts, 1);
        QVERIFY2(row(u"lost"_s).lastError.contains(u"550"_s), qPrintable(row(u"lost"_s).lastError));
        QCOMPARE(row(u"lost"_s).nextAttemptAt, now() + 30);
        QVERIFY(sentinelArrives(1));
    }

    void restartMidDeliveryDeliversEachOnce_data()
    {
        QTest::addColumn<SmtpTestServer::Delay>("delay");
        QTest::addRow("held at RCPT") << SmtpTestServer::Delay::Recipient;
        QTest::addRow("held at DATA") << SmtpTestServer::Delay::Data;
    }
    void restartMidDeliveryDeliversEachOnce()
    {
        QFETCH(SmtpTestServer::Delay, delay);
        QVERIFY(m_smtp->start(0, delay, 400));
        QVERIFY(startServer(m_smtp->url()));
        constexpr int Count = 5;
        for (int i = 1; i <= Count; ++i) {
            QVERIFY(enqueue(u"mail%1@example.org"_s.arg(i), u"mail %1"_s.arg(i)));
        }
        QVERIFY(m_smtp->waitForCount(1));
        m_fixture->stop();
        QCOMPARE_LT(m_smtp->received().size(), Count);
        QVERIFY(m_fixture->restart());

        QVERIFY(m_smtp->waitForCount(Count));
        QVERIFY(sentinelArrives(Count + 1));
        for (int i = 1; i <= Count; ++i) {
            QCOMPARE(m_smtp->countWithSubject(u"mail %1"_s.arg(i)), 1);
        }
        QTRY_COMPARE(m_fixture->context().mail->pendingCount().value(), 0);
    }

    void refusesHeaderInjection_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("subject");
        QTest::addRow("CRLF in subject") << u"a@example.org"_s << u"Hi\r\nBcc: evil@example.org"_s;
        QTest::addRow("LF in subject") << u"a@example.org"_s << u"Hi\nBcc: evil@example.org"_s;
        QTest::addRow("CRLF in recipient")
            << u"a@example.org\r\nBcc: evil@example.org"_s << u"Hi"_s;
        QTest::addRow("two recipients") << u"a@example.org, evil@example.org"_s << u"Hi"_s;
        QTest::addRow("brackets") << u"a@example.org>"_s << u"Hi"_s;
        QTest::addRow("no domain") << u"a@"_s << u"Hi"_s;
    }
    void refusesHeaderInjection()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, subject);
        QVERIFY(m_smtp->start());
        QVERIFY(startServer(m_smtp->url()));
        QVERIFY(!enqueue(recipient, subject));
        QCOMPARE(m_fixture->context().mail->pendingCount().value(), 0);
        const auto composer = MailComposer::create(u"Support <s@example.org>"_s);
        QVERIFY(composer);
        QVERIFY(
            !composer->compose({1, recipient, subject, u"body"_s, 0}, m_fixture->clock().now()));

        // A row that bypassed enqueue is refused by the sender and recorded, never sent.
        QVERIFY(m_fixture->context().db->exec(
            u"INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
            " VALUES (?, ?, 'injected', ?, ?)"_s,
            {recipient, subject, now(), now()}));
        m_fixture->server().wakeMailer();
        QTRY_COMPARE(row(u"injected"_s, u"body"_s).attempts, 1);
        QVERIFY(!row(u"injected"_s, u"body"_s).lastError.isEmpty());
        QVERIFY(sentinelArrives(1));
        QCOMPARE(m_smtp->received().constFirst().headerCount(u"Bcc"_s), 0);
    }

    void refusesABadSmtpUrl()
    {
        QVERIFY(!startServer(u"http://127.0.0.1:25"_s));
        ServerOptions options;
        options.smtpUrl = u"smtp://127.0.0.1:25"_s;
        options.mailFrom = u"Support <not an address>"_s;
        QVERIFY(!m_fixture->start(options));
    }

    void signUpVerificationMailArrives()
    {
        QVERIFY(m_smtp->start());
        QVERIFY(startServer(m_smtp->url()));
        TestHttp http = m_fixture->client();
        const HttpReply created =
            http.post(u"/api/v1/signup"_s, {{u"login"_s, u"carol"_s},
                                            {u"email"_s, u"carol@example.org"_s},
                                            {u"name"_s, u"Carol"_s},
                                            {u"password"_s, u"long-enough"_s}});
        QCOMPARE(created.status, 201);
        QVERIFY(m_smtp->waitForCount(1));
        const ReceivedMail mail = m_smtp->received().constFirst();
        QCOMPARE(mail.rcptTo, QStringList{u"carol@example.org"_s});
        QCOMPARE(mail.header(u"Subject"_s), u"Your Deskside verification code"_s);
        const auto match = QRegularExpression(u"code is (\\d{6})\\."_s).match(mail.body);
        QVERIFY2(match.hasMatch(), qPrintable(mail.body));

        http.signIn(u"carol"_s, u"long-enough"_s);
        QCOMPARE(http.mutate(u"/api/v1/signup/verify"_s, {{u"code"_s, match.captured(1)}}).status,
                 200);
    }

private:
    std::unique_ptr<SmtpTestServer> m_smtp;
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "tst_mailoutbox.moc"

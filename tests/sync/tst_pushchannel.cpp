#include "ServerFixture.h"
#include "sync/PushChannel.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::sync;
using deskside::server::Role;

// PushChannel against /api/v1/stream: token first, cursors, reconnects after drops.
class TestPushChannel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;

    qint64 submit()
    {
        const HttpReply reply = m_fixture->client().post(u"/api/v1/public/tickets"_s,
                                                         {{u"email"_s, u"pat@example.org"_s},
                                                          {u"name"_s, u"Pat"_s},
                                                          {u"subject"_s, u"VPN drops"_s},
                                                          {u"body"_s, u"Every hour."_s},
                                                          {u"priority"_s, u"medium"_s}});
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }
    qint64 head() const
    {
        const HttpReply page =
            m_fixture->signedIn(u"max"_s, Role::Manager).get(u"/api/v1/changes?limit=5000"_s);
        return page.json().value(u"next_cursor"_s).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void derivesTheStreamUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("stream");
        QTest::addRow("http") << u"http://127.0.0.1:8480"_s
                              << u"ws://127.0.0.1:8480/api/v1/stream"_s;
        QTest::addRow("https") << u"https://desk.example"_s
                               << u"wss://desk.example/api/v1/stream"_s;
        QTest::addRow("prefix") << u"https://h/desk/"_s << u"wss://h/desk/api/v1/stream"_s;
    }
    void derivesTheStreamUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, stream);
        QCOMPARE(PushChannel::streamUrlFor(QUrl(base)).toString(), stream);
    }

    void signsInAndReceivesPokes()
    {
        submit();
        const qint64 start = head();
        const QByteArray token = m_fixture->signedIn(u"sam"_s, Role::Specialist).token();
        PushChannel channel;
        QSignalSpy connected(&channel, &PushChannel::connectedChanged);
        QSignalSpy poked(&channel, &PushChannel::poked);
        channel.open(PushChannel::streamUrlFor(m_fixture->baseUrl()), token);
        QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), 30000);
        QCOMPARE(connected.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(poked.size(), 1, 30000);
        QCOMPARE(poked.first().first().toLongLong(), start); // the feed head first
        QVERIFY(submit() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(poked.size() >= 2, 30000);
        QVERIFY(poked.last().first().toLongLong() > start);
        channel.close();
        QVERIFY(!channel.isConnected());
        QCOMPARE(connected.size(), 2);
    }

    void refusedTokenIsNotConnected()
    {
        PushChannel channel;
        channel.setBackoff(Backoff(20ms, 50ms, 1));
        QSignalSpy poked(&channel, &PushChannel::poked);
        channel.open(PushChannel::streamUrlFor(m_fixture->baseUrl()), "not-a-token");
        QTRY_VERIFY_WITH_TIMEOUT(channel.lastError().contains(u"sign in again"_s), 30000);
        QVERIFY(!channel.isConnected());
        QCOMPARE(poked.size(), 0);
    }

    void reconnectsAfterTheServerComesBack()
    {
        const QByteArray token = m_fixture->signedIn(u"sam"_s, Role::Specialist).token();
        PushChannel channel;
        channel.setBackoff(Backoff(20ms, 50ms, 2));
        QSignalSpy connected(&channel, &PushChannel::connectedChanged);
        channel.open(PushChannel::streamUrlFor(m_fixture->baseUrl()), token);
        QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), 30000);
        m_fixture->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!channel.isConnected(), 30000);
        QVERIFY(!channel.lastError().isEmpty());
        QVERIFY(m_fixture->restart(true));
        QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), 30000);
        QCOMPARE(connected.size(), 3); // up, down, up again
    }

    void unreachableStreamKeepsRetrying()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(closed.serverPort()));
        closed.close();
        PushChannel channel;
        channel.setBackoff(Backoff(20ms, 50ms, 3));
        channel.open(url, "token");
        QTRY_VERIFY_WITH_TIMEOUT(!channel.lastError().isEmpty(), 30000);
        QVERIFY(!channel.isConnected());
        QVERIFY(closed.listen(QHostAddress::LocalHost, url.port())); // a retry arrives
        QTRY_VERIFY_WITH_TIMEOUT(closed.hasPendingConnections(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestPushChannel)
#include "tst_pushchannel.moc"

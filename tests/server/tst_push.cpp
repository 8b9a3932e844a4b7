#include "ServerFixture.h"
#include "StreamClient.h"
#include "auth/UserStore.h"
#include "db/Database.h"
#include "sync/ChangeFeed.h"
#include "sync/PushHub.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::server;

// Push at /api/v1/stream: who may connect, who is poked for what, coalescing, cleanup.
class TestPush : public QObject
{
    Q_OBJECT

    qint64 submit(const QString &email)
    {
        const HttpReply reply = m_fixture->client().post(
            u"/api/v1/public/tickets"_s, {{u"email"_s, email},
                                          {u"name"_s, u"Pat Customer"_s},
                                          {u"subject"_s, u"Orders do not sync"_s},
                                          {u"body"_s, u"No order reaches the warehouse."_s},
                                          {u"priority"_s, u"high"_s}});
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }
    qint64 head() const
    {
        const auto seq = m_fixture->context().feed->head();
        return seq ? seq.value() : -1;
    }
    PushHub &hub() const { return *m_fixture->context().push; }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
        QVERIFY(m_fixture->context().push);
    }
    void cleanup() { m_fixture.reset(); }

    void mayLearnOf_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<bool>("expected");
        const QString carol = u"carol@example.org"_s;
        QTest::addRow("specialist, someone's ticket")
            << Role::Specialist << u"sam@x.example"_s << true << u"ticket"_s << carol << true;
        QTest::addRow("manager, staff-only event")
            << Role::Manager << u"max@x.example"_s << true << u"sla_event"_s << QString() << true;
        QTest::addRow("customer, own ticket")
            << Role::Customer << carol << true << u"ticket"_s << carol << true;
        QTest::addRow("customer, own ticket, other case")
            << Role::Customer << carol << true << u"ticket"_s << u"Carol@Example.ORG"_s << true;
        QTest::addRow("customer, other's ticket")
            << Role::Customer << carol << true << u"ticket"_s << u"dave@example.org"_s << false;
        QTest::addRow("customer, unverified")
            << Role::Customer << carol << false << u"ticket"_s << carol << false;
        QTest::addRow("customer, event about own ticket")
            << Role::Customer << carol << true << u"sla_event"_s << carol << false;
        QTest::addRow("customer without e-mail, no audience")
            << Role::Customer << QString() << true << u"ticket"_s << QString() << false;
    }
    void mayLearnOf()
    {
        QFETCH(Role, role);
        QFETCH(QString, email);
        QFETCH(bool, verified);
        QFETCH(QString, entity);
        QFETCH(QString, audience);
        QFETCH(bool, expected);
        AuthUser user;
        user.role = role;
        user.email = email;
        user.emailVerified = verified;
        QCOMPARE(PushHub::mayLearnOf(user, entity, audience), expected);
    }

    void staffIsPokedAfterPublicSubmission_data()
    {
        QTest::addColumn<bool>("viaHeader");
        QTest::addRow("Authorization header") << true;
        QTest::addRow("first message") << false;
    }
    void staffIsPokedAfterPublicSubmission()
    {
        QFETCH(bool, viaHeader);
        QVERIFY(submit(u"pat@customer.example"_s) > 0);
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        StreamClient stream(m_fixture->baseUrl());
        const qint64 initial = stream.open(sam.token(), viaHeader);
        QCOMPARE(initial, head());
        QVERIFY(initial > 0);
        QVERIFY(submit(u"pat@customer.example"_s) > 0);
        const qint64 poked = stream.nextCursor();
        QVERIFY2(poked > initial, qPrintable(u"poked %1 after %2"_s.arg(poked).arg(initial)));
        QCOMPARE(poked, head());
        // The poke leads to the change in the feed.
        const HttpReply feed = sam.get(u"/api/v1/changes?cursor=%1"_s.arg(initial));
        QCOMPARE(feed.json().value(u"next_cursor"_s).toInteger(), poked);
    }

    void customerIsPokedOnlyForOwnTickets()
    {
        TestHttp carol = m_fixture->signedIn(u"carol"_s, Role::Customer, u"carol@example.org"_s);
        StreamClient stream(m_fixture->baseUrl());
        const qint64 initial = stream.open(carol.token());
        QVERIFY(initial >= 0);
        QVERIFY(submit(u"dave@example.org"_s) > 0);
        QCOMPARE(stream.nextCursor(300ms), -1);
        QVERIFY(submit(u"Carol@example.org"_s) > 0);
        QCOMPARE(stream.nextCursor(), head());
        QCOMPARE(stream.nextCursor(100ms), -1);
    }

    void unverifiedCustomerIsNotPoked()
    {
        TestHttp erin = m_fixture->signedIn(u"erin"_s, Role::Customer, u"erin@example.org"_s);
        UserStore users(*m_fixture->context().db);
        QVERIFY(users.setVerificationCode(users.findByLogin(u"erin"_s)->id, u"123456"_s));
        StreamClient stream(m_fixture->baseUrl());
        QVERIFY(stream.open(erin.token()) >= 0);
        QVERIFY(submit(u"erin@example.org"_s) > 0);
        QCOMPARE(stream.nextCursor(300ms), -1);
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("viaHeader");
        QTest::addColumn<QString>("message"); // sent as is when not empty
        QTest::addColumn<QString>("reason");
        QTest::addRow("unknown token in header")
            << "not-a-token"_ba << true << QString() << u"not valid"_s;
        QTest::addRow("unknown token in message")
            << "not-a-token"_ba << false << QString() << u"not valid"_s;
        QTest::addRow("not JSON") << QByteArray() << false << u"hello"_s << u"first message"_s;
        QTest::addRow("no token field")
            << QByteArray() << false << u"{\"cursor\": 1}"_s << u"first message"_s;
    }
    void badTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, viaHeader);
        QFETCH(QString, message);
        QFETCH(QString, reason);
        StreamClient stream(m_fixture->baseUrl());
        QVERIFY(stream.connectWith(token, viaHeader));
        if (!message.isEmpty()) {
            stream.socket().sendTextMessage(message);
        }
        QVERIFY(stream.waitClosed());
        QCOMPARE(stream.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY2(stream.socket().closeReason().contains(reason),
                 qPrintable(stream.socket().closeReason()));
        QCOMPARE(stream.nextCursor(0ms), -1); // never told the head
        QTRY_COMPARE(hub().clientCount(), 0);
    }

    void silentClientIsClosed()
    {
        hub().setAuthTimeout(100ms);
        StreamClient stream(m_fixture->baseUrl());
        QVERIFY(stream.connectWith({}, false));
        QVERIFY(stream.waitClosed());
        QCOMPARE(stream.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY2(stream.socket().closeReason().contains(u"no session token"_s),
                 qPrintable(stream.socket().closeReason()));
        QTRY_COMPARE(hub().clientCount(), 0);
    }

    void pokesAreCoalescedToTheNewest()
    {
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        StreamClient stream(m_fixture->baseUrl());
        QVERIFY(stream.open(sam.token()) >= 0);
        ChangeFeed &feed = *m_fixture->context().feed;
        qint64 last = 0;
        for (int i = 1; i <= 3; ++i) {
            const auto seq =
                feed.record(u"sla_event"_s, i, u"event"_s, {}, m_fixture->context().nowSecs());
            QVERIFY(seq);
            last = seq.value();
        }
        QCOMPARE(stream.nextCursor(), last);
        // On PostgreSQL the same changes also arrive through LISTEN: no second poke.
        QCOMPARE(stream.nextCursor(300ms), -1);
    }

    void closedClientsAreRemoved()
    {
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        StreamClient first(m_fixture->baseUrl());
        StreamClient second(m_fixture->baseUrl());
        QVERIFY(first.open(sam.token()) >= 0);
        QVERIFY(second.open(sam.token(), false) >= 0);
        QCOMPARE(hub().clientCount(), 2);
        first.socket().close();
        QTRY_COMPARE(hub().clientCount(), 1);
        QVERIFY(submit(u"pat@customer.example"_s) > 0);
        QCOMPARE(second.nextCursor(), head());
    }

    void plainRequestNeedsAnUpgrade()
    {
        const HttpReply reply = m_fixture->client().get(u"/api/v1/stream"_s);
        QCOMPARE(reply.status, 426);
        QCOMPARE(reply.header("Upgrade"), "websocket"_ba);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"

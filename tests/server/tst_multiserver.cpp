#include "ServerFixture.h"
#include "StreamClient.h"
#include "ThreadedServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::server;

namespace {

struct Call
{
    QUrl base;
    QString path;
    QJsonObject body;
    qint64 version = 0; // If-Match when > 0
};

// Sends every call at once and waits for all answers; their statuses, in call order.
QList<int> concurrently(const QList<Call> &calls, const QByteArray &token)
{
    QNetworkAccessManager manager;
    QSignalSpy finished(&manager, &QNetworkAccessManager::finished);
    QList<QNetworkReply *> replies;
    for (const Call &call : calls) {
        QUrl url = call.base;
        url.setPath(call.path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token);
        }
        if (call.version > 0) {
            request.setRawHeader("If-Match", '"' + QByteArray::number(call.version) + '"');
        }
        replies.append(
            manager.post(request, QJsonDocument(call.body).toJson(QJsonDocument::Compact)));
    }
    while (finished.size() < replies.size() && finished.wait(30000)) {
    }
    QList<int> statuses;
    for (QNetworkReply *reply : std::as_const(replies)) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    }
    return statuses;
}

QJsonObject publicTicket(const QString &email)
{
    return {{u"email"_s, email},
            {u"name"_s, u"Pat Customer"_s},
            {u"subject"_s, u"Orders do not sync"_s},
            {u"body"_s, u"No order reaches the warehouse."_s},
            {u"priority"_s, u"medium"_s}};
}

} // namespace

// Two servers on one PostgreSQL database: pokes cross servers through LISTEN/NOTIFY,
// the feed stays in one order, and If-Match holds across servers.
class TestMultiServer : public QObject
{
    Q_OBJECT

    qint64 submitThrough(const QUrl &base, const QString &email)
    {
        const HttpReply reply =
            TestHttp(base).post(u"/api/v1/public/tickets"_s, publicTicket(email));
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ServerFixture::usesPostgres() || qEnvironmentVariableIsEmpty("DESKSIDE_TEST_PG_URL")) {
            QSKIP("needs PostgreSQL: run with scripts/with-postgres and "
                  "DESKSIDE_TEST_BACKEND=postgresql");
        }
    }
    void init()
    {
        m_b = std::make_unique<ServerFixture>();
        QVERIFY(m_b->start());
        m_a = std::make_unique<ThreadedServer>(m_b->databaseUrl(), m_b->clock().now());
        QVERIFY(m_a->start());
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void staffOnBIsPokedByAChange()
    {
        TestHttp sam = m_b->signedIn(u"sam"_s, Role::Specialist);
        StreamClient stream(m_b->baseUrl());
        const qint64 initial = stream.open(sam.token());
        QVERIFY(initial >= 0);
        const qint64 id = submitThrough(m_a->baseUrl(), u"pat@customer.example"_s);
        QVERIFY(id > 0);
        const qint64 poked = stream.nextCursor();
        QVERIFY2(poked > initial, qPrintable(u"poked %1 after %2"_s.arg(poked).arg(initial)));
        const QJsonArray changes = sam.get(u"/api/v1/changes?cursor=%1"_s.arg(initial))
                                       .json()
                                       .value(u"changes"_s)
                                       .toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(u"id"_s).toInteger(), id);
        QCOMPARE(changes.first().toObject().value(u"seq"_s).toInteger(), poked);
    }

    void customerOnBIsPokedOnlyForOwnTickets()
    {
        TestHttp carol = m_b->signedIn(u"carol"_s, Role::Customer, u"carol@example.org"_s);
        StreamClient stream(m_b->baseUrl());
        QVERIFY(stream.open(carol.token()) >= 0);
        QVERIFY(submitThrough(m_a->baseUrl(), u"dave@example.org"_s) > 0);
        QCOMPARE(stream.nextCursor(300ms), -1);
        QVERIFY(submitThrough(m_a->baseUrl(), u"carol@example.org"_s) > 0);
        QVERIFY(stream.nextCursor() > 0);
    }

    void feedOfBOrdersConcurrentChangesOfBoth()
    {
        TestHttp sam = m_b->signedIn(u"sam"_s, Role::Specialist);
        StreamClient stream(m_b->baseUrl());
        QVERIFY(stream.open(sam.token()) >= 0);
        QList<Call> calls;
        for (int i = 0; i < 6; ++i) {
            calls.append({i % 2 ? m_a->baseUrl() : m_b->baseUrl(), u"/api/v1/public/tickets"_s,
                          publicTicket(u"pat%1@customer.example"_s.arg(i))});
        }
        QCOMPARE(concurrently(calls, {}), QList<int>(6, 201));
        const QJsonArray changes =
            sam.get(u"/api/v1/changes?cursor=0"_s).json().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 6);
        qint64 previous = 0;
        for (const QJsonValue &change : changes) {
            const qint64 seq = change.toObject().value(u"seq"_s).toInteger();
            QVERIFY2(seq > previous, qPrintable(u"seq %1 after %2"_s.arg(seq).arg(previous)));
            previous = seq;
        }
        // Pokes rise until they reach the newest change, from whichever server.
        qint64 poked = 0;
        while (poked < previous) {
            const qint64 next = stream.nextCursor();
            QVERIFY2(next > poked, qPrintable(u"poked %1 after %2"_s.arg(next).arg(poked)));
            poked = next;
        }
        QCOMPARE(poked, previous);
    }

    void sameIfMatchThroughBothServersOneWins()
    {
        const qint64 id = submitThrough(m_b->baseUrl(), u"pat@customer.example"_s);
        QVERIFY(id > 0);
        TestHttp sam = m_b->signedIn(u"sam"_s, Role::Specialist);
        m_b->addUser(u"alex"_s, Role::Specialist);
        const QString path = u"/api/v1/tickets/%1/assign"_s.arg(id);
        for (qint64 version = 1; version <= 5; ++version) {
            const QList<int> statuses =
                concurrently({{m_a->baseUrl(), path, {{u"assignee"_s, u"sam"_s}}, version},
                              {m_b->baseUrl(), path, {{u"assignee"_s, u"alex"_s}}, version}},
                             sam.token());
            QCOMPARE(statuses.count(200), 1);
            QCOMPARE(statuses.count(412), 1);
        }
        QCOMPARE(sam.get(u"/api/v1/tickets/%1"_s.arg(id)).json().value(u"version"_s).toInteger(),
                 6);
    }

private:
    std::unique_ptr<ServerFixture> m_b;
    std::unique_ptr<ThreadedServer> m_a;
};

QTEST_GUILESS_MAIN(TestMultiServer)
#include "tst_multiserver.moc"

#include "ServerFixture.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

// Tickets over HTTP: public submission with its acknowledgement, replies, notes,
// priority changes with explanations, ETag/If-Match and Idempotency-Key.
class TestTickets : public QObject
{
    Q_OBJECT

    QJsonObject publicTicket(const QString &email = u"pat@customer.example"_s,
                             const QString &priority = u"high"_s)
    {
        return {{u"email"_s, email},
                {u"name"_s, u"Pat Customer"_s},
                {u"subject"_s, u"Orders do not sync"_s},
                {u"body"_s, u"Since this morning no order reaches the warehouse."_s},
                {u"priority"_s, priority}};
    }

    qint64 submit(const QString &email = u"pat@customer.example"_s)
    {
        const HttpReply reply =
            m_fixture->client().post(u"/api/v1/public/tickets"_s, publicTicket(email));
        return reply.json().value(u"id"_s).toInteger();
    }

    QStringList mailsTo(const QString &recipient)
    {
        QStringList bodies;
        auto query = m_fixture->context().db->exec(
            u"SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id"_s,
            {recipient});
        while (query && query.value().next()) {
            bodies.append(query.value().value(0).toString() + u'\n' +
                          query.value().value(1).toString());
        }
        return bodies;
    }

private Q_SLOTS:
    void init()
    {
        // Friday 2026-03-06 16:00 CST: the DESIGN example.
        m_fixture = std::make_unique<ServerFixture>(
            QDateTime(QDate(2026, 3, 6), QTime(22, 0), QTimeZone::utc()));
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void publicSubmissionIsAcknowledged()
    {
        const HttpReply reply =
            m_fixture->client().post(u"/api/v1/public/tickets"_s, publicTicket());
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.json().value(u"id"_s).toInteger() > 0);
        const QStringList mails = mailsTo(u"pat@customer.example"_s);
        QCOMPARE(mails.size(), 1);
        QVERIFY2(mails.first().contains(u"High priority means significant business impact"_s),
                 qPrintable(mails.first()));
        QVERIFY2(mails.first().contains(u"2 business days"_s), qPrintable(mails.first()));
        QVERIFY2(mails.first().contains(u"Tuesday 10 March 2026, 4:00 PM CDT"_s),
                 qPrintable(mails.first()));
    }

    void publicSubmissionRefusesBadFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("bad email") << u"email"_s << QJsonValue(u"not-an-address"_s);
        QTest::addRow("blank subject") << u"subject"_s << QJsonValue(u"   "_s);
        QTest::addRow("urgent not selectable") << u"priority"_s << QJsonValue(u"urgent"_s);
        QTest::addRow("unknown priority") << u"priority"_s << QJsonValue(u"critical"_s);
        QTest::addRow("body not string") << u"body"_s << QJsonValue(5);
    }
    void publicSubmissionRefusesBadFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = publicTicket();
        body.insert(field, value);
        const HttpReply reply = m_fixture->client().post(u"/api/v1/public/tickets"_s, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"field"_s).toString(), field);
        QVERIFY(mailsTo(u"pat@customer.example"_s).isEmpty());
    }

    void priorityChangeNeedsAnExplanation()
    {
        const qint64 id = submit();
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        const HttpReply read = sam.get(u"/api/v1/tickets/%1"_s.arg(id));
        QCOMPARE(read.status, 200);
        const qint64 version = read.json().value(u"version"_s).toInteger();
        QCOMPARE(read.header("ETag"), '"' + QByteArray::number(version) + '"');

        const QString path = u"/api/v1/tickets/%1/priority"_s.arg(id);
        const HttpReply blank =
            sam.mutate(path, {{u"priority"_s, u"low"_s}, {u"explanation"_s, u"  "_s}}, version);
        QCOMPARE(blank.status, 422);
        QCOMPARE(blank.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(blank.json().value(u"field"_s).toString(), u"explanation"_s);
        const HttpReply missing = sam.mutate(path, {{u"priority"_s, u"low"_s}}, version);
        QCOMPARE(missing.status, 422);
        QCOMPARE(mailsTo(u"pat@customer.example"_s).size(), 1); // only the acknowledgement

        const QString why = u"A workaround exists: orders can be sent by hand."_s;
        const HttpReply changed =
            sam.mutate(path, {{u"priority"_s, u"low"_s}, {u"explanation"_s, why}}, version);
        QCOMPARE(changed.status, 200);
        const QJsonObject ticket = changed.json();
        QCOMPARE(ticket.value(u"priority"_s).toString(), u"low"_s);
        const QJsonArray history = ticket.value(u"priority_changes"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(u"explanation"_s).toString(), why);
        QCOMPARE(history.first().toObject().value(u"by"_s).toString(), u"sam"_s);
        // Low: 8 business days from Fri 16:00 → Wed 2026-03-18 16:00 CDT.
        QCOMPARE(ticket.value(u"sla"_s)
                     .toObject()
                     .value(u"resolve"_s)
                     .toObject()
                     .value(u"due"_s)
                     .toString(),
                 u"2026-03-18T21:00:00+00:00"_s);
        const QStringList mails = mailsTo(u"pat@customer.example"_s);
        QCOMPARE(mails.size(), 2);
        QVERIFY(mails.last().contains(why));
        QVERIFY(mails.last().contains(u"from High to Low"_s));
    }

    void staleIfMatchIs412WithTheCurrentVersion()
    {
        const qint64 id = submit();
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        const QString path = u"/api/v1/tickets/%1/assign"_s.arg(id);
        QCOMPARE(sam.mutate(path, {{u"assignee"_s, u"sam"_s}}, 1).status, 200);
        const HttpReply stale = sam.mutate(path, {{u"assignee"_s, QJsonValue()}}, 1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"assignee"_s).toString(),
                 u"sam"_s);
        QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"version"_s).toInteger(), 2);
        QCOMPARE(sam.mutate(path, {{u"assignee"_s, QJsonValue()}}).status, 428);
    }

    void replayedIdempotencyKeyChangesOnce()
    {
        const qint64 id = submit();
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        const QString path = u"/api/v1/tickets/%1/messages"_s.arg(id);
        const QByteArray body = R"({"body":"We are looking into it."})";
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "reply-1"}};
        const HttpReply first = sam.send("POST", path, body, key);
        QCOMPARE(first.status, 200);
        const HttpReply replay = sam.send("POST", path, body, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), "true"_ba);
        const HttpReply other = sam.send("POST", path, R"({"body":"Something else"})", key);
        QCOMPARE(other.status, 422);
        const QJsonArray messages =
            sam.get(u"/api/v1/tickets/%1"_s.arg(id)).json().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2); // the request and one reply
        QCOMPARE(sam.send("POST", path, body).status, 428);
    }

    void customersSeeOnlyTheirOwnTicketsAndNoNotes()
    {
        const qint64 mine = submit(u"carol@example.org"_s);
        const qint64 theirs = submit(u"dave@example.org"_s);
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        QCOMPARE(sam.mutate(u"/api/v1/tickets/%1/messages"_s.arg(mine),
                            {{u"body"_s, u"Customer seems upset; check the invoice."_s},
                             {u"internal"_s, true}})
                     .status,
                 200);
        TestHttp carol = m_fixture->signedIn(u"carol"_s, Role::Customer, u"carol@example.org"_s);
        QCOMPARE(carol.get(u"/api/v1/tickets/%1"_s.arg(theirs)).status, 404);
        const HttpReply own = carol.get(u"/api/v1/tickets/%1"_s.arg(mine));
        QCOMPARE(own.status, 200);
        QVERIFY(!own.body.contains("invoice"));
        QVERIFY(!own.json().contains(u"assignee"_s));
        const HttpReply list = carol.get(u"/api/v1/tickets"_s);
        QCOMPARE(list.json().value(u"tickets"_s).toArray().size(), 1);
        const HttpReply feed = carol.get(u"/api/v1/changes?cursor=0"_s);
        QCOMPARE(feed.status, 200);
        QVERIFY(!feed.body.contains("invoice"));
        QVERIFY(!feed.body.contains("dave@example.org"));
        QCOMPARE(carol
                     .mutate(u"/api/v1/tickets/%1/messages"_s.arg(mine),
                             {{u"body"_s, u"note"_s}, {u"internal"_s, true}})
                     .status,
                 403);
        QCOMPARE(
            carol.mutate(u"/api/v1/tickets/%1/status"_s.arg(mine), {{u"status"_s, u"closed"_s}}, 2)
                .status,
            403);
    }

    void customerChangesOwnPriorityWithExplanation()
    {
        const qint64 id = submit(u"carol@example.org"_s);
        TestHttp carol = m_fixture->signedIn(u"carol"_s, Role::Customer, u"carol@example.org"_s);
        const QString path = u"/api/v1/tickets/%1/priority"_s.arg(id);
        QCOMPARE(
            carol.mutate(path, {{u"priority"_s, u"urgent"_s}, {u"explanation"_s, u"help"_s}}, 1)
                .status,
            422);
        QCOMPARE(
            carol.mutate(path, {{u"priority"_s, u"medium"_s}, {u"explanation"_s, u""_s}}, 1).status,
            422);
        const HttpReply ok = carol.mutate(
            path, {{u"priority"_s, u"medium"_s}, {u"explanation"_s, u"We found a workaround."_s}},
            1);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"priority"_s).toString(), u"medium"_s);
    }

    void changeFeedPagesInOrder()
    {
        for (int i = 0; i < 5; ++i) {
            submit();
        }
        TestHttp sam = m_fixture->signedIn(u"sam"_s, Role::Specialist);
        const HttpReply first = sam.get(u"/api/v1/changes?cursor=0&limit=3"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"changes"_s).toArray().size(), 3);
        QCOMPARE(first.json().value(u"has_more"_s).toBool(), true);
        const qint64 next = first.json().value(u"next_cursor"_s).toInteger();
        const HttpReply second = sam.get(u"/api/v1/changes?cursor=%1&limit=3"_s.arg(next));
        QCOMPARE(second.json().value(u"changes"_s).toArray().size(), 2);
        QCOMPARE(second.json().value(u"has_more"_s).toBool(), false);
        QVERIFY(second.json()
                    .value(u"changes"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"seq"_s)
                    .toInteger() > next);
        QCOMPARE(sam.get(u"/api/v1/changes?cursor=-1"_s).status, 422);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"

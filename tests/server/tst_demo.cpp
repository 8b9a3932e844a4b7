#include "ServerFixture.h"
#include "auth/UserStore.h"
#include "db/Database.h"
#include "demo/DemoSeeder.h"
#include "sla/SlaClock.h"
#include "tickets/TicketStore.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;

// deskside-server --demo: a demo organisation seeded into an empty database.
class TestDemo : public QObject
{
    Q_OBJECT

    // Monday 2026-03-09 10:00 CDT, the fixture's default.
    static QDateTime monday()
    {
        return QDateTime(QDate(2026, 3, 9), QTime(15, 0), QTimeZone::utc());
    }

    std::unique_ptr<ServerFixture> seeded(const QDateTime &now = monday())
    {
        auto fixture = std::make_unique<ServerFixture>(now);
        ServerOptions options;
        options.demo = true;
        if (!fixture->start(options)) {
            return nullptr;
        }
        return fixture;
    }

    static qint64 count(const ServerFixture &fixture, const QString &sql)
    {
        const auto value = fixture.context().db->scalar(sql);
        return value ? value.value().toLongLong() : -1;
    }

    static QStringList column(const ServerFixture &fixture, const QString &sql)
    {
        QStringList values;
        auto query = fixture.context().db->exec(sql);
        while (query && query.value().next()) {
            values.append(query.value().value(0).toString());
        }
        return values;
    }

    static QList<StoredTicket> allTickets(const ServerFixture &fixture)
    {
        QList<qint64> ids;
        for (const QString &id : column(fixture, u"SELECT id FROM tickets ORDER BY id"_s)) {
            ids.append(id.toLongLong());
        }
        const auto loaded = fixture.context().tickets->loadMany(ids);
        return loaded ? loaded.value().values() : QList<StoredTicket>();
    }

private Q_SLOTS:
    void seedsEveryRole()
    {
        const auto fixture = seeded();
        QVERIFY(fixture);
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM users"_s), 10);
        QCOMPARE(column(*fixture, u"SELECT login FROM users WHERE role = 'admin'"_s),
                 QStringList{u"admin"_s});
        QCOMPARE(column(*fixture, u"SELECT login FROM users WHERE role = 'manager'"_s),
                 QStringList{u"maria"_s});
        QCOMPARE(
            column(*fixture, u"SELECT login FROM users WHERE role = 'specialist' ORDER BY login"_s),
            (QStringList{u"alex"_s, u"casey"_s, u"priya"_s, u"sam"_s}));
        QCOMPARE(
            column(*fixture, u"SELECT login FROM users WHERE role = 'customer' ORDER BY login"_s),
            (QStringList{u"jordan"_s, u"morgan"_s, u"riley"_s, u"taylor"_s}));
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM users WHERE email_verified = 0"_s), 0);
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM mail_outbox"_s), 0);
    }

    void seedsVariedTickets_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addRow("Monday morning") << monday();
        QTest::addRow("Saturday night")
            << QDateTime(QDate(2026, 3, 14), QTime(4, 30), QTimeZone::utc());
        QTest::addRow("after Christmas")
            << QDateTime(QDate(2026, 12, 28), QTime(22, 59), QTimeZone::utc());
    }
    void seedsVariedTickets()
    {
        QFETCH(QDateTime, now);
        const auto fixture = seeded(now);
        QVERIFY(fixture);
        const QList<StoredTicket> tickets = allTickets(*fixture);
        QCOMPARE(tickets.size(), DemoSeeder::ticketCount);
        QVERIFY(tickets.size() >= 300);

        QSet<ticket::Priority> priorities;
        QSet<ticket::TicketStatus> statuses;
        QSet<sla::SlaState> resolveStates;
        QSet<sla::SlaState> respondStates;
        QSet<QString> requesters;
        int notes = 0;
        int priorityChanges = 0;
        QDateTime oldest = now;
        for (const StoredTicket &stored : tickets) {
            const ticket::Ticket &t = stored.ticket;
            priorities.insert(t.priority());
            statuses.insert(t.status());
            requesters.insert(t.requester().email);
            QVERIFY(t.openedAt() <= now);
            oldest = std::min(oldest, t.openedAt());
            for (const ticket::Message &message : t.messages()) {
                QVERIFY(message.at <= now);
                notes += message.internal ? 1 : 0;
            }
            for (const ticket::PriorityChange &change : t.priorityChanges()) {
                QVERIFY(!change.explanation.isEmpty());
                ++priorityChanges;
            }
            if (t.status() == ticket::TicketStatus::WaitingOnEngineering) {
                QVERIFY2(t.tier3Key().startsWith(u"ENG-"_s), qPrintable(t.tier3Key()));
            }
            const sla::SlaSnapshot snapshot =
                fixture->context().sla->evaluate(sla::SlaInput::fromTicket(t), now);
            resolveStates.insert(snapshot.resolve.state);
            respondStates.insert(snapshot.respond.state);
        }
        QCOMPARE(priorities.size(), 4);
        QCOMPARE(statuses.size(), 6);
        QCOMPARE(resolveStates.size(), 5); // on track, warning, breached, paused, met
        QVERIFY(respondStates.contains(sla::SlaState::Breached));
        QVERIFY(respondStates.contains(sla::SlaState::Met));
        QVERIFY(requesters.size() >= 40);
        QVERIFY(notes >= 50);
        QVERIFY(priorityChanges >= 20);
        const qint64 businessAge = fixture->context().sla->calendar().secondsBetween(oldest, now);
        QVERIFY2(businessAge > 25 * 9 * 3600 && businessAge <= 30 * 9 * 3600,
                 qPrintable(oldest.toString()));
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM mail_outbox"_s), 0);
    }

    void sameTextEveryRun()
    {
        const auto first = seeded();
        QVERIFY(first);
        const QString subjects = u"SELECT subject || requester_email FROM tickets ORDER BY id"_s;
        const QStringList expected = column(*first, subjects);
        QCOMPARE(expected.size(), DemoSeeder::ticketCount);
        const auto second = seeded();
        QVERIFY(second);
        QCOMPARE(column(*second, subjects), expected);
    }

    void customerSeesOnlyOwnTickets()
    {
        const auto fixture = seeded();
        QVERIFY(fixture);
        const qint64 own =
            count(*fixture,
                  u"SELECT COUNT(*) FROM tickets WHERE requester_email = 'jordan@acme.example'"_s);
        QVERIFY(own > 0);
        TestHttp jordan = fixture->client();
        QCOMPARE(jordan.signIn(u"jordan"_s, u"deskside-demo"_s).status, 201);
        const QJsonArray list =
            jordan.get(u"/api/v1/tickets?limit=500"_s).json().value(u"tickets"_s).toArray();
        QCOMPARE(list.size(), own);
        for (const QJsonValue &item : list) {
            const qint64 id = item.toObject().value(u"id"_s).toInteger();
            const HttpReply one = jordan.get(u"/api/v1/tickets/%1"_s.arg(id));
            QCOMPARE(one.status, 200);
            QVERIFY(!one.json().contains(u"assignee"_s));
        }
        const qint64 other =
            count(*fixture,
                  u"SELECT MIN(id) FROM tickets WHERE requester_email <> 'jordan@acme.example'"_s);
        QCOMPARE(jordan.get(u"/api/v1/tickets/%1"_s.arg(other)).status, 404);
    }

    void seedingTwiceDoesNotDuplicate()
    {
        const auto fixture = seeded();
        QVERIFY(fixture);
        const QString ticketChanges = u"SELECT COUNT(*) FROM changes WHERE entity = 'ticket'"_s;
        const qint64 changes = count(*fixture, ticketChanges);
        QVERIFY(changes >= DemoSeeder::ticketCount);
        fixture->clock().advance(3600);
        QVERIFY(fixture->restart());
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM users"_s), 10);
        QCOMPARE(count(*fixture, u"SELECT COUNT(*) FROM tickets"_s), DemoSeeder::ticketCount);
        QCOMPARE(count(*fixture, ticketChanges), changes);
    }

    void leavesADatabaseWithUsersAlone()
    {
        ServerFixture fixture(monday());
        QVERIFY(fixture.start());
        fixture.addUser(u"boss"_s, Role::Admin);
        ServerOptions options;
        options.demo = true;
        fixture.stop();
        QVERIFY(fixture.start(options));
        QCOMPARE(count(fixture, u"SELECT COUNT(*) FROM users"_s), 1);
        QCOMPARE(count(fixture, u"SELECT COUNT(*) FROM tickets"_s), 0);
    }

    void documentedPasswordsWork_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("role");
        for (const DemoAccount &account : DemoSeeder::accounts()) {
            QTest::addRow("%s", qPrintable(account.login))
                << account.login << account.password << roleToWire(account.role);
        }
    }
    void documentedPasswordsWork()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, role);
        QCOMPARE(password, login == u"admin"_s ? u"deskside-admin"_s : u"deskside-demo"_s);
        if (!m_shared) {
            m_shared = seeded();
        }
        QVERIFY(m_shared);
        TestHttp http = m_shared->client();
        QCOMPARE(http.signIn(login, u"wrong-password"_s).status, 401);
        const HttpReply reply = http.signIn(login, password);
        QCOMPARE(reply.status, 201);
        QVERIFY(!http.token().isEmpty());
        QCOMPARE(reply.json().value(u"user"_s).toObject().value(u"role"_s).toString(), role);
        const auto user = m_shared->context().users->findByLogin(login);
        QVERIFY(user);
        QCOMPARE(roleToWire(user->role), role);
    }
    void cleanupTestCase() { m_shared.reset(); }

private:
    std::unique_ptr<ServerFixture> m_shared;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

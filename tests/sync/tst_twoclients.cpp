#include "PublicTickets.h"
#include "ServerFixture.h"
#include "SyncHarness.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::sync;
using deskside::server::Role;
using Kind = OutboxEdit::Kind;
using State = SyncEngine::State;

static constexpr int slow = 60000; // generous: CI machines are slow and loaded

// Two desks (two specialists, two caches) on one server: the same ticket edited from
// both, and one desk's edit reaching the other through a push poke.
class TestTwoClients : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<TestHttp> m_manager;

    QJsonObject serverTicket(qint64 id) const
    {
        return m_manager->get(u"/api/v1/tickets/%1"_s.arg(id)).json();
    }
    // Both desks started, bootstrapped and idle.
    static bool bothSynced(SyncHarness &a, SyncHarness &b, int tickets)
    {
        a.engine().start();
        b.engine().start();
        return QTest::qWaitFor(
            [&] {
                const auto idle = [tickets](SyncHarness &desk) {
                    const auto count = desk.cache().ticketCount();
                    return count && count.value() == tickets &&
                           desk.engine().state() == State::Online;
                };
                return idle(a) && idle(b);
            },
            slow);
    }
    // A conflict is settled as the person would: the edit applied on the server's version.
    void applyConflictsOnCurrent(SyncHarness &desk)
    {
        connect(&desk.engine(), &SyncEngine::conflict, this, [&desk](const OutboxEdit &edit) {
            QTimer::singleShot(0, &desk.engine(), [&desk, id = edit.id] {
                QVERIFY(desk.engine().resolveConflict(id, SyncEngine::Resolution::ApplyOnCurrent));
            });
        });
    }
    static bool hasMessage(SyncHarness &desk, qint64 id, const QString &text)
    {
        const auto json = desk.cache().ticketJson(id);
        if (!json || !json.value()) {
            return false;
        }
        const QJsonArray messages = json.value()->value(u"messages"_s).toArray();
        return std::any_of(messages.begin(), messages.end(), [&text](const QJsonValue &message) {
            return message[u"body"_s].toString() == text;
        });
    }
    static QString cachedPriority(SyncHarness &desk, qint64 id)
    {
        const auto json = desk.cache().ticketJson(id);
        return json && json.value() ? json.value()->value(u"priority"_s).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
        m_manager = std::make_unique<TestHttp>(m_fixture->signedIn(u"max"_s, Role::Manager));
        QVERIFY(!m_manager->token().isEmpty());
    }
    void cleanup()
    {
        m_manager.reset();
        m_fixture.reset();
    }

    void samePriorityEditFromTwoClients_data()
    {
        QTest::addColumn<bool>("bOffline");
        QTest::addRow("B offline meanwhile") << true;
        QTest::addRow("both at once") << false;
    }
    void samePriorityEditFromTwoClients()
    {
        QFETCH(bool, bOffline);
        const qint64 id = submitPublicTickets(*m_fixture, 1).value(0);
        SyncHarness a(*m_fixture, u"sam"_s);
        SyncHarness b(*m_fixture, u"kim"_s);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(bothSynced(a, b, 1));
        const qint64 base = a.cachedVersion(id);
        QCOMPARE(b.cachedVersion(id), base);
        applyConflictsOnCurrent(a);
        applyConflictsOnCurrent(b);
        QSignalSpy conflictsA(&a.engine(), &SyncEngine::conflict);
        QSignalSpy conflictsB(&b.engine(), &SyncEngine::conflict);

        const QString whyA = u"The whole floor cannot print."_s;
        const QString whyB = u"Only one printer, and a spare is next door."_s;
        if (bOffline) {
            b.engine().stop(); // B's edit waits in its outbox
        }
        QVERIFY(b.engine().enqueue(Kind::Priority, id, base,
                                   {{u"priority"_s, u"low"_s}, {u"explanation"_s, whyB}}));
        QVERIFY(a.engine().enqueue(Kind::Priority, id, base,
                                   {{u"priority"_s, u"high"_s}, {u"explanation"_s, whyA}}));
        if (bOffline) {
            QTRY_COMPARE_WITH_TIMEOUT(a.engine().pendingCount(), 0, slow);
            b.engine().start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(a.engine().pendingCount() + b.engine().pendingCount(), 0, slow);

        // Exactly one won; the other saw the server's ticket and went on top of it.
        QCOMPARE(conflictsA.size() + conflictsB.size(), 1);
        const bool aWon = conflictsB.size() == 1;
        if (bOffline) {
            QVERIFY(aWon);
        }
        const auto &lost = aWon ? conflictsB : conflictsA;
        const QJsonObject seen = lost.first().at(1).toJsonObject();
        const QString winner = aWon ? u"high"_s : u"low"_s;
        const QString loser = aWon ? u"low"_s : u"high"_s;
        QCOMPARE(seen.value(u"priority"_s).toString(), winner);
        QCOMPARE(seen.value(u"version"_s).toInteger(), base + 1);

        // The server has both changes with their explanations, in order; nothing lost.
        const QJsonObject after = serverTicket(id);
        QCOMPARE(after.value(u"version"_s).toInteger(), base + 2);
        QCOMPARE(after.value(u"priority"_s).toString(), loser);
        const QJsonArray changes = after.value(u"priority_changes"_s).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0][u"explanation"_s].toString(), aWon ? whyA : whyB);
        QCOMPARE(changes[0][u"from"_s].toString(), u"medium"_s);
        QCOMPARE(changes[0][u"to"_s].toString(), winner);
        QCOMPARE(changes[1][u"explanation"_s].toString(), aWon ? whyB : whyA);
        QCOMPARE(changes[1][u"from"_s].toString(), winner);
        QCOMPARE(changes[1][u"to"_s].toString(), loser);

        // Both caches converge on the final version (the winner hears of it by a poke).
        QTRY_COMPARE_WITH_TIMEOUT(a.cachedVersion(id), base + 2, slow);
        QTRY_COMPARE_WITH_TIMEOUT(b.cachedVersion(id), base + 2, slow);
        QCOMPARE(cachedPriority(a, id), loser);
        QCOMPARE(cachedPriority(b, id), loser);
    }

    void replyReachesTheOtherClientByPoke()
    {
        const qint64 id = submitPublicTickets(*m_fixture, 1).value(0);
        SyncHarness a(*m_fixture, u"sam"_s);
        SyncHarness b(*m_fixture, u"kim"_s);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(bothSynced(a, b, 1));
        QTRY_VERIFY_WITH_TIMEOUT(b.engine().isPushConnected(), slow);
        const QString text = u"Please try the printer on the second floor."_s;
        QElapsedTimer latency;
        qint64 arrivedMs = -1;
        connect(&b.engine(), &SyncEngine::ticketsChanged, this, [&] {
            if (arrivedMs < 0 && hasMessage(b, id, text)) {
                arrivedMs = latency.elapsed();
            }
        });
        latency.start();
        QVERIFY(a.engine().enqueue(Kind::Reply, id, a.cachedVersion(id), {{u"body"_s, text}}));
        // B polls once an hour here: only the push poke can bring the reply.
        QTRY_VERIFY_WITH_TIMEOUT(arrivedMs >= 0, slow);
        QVERIFY(hasMessage(b, id, text));
        qInfo("a reply made on A was in B's cache %lld ms later (target < 1 s)", arrivedMs);
        QCOMPARE(b.cachedVersion(id), serverTicket(id).value(u"version"_s).toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(a.cachedVersion(id), b.cachedVersion(id), slow);
    }
};

QTEST_GUILESS_MAIN(TestTwoClients)
#include "tst_twoclients.moc"

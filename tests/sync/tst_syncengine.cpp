#include "ServerFixture.h"
#include "SyncHarness.h"
#include "TcpRelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::sync;
using deskside::server::Role;
using Kind = OutboxEdit::Kind;
using State = SyncEngine::State;

static constexpr int slow = 60000; // generous: CI machines are slow and loaded

// The sync loop against an in-process server: bootstrap, push and polling, offline
// edits delivered exactly once, lost answers, conflicts, Retry-After, cancel.
class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<TestHttp> m_manager; // "another client"

    bool startServer(deskside::server::ServerOptions options = {})
    {
        m_fixture = std::make_unique<ServerFixture>();
        if (!m_fixture->start(options)) {
            return false;
        }
        m_manager = std::make_unique<TestHttp>(m_fixture->signedIn(u"max"_s, Role::Manager));
        return !m_manager->token().isEmpty();
    }
    QList<qint64> submit(int count)
    {
        QList<qint64> ids;
        const TestHttp customer = m_fixture->client();
        for (int i = 0; i < count; ++i) {
            const HttpReply reply = customer.post(
                u"/api/v1/public/tickets"_s, {{u"email"_s, u"pat%1@example.org"_s.arg(i)},
                                              {u"name"_s, u"Pat %1"_s.arg(i)},
                                              {u"subject"_s, u"Laptop %1 will not boot"_s.arg(i)},
                                              {u"body"_s, u"Black screen since Monday."_s},
                                              {u"priority"_s, u"medium"_s}});
            if (reply.status == 201) {
                ids.append(reply.json().value(u"id"_s).toInteger());
            }
        }
        return ids;
    }
    QJsonObject serverTicket(qint64 id) const
    {
        return m_manager->get(u"/api/v1/tickets/%1"_s.arg(id)).json();
    }
    qsizetype messages(qint64 id) const
    {
        return serverTicket(id).value(u"messages"_s).toArray().size();
    }
    qint64 head() const
    {
        return m_manager->get(u"/api/v1/changes?limit=5000"_s)
            .json()
            .value(u"next_cursor"_s)
            .toInteger();
    }
    static int cachedTickets(SyncHarness &desk)
    {
        const auto count = desk.cache().ticketCount();
        return count ? count.value() : -1;
    }
    // Started, bootstrapped and idle.
    static bool synced(SyncHarness &desk, int tickets)
    {
        desk.engine().start();
        return QTest::qWaitFor(
            [&] {
                return cachedTickets(desk) == tickets && desk.engine().state() == State::Online;
            },
            slow);
    }
    static QJsonObject reply(const QString &text) { return {{u"body"_s, text}}; }
    static QJsonObject priority(const QString &to, const QString &why)
    {
        return {{u"priority"_s, to}, {u"explanation"_s, why}};
    }

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup()
    {
        m_manager.reset();
        m_fixture.reset();
    }

    void bootstrapFillsTheCache_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addRow("one page") << 500;
        QTest::addRow("pages of 7") << 7;
    }
    void bootstrapFillsTheCache()
    {
        QFETCH(int, pageSize);
        QCOMPARE(submit(50).size(), 50);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(desk.ok());
        desk.engine().setPageSize(pageSize);
        QSignalSpy progress(&desk.engine(), &SyncEngine::progress);
        QSignalSpy lastSync(&desk.engine(), &SyncEngine::lastSyncChanged);
        QSignalSpy states(&desk.engine(), &SyncEngine::stateChanged);
        QVERIFY(synced(desk, 50));
        QCOMPARE(desk.cache().cursor(), head());
        QVERIFY(lastSync.size() >= 1);
        QCOMPARE(desk.engine().lastSync(), m_fixture->clock().now());
        QCOMPARE(states.first().first().value<State>(), State::Connecting);
        if (pageSize == 500) {
            QCOMPARE(progress.size(), 0);
        } else {
            QVERIFY(progress.size() >= 50 / pageSize);
            QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
            QVERIFY(progress.first().at(0).toLongLong() <= progress.first().at(1).toLongLong());
        }
    }

    void pokeBringsAnotherClientsChange()
    {
        const QList<qint64> ids = submit(3);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 3));
        QTRY_VERIFY_WITH_TIMEOUT(desk.engine().isPushConnected(), slow);
        QSignalSpy changed(&desk.engine(), &SyncEngine::ticketsChanged);
        const qint64 before = desk.cachedVersion(ids[1]);
        QCOMPARE(m_manager
                     ->mutate(u"/api/v1/tickets/%1/messages"_s.arg(ids[1]),
                              reply(u"Hold the power button for 30 s."_s))
                     .status,
                 200);
        // Polling is off (1 h): only the poke can bring it.
        QTRY_VERIFY_WITH_TIMEOUT(desk.cachedVersion(ids[1]) > before, slow);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(desk.cachedVersion(ids[1]), serverTicket(ids[1]).value(u"version"_s).toInteger());
    }

    void pollingWhenTheStreamIsDown()
    {
        const QList<qint64> ids = submit(2);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl deadStream(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(closed.serverPort()));
        closed.close();
        SyncHarness desk(*m_fixture, u"sam"_s);
        desk.engine().setStreamUrl(deadStream);
        desk.engine().setPollInterval(100ms);
        QVERIFY(synced(desk, 2));
        const qint64 before = desk.cachedVersion(ids[0]);
        QCOMPARE(m_manager
                     ->mutate(u"/api/v1/tickets/%1/priority"_s.arg(ids[0]),
                              priority(u"high"_s, u"The CEO's laptop."_s), before)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.cachedVersion(ids[0]), before + 1, slow);
        QVERIFY(!desk.engine().isPushConnected());
    }

    void offlineEditDeliveredOnce()
    {
        const qint64 id = submit(1).value(0);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 1));
        const qsizetype before = messages(id);
        m_fixture->stop();
        const auto edit = desk.engine().enqueue(Kind::Reply, id, desk.cachedVersion(id),
                                                reply(u"Try the recovery key."_s));
        QVERIFY(edit);
        QCOMPARE(desk.engine().pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().state(), State::Offline, slow);
        QVERIFY(m_fixture->restart(true));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().state(), State::Online, slow);
        QCOMPARE(messages(id), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(desk.cachedVersion(id),
                                  serverTicket(id).value(u"version"_s).toInteger(), slow);
    }

    void lostAnswersAppliedOnce()
    {
        const qint64 id = submit(1).value(0);
        TcpRelay relay(quint16(m_fixture->baseUrl().port()));
        QVERIFY(relay.listen());
        SyncHarness desk(*m_fixture, u"sam"_s);
        desk.api().setBaseUrl(relay.url());
        desk.engine().setStreamUrl(PushChannel::streamUrlFor(m_fixture->baseUrl()));
        QVERIFY(synced(desk, 1));
        const qsizetype before = messages(id);
        relay.dropAnswers(4); // the server applies the request; the desk never hears back
        QVERIFY(desk.engine().enqueue(Kind::Reply, id, desk.cachedVersion(id),
                                      reply(u"Sent once, answered late."_s)));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        QCOMPARE(relay.droppedAnswers(), 4);
        QCOMPARE(messages(id), before + 1);
    }

    void conflictShowsTheServersVersion_data()
    {
        QTest::addColumn<SyncEngine::Resolution>("resolution");
        QTest::addRow("apply on current") << SyncEngine::Resolution::ApplyOnCurrent;
        QTest::addRow("discard") << SyncEngine::Resolution::Discard;
    }
    void conflictShowsTheServersVersion()
    {
        QFETCH(SyncEngine::Resolution, resolution);
        const qint64 id = submit(1).value(0);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 1));
        const qint64 base = desk.cachedVersion(id);
        QCOMPARE(m_manager
                     ->mutate(u"/api/v1/tickets/%1/priority"_s.arg(id),
                              priority(u"high"_s, u"Whole office affected."_s), base)
                     .status,
                 200);
        QSignalSpy conflicts(&desk.engine(), &SyncEngine::conflict);
        const auto edit = desk.engine().enqueue(Kind::Priority, id, base,
                                                priority(u"low"_s, u"Only one user."_s));
        QVERIFY(edit);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, slow);
        const auto conflicted = conflicts.first().at(0).value<OutboxEdit>();
        const auto current = conflicts.first().at(1).toJsonObject();
        QCOMPARE(conflicted.id, edit->id);
        QVERIFY(conflicted.conflicted);
        QCOMPARE(current.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(current.value(u"version"_s).toInteger(), base + 1);
        QCOMPARE(desk.cachedVersion(id), base + 1); // the cache shows the server's version
        QCOMPARE(desk.engine().pendingCount(), 1);  // never silently dropped
        QVERIFY(desk.engine().resolveConflict(edit->id, resolution));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        const bool apply = resolution == SyncEngine::Resolution::ApplyOnCurrent;
        const QJsonObject after = serverTicket(id);
        QCOMPARE(after.value(u"priority"_s).toString(), apply ? u"low"_s : u"high"_s);
        const QJsonArray changes = after.value(u"priority_changes"_s).toArray();
        QCOMPARE(changes.size(), apply ? 2 : 1);
        if (apply) {
            QCOMPARE(changes.last().toObject().value(u"explanation"_s).toString(),
                     u"Only one user."_s);
        }
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(!desk.engine().resolveConflict(edit->id, resolution)); // settled already
    }

    void conflictHoldsBackOnlyItsTicket()
    {
        const QList<qint64> ids = submit(2);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 2));
        const qint64 base = desk.cachedVersion(ids[0]);
        const qsizetype before0 = messages(ids[0]);
        const qsizetype before1 = messages(ids[1]);
        QCOMPARE(m_manager
                     ->mutate(u"/api/v1/tickets/%1/assign"_s.arg(ids[0]),
                              {{u"assignee"_s, u"max"_s}}, base)
                     .status,
                 200);
        QSignalSpy conflicts(&desk.engine(), &SyncEngine::conflict);
        const auto first = desk.engine().enqueue(Kind::Priority, ids[0], base,
                                                 priority(u"high"_s, u"Board meeting."_s));
        QVERIFY(first);
        QVERIFY(desk.engine().enqueue(Kind::Reply, ids[0], base, reply(u"On it."_s)));
        QVERIFY(desk.engine().enqueue(Kind::Reply, ids[1], desk.cachedVersion(ids[1]),
                                      reply(u"Other ticket."_s)));
        // Strictly in order: once the last edit is in, the one before it was held back.
        QTRY_COMPARE_WITH_TIMEOUT(messages(ids[1]), before1 + 1, slow);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(messages(ids[0]), before0);
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 2, slow);
        QVERIFY(desk.engine().resolveConflict(first->id, SyncEngine::Resolution::Discard));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        QCOMPARE(messages(ids[0]), before0 + 1);
    }

    void ownEditsInARowDoNotConflict()
    {
        const qint64 id = submit(1).value(0);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 1));
        const qint64 base = desk.cachedVersion(id);
        QSignalSpy conflicts(&desk.engine(), &SyncEngine::conflict);
        QSignalSpy delivered(&desk.engine(), &SyncEngine::editDelivered);
        m_fixture->stop(); // made offline, all on the version the desk saw
        QVERIFY(desk.engine().enqueue(Kind::Priority, id, base, priority(u"high"_s, u"A."_s)));
        QVERIFY(desk.engine().enqueue(Kind::Reply, id, base, reply(u"Escalated."_s)));
        QVERIFY(desk.engine().enqueue(Kind::Priority, id, base, priority(u"low"_s, u"B."_s)));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().state(), State::Offline, slow);
        QVERIFY(m_fixture->restart(true));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        QCOMPARE(delivered.size(), 3);
        QCOMPARE(conflicts.size(), 0);
        const QJsonObject after = serverTicket(id);
        QCOMPARE(after.value(u"priority"_s).toString(), u"low"_s);
        QCOMPARE(after.value(u"version"_s).toInteger(), base + 3);
    }

    void refusedEditIsReportedAndKept()
    {
        const qint64 id = submit(1).value(0);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 1));
        QSignalSpy rejected(&desk.engine(), &SyncEngine::editRejected);
        QSignalSpy delivered(&desk.engine(), &SyncEngine::editDelivered);
        const auto bad = desk.engine().enqueue(Kind::Priority, id, desk.cachedVersion(id),
                                               priority(u"high"_s, u"   "_s));
        QVERIFY(bad);
        QVERIFY(desk.engine().enqueue(Kind::Reply, id, desk.cachedVersion(id), reply(u"Hi."_s)));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, slow);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).value<OutboxEdit>().id, bad->id);
        QVERIFY(!rejected.first().at(1).toString().isEmpty());
        QCOMPARE(desk.engine().pendingCount(), 1); // waits for the user, never lost
        QCOMPARE(serverTicket(id).value(u"priority"_s).toString(), u"medium"_s);
    }

    void retryAfterIsHonoured()
    {
        deskside::server::ServerOptions options;
        options.limits.requestsPerMinute = 60; // an empty bucket asks for 1 s
        QVERIFY(startServer(options));
        const qint64 id = submit(1).value(0);
        SyncHarness desk(*m_fixture, u"sam"_s);
        QVERIFY(synced(desk, 1));
        const qsizetype before = messages(id);
        const TestHttp probe = m_fixture->client();
        int status = 0;
        for (int i = 0; i < 100 && status != 429; ++i) { // the server's clock stands still
            status = probe.get(u"/api/v1/nothing"_s).status;
        }
        QCOMPARE(status, 429);
        QElapsedTimer elapsed;
        QList<qint64> attempts;
        connect(&desk.api(), &ApiClient::requestStarted, this,
                [&](const QString &, const QString &path) {
                    if (path.endsWith(u"/messages"_s)) {
                        attempts.append(elapsed.elapsed());
                        if (attempts.size() == 3) {
                            m_fixture->clock().advance(120); // the bucket refills
                        }
                    }
                });
        elapsed.start();
        QVERIFY(desk.engine().enqueue(Kind::Reply, id, desk.cachedVersion(id), reply(u"Hi."_s)));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        // Two 429s with Retry-After: 1, then success; the test backoff alone is 20-50 ms.
        QCOMPARE(attempts.size(), 3);
        QVERIFY2(attempts[1] - attempts[0] >= 995, qPrintable(QString::number(attempts[1])));
        QVERIFY2(attempts[2] - attempts[1] >= 995, qPrintable(QString::number(attempts[2])));
        QCOMPARE(messages(id), before + 1);
    }

    void cancelStopsABootstrapConsistently()
    {
        QCOMPARE(submit(50).size(), 50);
        SyncHarness desk(*m_fixture, u"sam"_s);
        desk.engine().setPageSize(5);
        int pulls = 0;
        connect(&desk.api(), &ApiClient::requestStarted, this,
                [&](const QString &, const QString &path) {
                    pulls += path.startsWith(u"/api/v1/changes"_s) ? 1 : 0;
                });
        qint64 cursorAtCancel = -1;
        connect(&desk.engine(), &SyncEngine::progress, this, [&] {
            if (cursorAtCancel < 0) {
                desk.engine().cancel();
                cursorAtCancel = desk.cache().cursor();
            }
        });
        desk.engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(cursorAtCancel > 0, slow);
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().state(), State::Online, slow);
        // The cache holds exactly the first page, with its cursor.
        TestHttp sam = m_fixture->client();
        sam.setToken(desk.token());
        const QJsonObject page = sam.get(u"/api/v1/changes?cursor=0&limit=5"_s).json();
        QCOMPARE(desk.cache().cursor(), page.value(u"next_cursor"_s).toInteger());
        QCOMPARE(cachedTickets(desk), page.value(u"changes"_s).toArray().size());
        // Edits still go out; pulling (even after the edit) waits.
        const qint64 id = page.value(u"changes"_s).toArray().first()[u"id"_s].toInteger();
        QVERIFY(desk.engine().enqueue(Kind::Reply, id, desk.cachedVersion(id), reply(u"Hi."_s)));
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().pendingCount(), 0, slow);
        QTRY_COMPARE_WITH_TIMEOUT(desk.engine().state(), State::Online, slow);
        QCOMPARE(pulls, 1);
        QCOMPARE(desk.cache().cursor(), cursorAtCancel);
        desk.engine().syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(cachedTickets(desk), 50, slow);
        QTRY_COMPARE_WITH_TIMEOUT(desk.cache().cursor(), head(), slow);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

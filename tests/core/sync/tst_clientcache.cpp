#include "ClientCacheFile.h"
#include "sync/CacheDatabase.h"
#include "sync/ClientCache.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sync;
using deskside::sla::SlaState;
using deskside::ticket::Priority;
using deskside::ticket::TicketStatus;

namespace {

const QDateTime opened(QDate(2026, 3, 6), QTime(16, 0), QTimeZone::utc());

api::TicketDocument document(qint64 id, qint64 version, const QString &subject = u"Printer"_s)
{
    ticket::TicketFields fields;
    fields.id = id;
    fields.subject = subject;
    fields.requester = {u"Ada Lovelace"_s, u"ada@example.com"_s};
    fields.priority = Priority::Medium;
    fields.status = TicketStatus::Open;
    fields.openedAt = opened;
    fields.messages.append({1, u"ada"_s, opened, u"It jams."_s, false, false});
    api::TicketDocument doc;
    doc.ticket = ticket::Ticket::fromFields(fields);
    doc.version = version;
    doc.updatedAt = opened.addSecs(version * 60);
    return doc;
}

QJsonObject ticketChange(qint64 seq, const api::TicketDocument &doc)
{
    return {{u"seq"_s, seq},
            {u"entity"_s, u"ticket"_s},
            {u"id"_s, doc.ticket.id()},
            {u"ticket"_s, api::encodeTicket(doc, api::TicketAudience::Staff)}};
}

QJsonObject tombstone(qint64 seq, qint64 id)
{
    return {{u"seq"_s, seq}, {u"entity"_s, u"ticket"_s}, {u"id"_s, id}, {u"deleted"_s, true}};
}

QJsonObject eventChange(qint64 seq)
{
    return {{u"seq"_s, seq},
            {u"entity"_s, u"sla"_s},
            {u"id"_s, 1},
            {u"event"_s, QJsonObject{{u"kind"_s, u"breach"_s}}}};
}

// Applies a page and reports the error when it fails.
bool apply(ClientCache &cache, const QJsonArray &page, qint64 cursor)
{
    const Status applied = cache.applyFeedPage(page, cursor);
    if (!applied) {
        qWarning() << applied.error().code << applied.error().message;
    }
    return applied.ok();
}

using Fixture = ClientCacheFile;

} // namespace

class TestClientCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueRowsCarryTheColumns_data()
    {
        QTest::addColumn<TicketStatus>("status");
        QTest::addColumn<SlaState>("respondState");
        QTest::addColumn<SlaState>("resolveState");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("tier3Key");
        QTest::addColumn<bool>("responded");
        QTest::addColumn<bool>("paused");
        QTest::addRow("running") << TicketStatus::Open << SlaState::OnTrack << SlaState::Warning
                                 << QString() << QString() << false << false;
        QTest::addRow("responded") << TicketStatus::Open << SlaState::Met << SlaState::OnTrack
                                   << u"bob"_s << QString() << true << false;
        QTest::addRow("paused") << TicketStatus::WaitingOnCustomer << SlaState::Met
                                << SlaState::Paused << u"bob"_s << QString() << true << true;
        QTest::addRow("tier 3") << TicketStatus::WaitingOnEngineering << SlaState::Breached
                                << SlaState::Breached << u"eve"_s << u"ENG-12"_s << false << false;
    }
    void queueRowsCarryTheColumns()
    {
        QFETCH(TicketStatus, status);
        QFETCH(SlaState, respondState);
        QFETCH(SlaState, resolveState);
        QFETCH(QString, assignee);
        QFETCH(QString, tier3Key);
        QFETCH(bool, responded);
        QFETCH(bool, paused);
        Fixture f;
        QVERIFY(f.reopen());
        api::TicketDocument doc = document(7, 3);
        ticket::TicketFields fields = doc.ticket.fields();
        fields.status = status;
        fields.priority = Priority::High;
        fields.assignee = assignee;
        fields.tier3Key = tier3Key;
        doc.ticket = ticket::Ticket::fromFields(fields);
        sla::SlaSnapshot snapshot;
        snapshot.nowUtc = opened.toSecsSinceEpoch() + 600;
        snapshot.respond.dueUtc = opened.toSecsSinceEpoch() + 3600;
        snapshot.respond.state = respondState;
        snapshot.resolve.dueUtc = opened.toSecsSinceEpoch() + 7200;
        snapshot.resolve.state = resolveState;
        doc.sla = snapshot;
        // Another ticket without an SLA snapshot: no due times.
        const QJsonArray page{ticketChange(1, doc), ticketChange(2, document(9, 1))};
        QVERIFY(apply(*f.cache, page, 2));

        const auto rows = f.cache->queueRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        const QueueRow &row = rows.value().at(0);
        QCOMPARE(row.id, 7);
        QCOMPARE(row.version, 3);
        QCOMPARE(row.subject, u"Printer"_s);
        QCOMPARE(row.requesterName, u"Ada Lovelace"_s);
        QCOMPARE(row.requesterEmail, u"ada@example.com"_s);
        QCOMPARE(row.assignee, assignee);
        QCOMPARE(row.priority, Priority::High);
        QCOMPARE(row.status, status);
        QCOMPARE(row.tier3Key, tier3Key);
        QCOMPARE(row.openedAt, opened.toSecsSinceEpoch());
        QCOMPARE(row.updatedAt, opened.toSecsSinceEpoch() + 180);
        QCOMPARE(row.respondDue, opened.toSecsSinceEpoch() + 3600);
        QCOMPARE(row.resolveDue, opened.toSecsSinceEpoch() + 7200);
        QCOMPARE(row.responded, responded);
        QCOMPARE(row.paused, paused);
        QCOMPARE(row.pendingEdits, 0);
        const QueueRow &other = rows.value().at(1);
        QCOMPARE(other.id, 9);
        QCOMPARE(other.priority, Priority::Medium);
        QCOMPARE(other.respondDue, 0);
        QCOMPARE(other.resolveDue, 0);
        QVERIFY(!other.responded);
        QVERIFY(!other.paused);
    }

    void olderVersionDoesNotOverwrite()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QVERIFY(apply(*f.cache, {ticketChange(1, document(5, 3, u"third"_s))}, 1));
        QVERIFY(apply(*f.cache, {ticketChange(2, document(5, 2, u"second"_s))}, 2));
        QCOMPARE(f.cache->queueRows().value().at(0).subject, u"third"_s);
        QCOMPARE(f.cache->ticket(5).value()->version, 3);
        QVERIFY(f.cache
                    ->storeTicket(
                        api::encodeTicket(document(5, 1, u"first"_s), api::TicketAudience::Staff))
                    .ok());
        QCOMPARE(f.cache->ticket(5).value()->ticket.subject(), u"third"_s);
        QCOMPARE(f.cache->cursor(), 2);

        QVERIFY(f.cache
                    ->storeTicket(
                        api::encodeTicket(document(5, 4, u"fourth"_s), api::TicketAudience::Staff))
                    .ok());
        QCOMPARE(f.cache->queueRows().value().at(0).subject, u"fourth"_s);
        QCOMPARE(f.cache->queueRows().value().at(0).version, 4);
        QCOMPARE(f.cache->ticketJson(5).value()->value(u"subject"_s).toString(), u"fourth"_s);
        QCOMPARE(f.cache->ticketCount().value(), 1);
    }

    void tombstoneRemoves()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QVERIFY(
            apply(*f.cache, {ticketChange(1, document(1, 1)), ticketChange(2, document(2, 1))}, 2));
        QCOMPARE(f.cache->ticketCount().value(), 2);
        QVERIFY(apply(*f.cache, {tombstone(3, 1)}, 3));
        QCOMPARE(f.cache->ticketCount().value(), 1);
        QVERIFY(f.cache->ticket(1).ok());
        QVERIFY(!f.cache->ticket(1).value().has_value());
        QVERIFY(!f.cache->ticketJson(1).value().has_value());
        QCOMPARE(f.cache->queueRows().value().at(0).id, 2);
    }

    void cursorAndTicketsPersistAcrossReopen()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QCOMPARE(f.cache->cursor(), 0);
        const api::TicketDocument doc = document(3, 2);
        QVERIFY(apply(*f.cache, {ticketChange(42, doc)}, 42));
        QVERIFY(f.reopen());
        QCOMPARE(f.cache->cursor(), 42);
        const auto loaded = f.cache->ticket(3);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().has_value());
        QCOMPARE(loaded.value()->ticket.fields(), doc.ticket.fields());
        QCOMPARE(loaded.value()->version, 2);
        QCOMPARE(loaded.value()->updatedAt, doc.updatedAt);
    }

    void failingPageChangesNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonValue>("bad");
        QJsonObject badPriority = ticketChange(13, document(4, 1));
        QJsonObject ticket = badPriority.value(u"ticket"_s).toObject();
        ticket.insert(u"priority"_s, u"whenever"_s);
        badPriority.insert(u"ticket"_s, ticket);
        QTest::addRow("bad priority") << u"bad_ticket"_s << QJsonValue(badPriority);
        QJsonObject badDue = ticketChange(13, document(4, 1));
        ticket = badDue.value(u"ticket"_s).toObject();
        ticket.insert(u"sla"_s, QJsonObject{{u"respond"_s, QJsonObject{{u"due"_s, u"soon"_s}}}});
        badDue.insert(u"ticket"_s, ticket);
        QTest::addRow("bad sla due") << u"bad_ticket"_s << QJsonValue(badDue);
        QJsonObject noId = ticketChange(13, document(4, 1));
        ticket = noId.value(u"ticket"_s).toObject();
        ticket.remove(u"id"_s);
        noId.insert(u"ticket"_s, ticket);
        QTest::addRow("ticket without id") << u"bad_ticket"_s << QJsonValue(noId);
        QTest::addRow("ticket not an object")
            << u"bad_feed"_s
            << QJsonValue(QJsonObject{{u"seq"_s, 13}, {u"id"_s, 4}, {u"ticket"_s, u"x"_s}});
        QTest::addRow("entry not an object") << u"bad_feed"_s << QJsonValue(13);
    }
    void failingPageChangesNothing()
    {
        QFETCH(QString, code);
        QFETCH(QJsonValue, bad);
        Fixture f;
        QVERIFY(f.reopen());
        QVERIFY(apply(
            *f.cache,
            {ticketChange(1, document(1, 1, u"one"_s)), ticketChange(2, document(2, 1, u"two"_s))},
            10));
        const QJsonArray page{ticketChange(11, document(1, 2, u"changed"_s)), tombstone(12, 2),
                              eventChange(12), bad, ticketChange(14, document(3, 1))};
        const Status applied = f.cache->applyFeedPage(page, 20);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, code);
        QVERIFY(!applied.error().message.isEmpty());
        QCOMPARE(f.cache->cursor(), 10);
        QCOMPARE(f.cache->ticketCount().value(), 2);
        QCOMPARE(f.cache->ticket(1).value()->ticket.subject(), u"one"_s);
        QCOMPARE(f.cache->ticket(1).value()->version, 1);
        QVERIFY(f.cache->ticket(2).value().has_value());
        QVERIFY(!f.cache->ticket(3).value().has_value());
        QVERIFY(f.cache->events().value().isEmpty());
        QVERIFY(f.reopen());
        QCOMPARE(f.cache->cursor(), 10);
        QCOMPARE(f.cache->ticketCount().value(), 2);
    }

    void eventsAreKeptAndBounded()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QJsonArray page;
        for (int seq = 1; seq <= ClientCache::maxEvents + 5; ++seq) {
            page.append(eventChange(seq));
        }
        QVERIFY(apply(*f.cache, page, ClientCache::maxEvents + 5));
        const auto events = f.cache->events();
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), ClientCache::maxEvents);
        QCOMPARE(events.value().first().value(u"seq"_s).toInteger(), ClientCache::maxEvents + 5);
        QCOMPARE(events.value().last().value(u"seq"_s).toInteger(), 6);
        QCOMPARE(events.value().first().value(u"event"_s).toObject().value(u"kind"_s).toString(),
                 u"breach"_s);
        QCOMPARE(f.cache->events(3).value().size(), 3);
        QCOMPARE(f.cache->ticketCount().value(), 0);
    }

    void pendingEditsCounted()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QVERIFY(
            apply(*f.cache, {ticketChange(1, document(1, 1)), ticketChange(2, document(2, 1))}, 2));
        Outbox outbox(*f.db);
        QVERIFY(outbox.enqueue(OutboxEdit::Kind::Reply, 1, 1, {{u"body"_s, u"a"_s}}, 100).ok());
        QVERIFY(
            outbox.enqueue(OutboxEdit::Kind::Assign, 1, 1, {{u"assignee"_s, u"b"_s}}, 101).ok());
        const auto rows = f.cache->queueRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(0).pendingEdits, 2);
        QCOMPARE(rows.value().at(1).pendingEdits, 0);
    }

    void refusesNegativeCursor()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QVERIFY(apply(*f.cache, {}, 5));
        QVERIFY(!apply(*f.cache, {}, -1));
        QCOMPARE(f.cache->cursor(), 5);
    }
};

QTEST_GUILESS_MAIN(TestClientCache)
#include "tst_clientcache.moc"

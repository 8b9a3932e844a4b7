#include "CacheFile.h"
#include "sync/CacheDatabase.h"
#include "sync/Outbox.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sync;
using Kind = deskside::sync::OutboxEdit::Kind;

namespace {

struct Fixture : CacheFile
{
    std::unique_ptr<Outbox> outbox;

    bool reopen()
    {
        outbox.reset();
        if (!reopenDatabase()) {
            return false;
        }
        outbox = std::make_unique<Outbox>(*db);
        return true;
    }

    // Three edits on two tickets, in this order.
    QList<OutboxEdit> enqueueThree()
    {
        QList<OutboxEdit> edits;
        const QList<std::tuple<Kind, qint64, qint64, QJsonObject>> wanted = {
            {Kind::Reply, 7, 3, {{u"body"_s, u"Thanks!"_s}}},
            {Kind::Priority, 7, 3, {{u"priority"_s, u"high"_s}, {u"explanation"_s, u"outage"_s}}},
            {Kind::Status, 9, 1, {{u"status"_s, u"resolved"_s}}}};
        qint64 now = 1000;
        for (const auto &[kind, ticketId, base, body] : wanted) {
            auto edit = outbox->enqueue(kind, ticketId, base, body, now++);
            if (!edit) {
                qWarning() << edit.error().message;
                return {};
            }
            edits.append(edit.value());
        }
        return edits;
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueKeepsOrderAndKeys()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        QCOMPARE(made.size(), 3);
        const auto pending = f.outbox->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value(), made);
        QCOMPARE(f.outbox->count().value(), 3);
        QSet<QString> keys;
        for (int i = 0; i < made.size(); ++i) {
            const OutboxEdit &edit = pending.value().at(i);
            QVERIFY(!QUuid::fromString(edit.idempotencyKey).isNull());
            keys.insert(edit.idempotencyKey);
            QCOMPARE(edit.createdAt, 1000 + i);
            QVERIFY(edit.lastError.isEmpty());
            QVERIFY(!edit.conflicted);
            if (i > 0) {
                QVERIFY(edit.id > pending.value().at(i - 1).id);
            }
        }
        QCOMPARE(keys.size(), 3);
        QCOMPARE(pending.value().at(1).kind, Kind::Priority);
        QCOMPARE(pending.value().at(1).baseVersion, 3);
        QCOMPARE(pending.value().at(1).body.value(u"explanation"_s).toString(), u"outage"_s);
        QCOMPARE(pending.value().at(2).ticketId, 9);
    }

    void survivesReopen()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        QCOMPARE(made.size(), 3);
        QVERIFY(f.outbox->markConflicted(made.at(1).id, u"stale"_s).ok());
        QVERIFY(f.reopen());
        const auto pending = f.outbox->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 3);
        QCOMPARE(pending.value().at(0), made.at(0));
        QVERIFY(pending.value().at(1).conflicted);
        QCOMPARE(pending.value().at(1).idempotencyKey, made.at(1).idempotencyKey);
        // Ids keep growing after a reopen, even past a delivered last edit.
        QVERIFY(f.outbox->markDelivered(made.at(2).id).ok());
        QVERIFY(f.reopen());
        const auto next = f.outbox->enqueue(Kind::Note, 7, 3, {{u"body"_s, u"n"_s}}, 2000);
        QVERIFY(next.ok());
        QVERIFY(next.value().id > made.at(2).id);
    }

    void markDeliveredRemoves()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        QVERIFY(f.outbox->markDelivered(made.at(0).id).ok());
        QCOMPARE(f.outbox->count().value(), 2);
        QCOMPARE(f.outbox->pending().value().first(), made.at(1));
        // Delivered again (it raced with a discard): not an error, nothing else removed.
        QVERIFY(f.outbox->markDelivered(made.at(0).id).ok());
        QCOMPARE(f.outbox->count().value(), 2);
    }

    void conflictThenRebase()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        const qint64 id = made.at(1).id;
        QVERIFY(f.outbox->markConflicted(id, u"The ticket changed meanwhile."_s).ok());
        OutboxEdit edit = f.outbox->pending().value().at(1);
        QVERIFY(edit.conflicted);
        QCOMPARE(edit.lastError, u"The ticket changed meanwhile."_s);
        QVERIFY(f.outbox->rebase(id, 5).ok());
        edit = f.outbox->pending().value().at(1);
        QVERIFY(!edit.conflicted);
        QVERIFY(edit.lastError.isEmpty());
        QCOMPARE(edit.baseVersion, 5);
        QCOMPARE(edit.idempotencyKey, made.at(1).idempotencyKey);
        QCOMPARE(edit.body, made.at(1).body);
        QCOMPARE(f.outbox->pending().value().at(0), made.at(0));
    }

    void markFailedKeepsTheEdit()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        QVERIFY(f.outbox->markFailed(made.at(2).id, u"An explanation is required."_s).ok());
        const OutboxEdit edit = f.outbox->pending().value().at(2);
        QCOMPARE(edit.lastError, u"An explanation is required."_s);
        QVERIFY(!edit.conflicted);
        QCOMPARE(f.outbox->count().value(), 3);
    }

    void discardRemoves()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        QVERIFY(f.outbox->discard(made.at(1).id).ok());
        const auto pending = f.outbox->pending().value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0), made.at(0));
        QCOMPARE(pending.at(1), made.at(2));
    }

    void unknownIdIsRefused_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addRow("conflicted") << 0;
        QTest::addRow("failed") << 1;
        QTest::addRow("rebase") << 2;
        QTest::addRow("discard") << 3;
    }
    void unknownIdIsRefused()
    {
        QFETCH(int, operation);
        Fixture f;
        QVERIFY(f.reopen());
        const QList<OutboxEdit> made = f.enqueueThree();
        const qint64 missing = made.last().id + 100;
        const Status status = operation == 0   ? f.outbox->markConflicted(missing, u"x"_s)
                              : operation == 1 ? f.outbox->markFailed(missing, u"x"_s)
                              : operation == 2 ? f.outbox->rebase(missing, 4)
                                               : f.outbox->discard(missing);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"not_found"_s);
        QCOMPARE(f.outbox->pending().value(), made);
    }

    void pathsPerKind_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ifMatch");
        QTest::addRow("reply") << Kind::Reply << u"reply"_s << u"/api/v1/tickets/42/messages"_s
                               << false;
        QTest::addRow("note") << Kind::Note << u"note"_s << u"/api/v1/tickets/42/messages"_s
                              << false;
        QTest::addRow("priority") << Kind::Priority << u"priority"_s
                                  << u"/api/v1/tickets/42/priority"_s << true;
        QTest::addRow("assign") << Kind::Assign << u"assign"_s << u"/api/v1/tickets/42/assign"_s
                                << true;
        QTest::addRow("status") << Kind::Status << u"status"_s << u"/api/v1/tickets/42/status"_s
                                << true;
        QTest::addRow("tier3") << Kind::Tier3 << u"tier3"_s << u"/api/v1/tickets/42/tier3"_s
                               << true;
    }
    void pathsPerKind()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(bool, ifMatch);
        OutboxEdit edit;
        edit.kind = kind;
        edit.ticketId = 42;
        QCOMPARE(edit.path(), path);
        QCOMPARE(edit.needsIfMatch(), ifMatch);
        QCOMPARE(kindToText(kind), text);
        QCOMPARE(kindFromText(text), std::optional<Kind>(kind));
        QVERIFY(!kindFromText(u"Reply"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

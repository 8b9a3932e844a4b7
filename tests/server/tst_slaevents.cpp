#include "ServerFixture.h"
#include "sla/SlaScheduler.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

// SLA warnings and breaches become change-feed events, each exactly once.
class TestSlaEvents : public QObject
{
    Q_OBJECT

    QStringList eventKinds(TestHttp &http)
    {
        QStringList kinds;
        const QJsonArray changes =
            http.get(u"/api/v1/changes?cursor=0"_s).json().value(u"changes"_s).toArray();
        for (const QJsonValue &change : changes) {
            const QJsonObject event = change.toObject().value(u"event"_s).toObject();
            if (!event.isEmpty()) {
                kinds.append(event.value(u"target"_s).toString() + u':' +
                             event.value(u"kind"_s).toString());
            }
        }
        return kinds;
    }

private Q_SLOTS:
    void warningsAndBreachOnce()
    {
        // Opened Fri 2026-03-06 16:00 CST, High: due Tue 2026-03-10 16:00 CDT (21:00Z).
        ServerFixture fixture(QDateTime(QDate(2026, 3, 6), QTime(22, 0), QTimeZone::utc()));
        QVERIFY(fixture.start());
        const HttpReply created =
            fixture.client().post(u"/api/v1/public/tickets"_s, {{u"email"_s, u"pat@example.org"_s},
                                                                {u"name"_s, u"Pat"_s},
                                                                {u"subject"_s, u"Down"_s},
                                                                {u"body"_s, u"Nothing works"_s},
                                                                {u"priority"_s, u"high"_s}});
        QCOMPARE(created.status, 201);
        TestHttp sam = fixture.signedIn(u"sam"_s, Role::Specialist);
        SlaScheduler &scheduler = fixture.server().slaScheduler();

        QCOMPARE(scheduler.runOnce().value(), 0);
        fixture.clock().set(
            QDateTime(QDate(2026, 3, 10), QTime(17, 0), QTimeZone::utc())); // 12:00 CDT
        QCOMPARE(scheduler.runOnce().value(), 2);
        QCOMPARE(scheduler.runOnce().value(), 0);
        QCOMPARE(eventKinds(sam), QStringList({u"respond:warning_75"_s, u"resolve:warning_75"_s}));

        fixture.clock().set(
            QDateTime(QDate(2026, 3, 10), QTime(20, 30), QTimeZone::utc())); // 15:30 CDT
        QCOMPARE(scheduler.runOnce().value(), 2);
        fixture.clock().set(QDateTime(QDate(2026, 3, 10), QTime(21, 0), QTimeZone::utc())); // due
        QCOMPARE(scheduler.runOnce().value(), 0); // at the due instant: not yet breached
        fixture.clock().advance(1);
        QCOMPARE(scheduler.runOnce().value(), 2);
        fixture.clock().advance(3600);
        QCOMPARE(scheduler.runOnce().value(), 0);
        QCOMPARE(eventKinds(sam).size(), 6);
        QVERIFY(eventKinds(sam).contains(u"resolve:breach"_s));

        // Customers never receive staff events.
        TestHttp pat = fixture.signedIn(u"pat"_s, Role::Customer, u"pat@example.org"_s);
        QVERIFY(eventKinds(pat).isEmpty());
        QCOMPARE(pat.get(u"/api/v1/tickets"_s).json().value(u"tickets"_s).toArray().size(), 1);

        // After a restart nothing is announced again.
        QVERIFY(fixture.restart());
        QCOMPARE(fixture.server().slaScheduler().runOnce().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSlaEvents)
#include "tst_slaevents.moc"

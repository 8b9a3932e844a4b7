#include "OnCallWorld.h"
#include "StreamClient.h"
#include "alerts/NotificationCenter.h"
#include "db/Database.h"
#include "mail/MailOutbox.h"
#include "sla/SlaScheduler.h"
#include "sync/PushHub.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::server;
using deskside::oncall::Severity;

namespace {

qint64 notify(ServerFixture &fixture, const QString &login)
{
    qint64 id = 0;
    const deskside::Status done = fixture.context().db->transaction([&]() -> deskside::Status {
        auto sent = fixture.context().notifications->notify(
            login, u"alert_raised"_s, u"Test page"_s, u"Body"_s, 0, 0,
            fixture.clock().now().toSecsSinceEpoch());
        if (!sent) {
            return sent.error();
        }
        id = sent.value();
        return {};
    });
    return done ? id : -1;
}

qint64 openTicket(ServerFixture &fixture, const QString &priority = u"high"_s)
{
    const HttpReply created =
        fixture.client().post(u"/api/v1/public/tickets"_s, {{u"email"_s, u"pat@example.org"_s},
                                                            {u"name"_s, u"Pat"_s},
                                                            {u"subject"_s, u"Down"_s},
                                                            {u"body"_s, u"Nothing works"_s},
                                                            {u"priority"_s, priority}});
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : -1;
}

int assign(TestHttp &http, qint64 ticket, const QString &assignee)
{
    const QString path = u"/api/v1/tickets/%1"_s.arg(ticket);
    const qint64 version = http.get(path).json().value(u"version"_s).toInteger();
    return http.mutate(path + u"/assign"_s, {{u"assignee"_s, assignee}}, version).status;
}

} // namespace

// Notifications reach the one person they name, through the push channel and by
// e-mail: alert pages, ticket assignment and SLA warnings on tickets someone owns.
class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheNamedUserMayLearnOfIt_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<bool>("may");
        QTest::addRow("the specialist named") << Role::Specialist << u"login:sam"_s << true;
        QTest::addRow("another specialist's") << Role::Specialist << u"login:alex"_s << false;
        QTest::addRow("an admin, not named") << Role::Admin << u"login:alex"_s << false;
        QTest::addRow("a customer named") << Role::Customer << u"login:sam"_s << true;
        QTest::addRow("no audience") << Role::Admin << QString() << false;
    }
    void onlyTheNamedUserMayLearnOfIt()
    {
        QFETCH(Role, role);
        QFETCH(QString, audience);
        QFETCH(bool, may);
        AuthUser user;
        user.login = u"sam"_s;
        user.email = u"sam@example.com"_s;
        user.role = role;
        QCOMPARE(PushHub::mayLearnOf(user, u"notification"_s, audience), may);
        QCOMPARE(PushHub::mayLearnOf(user, u"alert"_s, {}), user.isStaff());
    }

    void pushReachesOnlyTheTargetedUser()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        StreamClient sam(fixture.baseUrl());
        StreamClient alex(fixture.baseUrl());
        StreamClient olive(fixture.baseUrl());
        const qint64 head = sam.open(world.as(u"sam"_s).token());
        QVERIFY(head >= 0);
        QCOMPARE(alex.open(world.as(u"alex"_s).token()), head);
        QCOMPARE(olive.open(world.as(u"olive"_s).token()), head);

        QVERIFY(notify(fixture, u"sam"_s) > 0);
        const qint64 samSeq = sam.nextCursor();
        QVERIFY(samSeq > head);
        // Alex was not poked for it: his first poke is his own notification's.
        QVERIFY(notify(fixture, u"alex"_s) > 0);
        const qint64 alexSeq = alex.nextCursor();
        QVERIFY(alexSeq > samSeq);
        QCOMPARE(sam.nextCursor(300ms), -1);
        QCOMPARE(olive.nextCursor(0ms), -1);

        QCOMPARE(world.notifications(u"sam"_s), QStringList({u"alert_raised@0"_s}));
        QCOMPARE(world.notifications(u"alex"_s), QStringList({u"alert_raised@0"_s}));
        QCOMPARE(world.notifications(u"maria"_s), QStringList());
        QCOMPARE(world.notifications(u"olive"_s), QStringList());
    }

    void alertPagesArePushedAndMailed()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        StreamClient sam(fixture.baseUrl());
        const qint64 head = sam.open(world.as(u"sam"_s).token());
        QVERIFY(head >= 0);
        const qint64 id = world.raise(Severity::Critical);
        // The engine fires tier 0 by itself (woken by the raise), and sam is poked.
        QVERIFY(sam.nextCursor() > head);
        QTRY_COMPARE_WITH_TIMEOUT(world.notifications(u"sam"_s),
                                  QStringList({u"alert_raised#%1"_s.arg(id)}), 10000);
        const auto mail = fixture.context().mail->due(fixture.clock().now().toSecsSinceEpoch(), 50);
        QVERIFY(mail);
        QStringList recipients;
        for (const OutgoingMail &message : mail.value()) {
            if (message.subject.contains(u"Disk almost full"_s)) {
                recipients.append(message.recipient);
                QVERIFY(message.subject.contains(u"critical"_s));
            }
        }
        QCOMPARE(recipients, QStringList({u"sam@example.com"_s}));
        // The alert itself reaches staff in the feed as its newest state.
        const QJsonArray changes = world.as(u"alex"_s)
                                       .get(u"/api/v1/changes?cursor=0"_s)
                                       .json()
                                       .value(u"changes"_s)
                                       .toArray();
        int alertItems = 0;
        for (const QJsonValue &change : changes) {
            const QJsonObject alert = change.toObject().value(u"alert"_s).toObject();
            if (!alert.isEmpty()) {
                ++alertItems;
                QCOMPARE(alert.value(u"notified"_s).toArray(), QJsonArray({u"sam"_s}));
            }
        }
        QCOMPARE(alertItems, 1);
        const QJsonArray customer = world.as(u"olive"_s)
                                        .get(u"/api/v1/changes?cursor=0"_s)
                                        .json()
                                        .value(u"changes"_s)
                                        .toArray();
        for (const QJsonValue &change : customer) {
            QVERIFY(!change.toObject().contains(u"alert"_s));
        }
    }

    void ticketAssignedToSomeoneElse()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 first = openTicket(fixture);
        const qint64 second = openTicket(fixture);
        QCOMPARE(assign(world.as(u"maria"_s), first, u"sam"_s), 200);
        QCOMPARE(assign(world.as(u"maria"_s), first, u"sam"_s), 200); // no change: no repeat
        QCOMPARE(assign(world.as(u"sam"_s), second, u"sam"_s), 200);  // took it himself
        QCOMPARE(world.notifications(u"sam"_s), QStringList({u"ticket_assigned@%1"_s.arg(first)}));
        QCOMPARE(world.notifications(u"maria"_s), QStringList());
        const auto mail = fixture.context().mail->due(fixture.clock().now().toSecsSinceEpoch(), 50);
        QVERIFY(mail);
        QVERIFY(std::any_of(mail->begin(), mail->end(), [](const OutgoingMail &message) {
            return message.recipient == u"sam@example.com"_s &&
                   message.subject.contains(u"Assigned to you by maria"_s);
        }));
    }

    void slaWarningsGoToTheOwner()
    {
        // Opened Fri 2026-03-06 16:00 CST, High: due Tue 2026-03-10 16:00 CDT (21:00Z).
        ServerFixture fixture(QDateTime(QDate(2026, 3, 6), QTime(22, 0), QTimeZone::utc()));
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        const qint64 owned = openTicket(fixture);
        const qint64 unowned = openTicket(fixture);
        QVERIFY(unowned > owned);
        QCOMPARE(assign(world.as(u"sam"_s), owned, u"sam"_s), 200);
        SlaScheduler &scheduler = fixture.server().slaScheduler();
        fixture.clock().set(QDateTime(QDate(2026, 3, 10), QTime(17, 0), QTimeZone::utc()));
        QCOMPARE(scheduler.runOnce().value(), 4); // two warnings on each ticket
        const QString tag = u"@%1"_s.arg(owned);
        QCOMPARE(world.notifications(u"sam"_s),
                 QStringList({u"sla_warning"_s + tag, u"sla_warning"_s + tag}));
        fixture.clock().set(QDateTime(QDate(2026, 3, 10), QTime(21, 0, 1), QTimeZone::utc()));
        QVERIFY(scheduler.runOnce().value() > 0);
        const QStringList kinds = world.notifications(u"sam"_s);
        QCOMPARE(kinds.count(u"sla_breach"_s + tag), 2);
        QVERIFY(!kinds.join(u' ').contains(u"@%1"_s.arg(unowned)));
        QCOMPARE(world.notifications(u"alex"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"

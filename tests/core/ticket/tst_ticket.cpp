#include "ticket/Ticket.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}

Ticket newTicket(Priority priority = Priority::Medium)
{
    return Ticket(7, u"Printer on fire"_s, Requester{u"Ada"_s, u"ada@example.com"_s}, priority,
                  at(2, 14));
}

Message reply(const QDateTime &when, bool fromStaff, bool internal, const QString &body)
{
    return Message{0, fromStaff ? u"sam"_s : u"ada"_s, when, body, internal, fromStaff};
}

} // namespace

// Ticket rules: priority changes with explanations, status workflow, Tier 3, messages, pauses.
class TestTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changePriority_data()
    {
        QTest::addColumn<Priority>("to");
        QTest::addColumn<QString>("explanation");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("closeFirst");
        QTest::addColumn<QString>("error");
        QTest::addRow("raise") << Priority::High << u"Whole warehouse down"_s << at(3, 9) << false
                               << QString();
        QTest::addRow("lower") << Priority::Low << u"Workaround found"_s << at(3, 9) << false
                               << QString();
        QTest::addRow("urgent by staff")
            << Priority::Urgent << u"Outage"_s << at(3, 9) << false << QString();
        QTest::addRow("empty explanation")
            << Priority::High << QString() << at(3, 9) << false << u"explanation_required"_s;
        QTest::addRow("whitespace explanation")
            << Priority::High << u" \t\n "_s << at(3, 9) << false << u"explanation_required"_s;
        QTest::addRow("same priority")
            << Priority::Medium << u"Because"_s << at(3, 9) << false << u"no_change"_s;
        QTest::addRow("before opening")
            << Priority::High << u"Because"_s << at(1, 9) << false << u"bad_time"_s;
        QTest::addRow("closed ticket")
            << Priority::High << u"Because"_s << at(4, 9) << true << u"ticket_closed"_s;
    }
    void changePriority()
    {
        QFETCH(Priority, to);
        QFETCH(QString, explanation);
        QFETCH(QDateTime, when);
        QFETCH(bool, closeFirst);
        QFETCH(QString, error);
        Ticket ticket = newTicket();
        if (closeFirst) {
            QVERIFY(ticket.setStatus(u"sam"_s, at(3, 9), TicketStatus::Closed).ok());
        }
        const auto status = ticket.changePriority(u"sam"_s, when, to, explanation);
        if (!error.isEmpty()) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, error);
            QVERIFY(status.error().message.endsWith(u'.'));
            QCOMPARE(ticket.priority(), Priority::Medium);
            QVERIFY(ticket.priorityChanges().isEmpty());
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(ticket.priority(), to);
        QCOMPARE(ticket.priorityChanges().size(), 1);
        const PriorityChange &change = ticket.priorityChanges().first();
        QCOMPARE(change.by, u"sam"_s);
        QCOMPARE(change.at, when);
        QCOMPARE(change.from, Priority::Medium);
        QCOMPARE(change.to, to);
        QCOMPARE(change.explanation, explanation);
    }

    void explanationIsTrimmed()
    {
        Ticket ticket = newTicket();
        QVERIFY(
            ticket.changePriority(u"ada"_s, at(3, 9), Priority::High, u"  Line down \n"_s).ok());
        QCOMPARE(ticket.priorityChanges().first().explanation, u"Line down"_s);
    }

    void setStatus_data()
    {
        QTest::addColumn<QList<TicketStatus>>("before");
        QTest::addColumn<TicketStatus>("to");
        QTest::addColumn<QString>("error");
        using S = TicketStatus;
        QTest::addRow("new to open") << QList<S>{} << S::Open << QString();
        QTest::addRow("open to customer") << QList<S>{S::Open} << S::WaitingOnCustomer << QString();
        QTest::addRow("resolve") << QList<S>{S::Open} << S::Resolved << QString();
        QTest::addRow("reopen") << QList<S>{S::Resolved} << S::Open << QString();
        QTest::addRow("close") << QList<S>{S::Resolved} << S::Closed << QString();
        QTest::addRow("same") << QList<S>{S::Open} << S::Open << u"no_change"_s;
        QTest::addRow("back to new") << QList<S>{S::Open} << S::New << u"bad_status"_s;
        QTest::addRow("engineering without key")
            << QList<S>{S::Open} << S::WaitingOnEngineering << u"tier3_key_required"_s;
        QTest::addRow("closed is final") << QList<S>{S::Closed} << S::Open << u"ticket_closed"_s;
    }
    void setStatus()
    {
        QFETCH(QList<TicketStatus>, before);
        QFETCH(TicketStatus, to);
        QFETCH(QString, error);
        Ticket ticket = newTicket();
        int hour = 9;
        for (const TicketStatus step : before) {
            QVERIFY(ticket.setStatus(u"sam"_s, at(3, hour++), step).ok());
        }
        const TicketStatus was = ticket.status();
        const auto status = ticket.setStatus(u"sam"_s, at(3, hour), to);
        if (!error.isEmpty()) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, error);
            QCOMPARE(ticket.status(), was);
            QCOMPARE(ticket.statusChanges().size(), before.size());
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(ticket.status(), to);
        QCOMPARE(ticket.statusChanges().last(), (StatusChange{u"sam"_s, at(3, hour), was, to}));
    }

    void changesCannotGoBackInTime()
    {
        Ticket ticket = newTicket();
        QVERIFY(ticket.setStatus(u"sam"_s, at(4, 10), TicketStatus::Open).ok());
        const auto status = ticket.setStatus(u"sam"_s, at(4, 9), TicketStatus::Resolved);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"bad_time"_s);
    }

    void moveToTier3_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("stored");
        QTest::addRow("jira") << u"ENG-123"_s << u"ENG-123"_s;
        QTest::addRow("lower case") << u"eng-7"_s << u"ENG-7"_s;
        QTest::addRow("digits in project") << u"OPS2-45"_s << u"OPS2-45"_s;
        QTest::addRow("padded") << u" ENG-9 "_s << u"ENG-9"_s;
        QTest::addRow("no dash") << u"ENG123"_s << QString();
        QTest::addRow("no number") << u"ENG-"_s << QString();
        QTest::addRow("no project") << u"-123"_s << QString();
        QTest::addRow("letters after") << u"ENG-12a"_s << QString();
        QTest::addRow("zero") << u"ENG-0"_s << QString();
        QTest::addRow("digit first") << u"1ENG-5"_s << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("url") << u"https://jira/ENG-1"_s << QString();
    }
    void moveToTier3()
    {
        QFETCH(QString, key);
        QFETCH(QString, stored);
        Ticket ticket = newTicket();
        QVERIFY(ticket.setStatus(u"sam"_s, at(3, 9), TicketStatus::Open).ok());
        const auto status = ticket.moveToTier3(u"sam"_s, at(3, 10), key);
        if (stored.isEmpty()) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, u"bad_issue_key"_s);
            QCOMPARE(ticket.status(), TicketStatus::Open);
            QVERIFY(ticket.tier3Key().isEmpty());
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(ticket.tier3Key(), stored);
        QCOMPARE(ticket.status(), TicketStatus::WaitingOnEngineering);
        QCOMPARE(ticket.statusChanges().last().from, TicketStatus::Open);
    }

    void relinkKeepsStatusHistory()
    {
        Ticket ticket = newTicket();
        QVERIFY(ticket.moveToTier3(u"sam"_s, at(3, 9), u"ENG-1"_s).ok());
        QVERIFY(ticket.moveToTier3(u"sam"_s, at(3, 10), u"ENG-2"_s).ok());
        QCOMPARE(ticket.tier3Key(), u"ENG-2"_s);
        QCOMPARE(ticket.statusChanges().size(), 1);
    }

    void addMessage_data()
    {
        QTest::addColumn<bool>("fromStaff");
        QTest::addColumn<bool>("internal");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("customer reply") << false << false << u"Still broken"_s << QString();
        QTest::addRow("staff reply") << true << false << u"On it"_s << QString();
        QTest::addRow("staff note") << true << true << u"Check logs"_s << QString();
        QTest::addRow("empty") << true << false << QString() << u"empty_message"_s;
        QTest::addRow("blank") << false << false << u"  \n\t"_s << u"empty_message"_s;
        QTest::addRow("customer note") << false << true << u"Secret"_s << u"not_allowed"_s;
    }
    void addMessage()
    {
        QFETCH(bool, fromStaff);
        QFETCH(bool, internal);
        QFETCH(QString, body);
        QFETCH(QString, error);
        Ticket ticket = newTicket();
        const auto status = ticket.addMessage(reply(at(3, 9), fromStaff, internal, body));
        if (!error.isEmpty()) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, error);
            QVERIFY(ticket.messages().isEmpty());
            return;
        }
        QVERIFY(status.ok());
        QCOMPARE(ticket.messages().size(), 1);
        QCOMPARE(ticket.messages().first().body, body);
        QCOMPARE(ticket.messages().first().internal, internal);
    }

    void firstStaffReplyIgnoresNotesAndCustomers()
    {
        Ticket ticket = newTicket();
        QCOMPARE(ticket.firstStaffReplyAt(), std::nullopt);
        QVERIFY(ticket.addMessage(reply(at(3, 9), false, false, u"Hello?"_s)).ok());
        QVERIFY(ticket.addMessage(reply(at(3, 10), true, true, u"note"_s)).ok());
        QCOMPARE(ticket.firstStaffReplyAt(), std::nullopt);
        QVERIFY(ticket.addMessage(reply(at(3, 12), true, false, u"Fixed?"_s)).ok());
        QVERIFY(ticket.addMessage(reply(at(3, 11), true, false, u"Looking"_s)).ok());
        QCOMPARE(ticket.firstStaffReplyAt(), std::optional<QDateTime>(at(3, 11)));
    }

    void pauses_data()
    {
        QTest::addColumn<QList<TicketStatus>>("steps"); // one per hour from 03-03 09:00
        QTest::addColumn<QList<PauseSpan>>("expected");
        using S = TicketStatus;
        QTest::addRow("never paused") << QList<S>{S::Open, S::Resolved} << QList<PauseSpan>{};
        QTest::addRow("closed span") << QList<S>{S::Open, S::WaitingOnCustomer, S::Open}
                                     << QList<PauseSpan>{{at(3, 10), at(3, 11)}};
        QTest::addRow("open span")
            << QList<S>{S::Open, S::WaitingOnCustomer} << QList<PauseSpan>{{at(3, 10), {}}};
        QTest::addRow("two spans")
            << QList<S>{S::WaitingOnCustomer, S::Open, S::WaitingOnCustomer, S::Resolved}
            << QList<PauseSpan>{{at(3, 9), at(3, 10)}, {at(3, 11), at(3, 12)}};
    }
    void pauses()
    {
        QFETCH(QList<TicketStatus>, steps);
        QFETCH(QList<PauseSpan>, expected);
        Ticket ticket = newTicket();
        int hour = 9;
        for (const TicketStatus step : steps) {
            QVERIFY(ticket.setStatus(u"sam"_s, at(3, hour++), step).ok());
        }
        QCOMPARE(ticket.pauses(), expected);
        if (!expected.isEmpty()) {
            QCOMPARE(expected.last().isOpen(), ticket.status() == TicketStatus::WaitingOnCustomer);
        }
    }

    void resolvedAtFollowsReopening()
    {
        Ticket ticket = newTicket();
        QCOMPARE(ticket.resolvedAt(), std::nullopt);
        QVERIFY(ticket.setStatus(u"sam"_s, at(3, 9), TicketStatus::Resolved).ok());
        QCOMPARE(ticket.resolvedAt(), std::optional<QDateTime>(at(3, 9)));
        QVERIFY(ticket.setStatus(u"ada"_s, at(3, 10), TicketStatus::Open).ok());
        QCOMPARE(ticket.resolvedAt(), std::nullopt);
        QVERIFY(ticket.setStatus(u"sam"_s, at(3, 11), TicketStatus::Resolved).ok());
        QVERIFY(ticket.setStatus(u"sam"_s, at(3, 12), TicketStatus::Closed).ok());
        QCOMPARE(ticket.resolvedAt(), std::optional<QDateTime>(at(3, 11)));
    }

    void assignTrimsAndUnassigns()
    {
        Ticket ticket = newTicket();
        ticket.assign(u" sam "_s);
        QCOMPARE(ticket.assignee(), u"sam"_s);
        ticket.assign(QString());
        QVERIFY(ticket.assignee().isEmpty());
    }

    void fieldsRoundTrip()
    {
        Ticket ticket = newTicket();
        QVERIFY(ticket.setStatus(u"sam"_s, at(3, 9), TicketStatus::Open).ok());
        const Ticket copy = Ticket::fromFields(ticket.fields());
        QCOMPARE(copy.fields(), ticket.fields());
        QCOMPARE(copy.requester().email, u"ada@example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"

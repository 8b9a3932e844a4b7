#include "ticket/Priority.h"
#include "ticket/TicketStatus.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

// Wire names of priorities and statuses: round trips, unknown names, classification.
class TestTicketWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void priorityRoundTrip_data()
    {
        QTest::addColumn<Priority>("priority");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("selectable");
        QTest::addRow("low") << Priority::Low << u"low"_s << true;
        QTest::addRow("medium") << Priority::Medium << u"medium"_s << true;
        QTest::addRow("high") << Priority::High << u"high"_s << true;
        QTest::addRow("urgent") << Priority::Urgent << u"urgent"_s << false;
    }
    void priorityRoundTrip()
    {
        QFETCH(Priority, priority);
        QFETCH(QString, wire);
        QFETCH(bool, selectable);
        QCOMPARE(toWire(priority), wire);
        QCOMPARE(priorityFromWire(wire), std::optional<Priority>(priority));
        QCOMPARE(isCustomerSelectable(priority), selectable);
        QVERIFY(!displayName(priority).isEmpty());
    }

    void unknownPriorities_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addRow("empty") << QString();
        QTest::addRow("capitalised") << u"High"_s;
        QTest::addRow("padded") << u" high"_s;
        QTest::addRow("critical") << u"critical"_s;
        QTest::addRow("number") << u"2"_s;
    }
    void unknownPriorities()
    {
        QFETCH(QString, wire);
        QCOMPARE(priorityFromWire(wire), std::nullopt);
    }

    void statusRoundTrip_data()
    {
        QTest::addColumn<TicketStatus>("status");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("pauses");
        QTest::addColumn<bool>("open");
        QTest::addRow("new") << TicketStatus::New << u"new"_s << false << true;
        QTest::addRow("open") << TicketStatus::Open << u"open"_s << false << true;
        QTest::addRow("customer") << TicketStatus::WaitingOnCustomer << u"waiting_on_customer"_s
                                  << true << true;
        QTest::addRow("engineering")
            << TicketStatus::WaitingOnEngineering << u"waiting_on_engineering"_s << false << true;
        QTest::addRow("resolved") << TicketStatus::Resolved << u"resolved"_s << false << false;
        QTest::addRow("closed") << TicketStatus::Closed << u"closed"_s << false << false;
    }
    void statusRoundTrip()
    {
        QFETCH(TicketStatus, status);
        QFETCH(QString, wire);
        QFETCH(bool, pauses);
        QFETCH(bool, open);
        QCOMPARE(toWire(status), wire);
        QCOMPARE(statusFromWire(wire), std::optional<TicketStatus>(status));
        QCOMPARE(pausesResolution(status), pauses);
        QCOMPARE(isOpenStatus(status), open);
    }

    void unknownStatuses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addRow("empty") << QString();
        QTest::addRow("kebab") << u"waiting-on-customer"_s;
        QTest::addRow("camel") << u"waitingOnCustomer"_s;
        QTest::addRow("upper") << u"OPEN"_s;
        QTest::addRow("pending") << u"pending"_s;
    }
    void unknownStatuses()
    {
        QFETCH(QString, wire);
        QCOMPARE(statusFromWire(wire), std::nullopt);
    }

    void displayNamesAreDistinct()
    {
        QSet<QString> names;
        for (const Priority priority : allPriorities()) {
            names.insert(displayName(priority));
        }
        QCOMPARE(names.size(), allPriorities().size());
        names.clear();
        for (const TicketStatus status : allStatuses()) {
            names.insert(displayName(status));
        }
        QCOMPARE(names.size(), allStatuses().size());
        QCOMPARE(displayName(TicketStatus::WaitingOnCustomer), u"Waiting on customer"_s);
    }
};

QTEST_GUILESS_MAIN(TestTicketWire)
#include "tst_ticketwire.moc"

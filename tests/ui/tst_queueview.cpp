#include "QueueTestSupport.h"

#include "queue/QueueFilterStore.h"
#include "queue/ViewCounts.h"
#include "queue/ViewListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

#include <random>

using namespace deskside;
using namespace deskside::ui;
using namespace deskside::ui::testing;

namespace {

QueueFilter fullFilter()
{
    QueueFilter filter;
    filter.name = u"Hot hardware"_s;
    filter.text = u"printer"_s;
    filter.priorities = {Priority::High, Priority::Urgent};
    filter.statuses = {TicketStatus::New, TicketStatus::Open};
    filter.assignee = QueueFilter::Assignee::Login;
    filter.assigneeLogin = u"alice"_s;
    filter.slaState = QueueSla::State::OnTrack;
    return filter;
}

QueueFilter namedFilter(const QString &name)
{
    QueueFilter filter;
    filter.name = name;
    return filter;
}

QList<qint64> matchingIds(const QueueFilter &filter)
{
    QList<qint64> ids;
    for (const QueueRow &row : fixtureRows()) {
        if (filter.matches(row, fixtureContext())) {
            ids.append(row.id);
        }
    }
    return ids;
}

// Many rows in every combination, for cross-checking the one-pass count.
QList<QueueRow> randomRows(int count)
{
    std::mt19937 random(7);
    const QStringList assignees{QString(), u"alice"_s, u"bob"_s, u"Alice"_s};
    QList<QueueRow> rows;
    for (int i = 0; i < count; ++i) {
        const auto status = ticket::allStatuses().at(int(random() % 6));
        const auto priority = ticket::allPriorities().at(int(random() % 4));
        const bool responded = random() % 2;
        const qint64 dueIn = qint64(random() % (60 * hour)) - 10 * hour;
        RowSpec spec{1000 + i,
                     u"Subject %1"_s.arg(i),
                     u"Requester %1"_s.arg(i % 50),
                     assignees.at(int(random() % 4)),
                     priority,
                     status,
                     dueIn,
                     responded,
                     responded && status == TicketStatus::WaitingOnCustomer,
                     qint64(i)};
        rows.append(makeRow(spec));
    }
    return rows;
}

QList<QueueView> allViews()
{
    QList<QueueView> views = QueueView::builtIns();
    views.append(QueueView::custom(fullFilter()));
    QueueFilter breachedMine;
    breachedMine.name = u"My breached"_s;
    breachedMine.assignee = QueueFilter::Assignee::Me;
    breachedMine.slaState = QueueSla::State::Breached;
    views.append(QueueView::custom(breachedMine));
    return views;
}

} // namespace

class TestQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsHaveUniqueKeysAndNames()
    {
        const QList<QueueView> views = QueueView::builtIns();
        QCOMPARE(views.size(), 11);
        QStringList keys;
        QStringList names;
        for (const QueueView &view : views) {
            keys.append(view.key());
            names.append(view.name());
        }
        keys.removeDuplicates();
        names.removeDuplicates();
        QCOMPARE(keys.size(), 11);
        QCOMPARE(names.size(), 11);
        QCOMPARE(views.first().name(), u"My open tickets"_s);
        QCOMPARE(views.last().key(), u"priority:urgent"_s);
        QCOMPARE(QueueView::custom(fullFilter()).key(), u"filter:Hot hardware"_s);
    }

    void filterMatches_data()
    {
        QTest::addColumn<QueueFilter>("filter");
        QTest::addColumn<QList<qint64>>("ids");
        QueueFilter filter = namedFilter(u"f"_s);
        QTest::addRow("no criteria: open tickets")
            << filter << QList<qint64>{101, 102, 103, 104, 105, 107};
        filter.statuses = {TicketStatus::Resolved, TicketStatus::Closed};
        QTest::addRow("done statuses") << filter << QList<qint64>{106, 108};
        filter = namedFilter(u"f"_s);
        filter.priorities = {Priority::Medium, Priority::High};
        QTest::addRow("priorities") << filter << QList<qint64>{102, 103, 105, 107};
        filter.assignee = QueueFilter::Assignee::Unassigned;
        QTest::addRow("priorities, unassigned") << filter << QList<qint64>{102};
        filter = namedFilter(u"f"_s);
        filter.assignee = QueueFilter::Assignee::Me;
        QTest::addRow("assigned to me") << filter << QList<qint64>{101, 104, 107};
        filter.slaState = QueueSla::State::Warning;
        QTest::addRow("mine in warning") << filter << QList<qint64>{107};
        filter = namedFilter(u"f"_s);
        filter.assignee = QueueFilter::Assignee::Login;
        filter.assigneeLogin = u"Bob"_s;
        QTest::addRow("assigned to a login") << filter << QList<qint64>{103};
        filter = namedFilter(u"f"_s);
        filter.slaState = QueueSla::State::Paused;
        QTest::addRow("paused") << filter << QList<qint64>{104};
        filter.slaState = QueueSla::State::None;
        filter.statuses = ticket::allStatuses();
        QTest::addRow("no sla") << filter << QList<qint64>{106, 108};
        filter = namedFilter(u"f"_s);
        filter.text = u"ALICE"_s;
        filter.priorities = {Priority::Low};
        QTest::addRow("text and priority") << filter << QList<qint64>{104};
        QTest::addRow("all criteria") << fullFilter() << QList<qint64>{101};
    }
    void filterMatches()
    {
        QFETCH(QueueFilter, filter);
        QFETCH(QList<qint64>, ids);
        QCOMPARE(matchingIds(filter), ids);
    }

    void filterJsonRoundTrip()
    {
        const QueueFilter filter = fullFilter();
        const auto back = QueueFilter::fromJson(filter.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == filter);
        QCOMPARE(filter.toJson().value(u"sla"_s).toString(), u"on_track"_s);
        QCOMPARE(filter.toJson().value(u"statuses"_s).toArray().at(0).toString(), u"new"_s);
    }

    void filterJsonRefusesNonsense_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("no name") << QByteArray(R"({"text":"x"})");
        QTest::addRow("blank name") << QByteArray(R"({"name":"  "})");
        QTest::addRow("priority") << QByteArray(R"({"name":"a","priorities":["huge"]})");
        QTest::addRow("status") << QByteArray(R"({"name":"a","statuses":["sleeping"]})");
        QTest::addRow("assignee") << QByteArray(R"({"name":"a","assignee":"someone"})");
        QTest::addRow("login missing") << QByteArray(R"({"name":"a","assignee":"login"})");
        QTest::addRow("sla") << QByteArray(R"({"name":"a","sla":"late"})");
    }
    void filterJsonRefusesNonsense()
    {
        QFETCH(QByteArray, json);
        const auto filter = QueueFilter::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!filter.ok());
        QCOMPARE(filter.error().code, u"bad_filter"_s);
        QVERIFY(filter.error().message.endsWith(u'.'));
    }

    void customFiltersSavedAndLoaded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"deskside.ini"_s);
        QueueFilter second = namedFilter(u"Unassigned urgent"_s);
        second.priorities = {Priority::Urgent};
        second.assignee = QueueFilter::Assignee::Unassigned;
        {
            QSettings settings(path, QSettings::IniFormat);
            QueueFilterStore store(settings);
            QVERIFY(store.filters().isEmpty());
            QVERIFY(store.add(fullFilter()).ok());
            QVERIFY(store.add(second).ok());
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            QueueFilterStore store(settings);
            QCOMPARE(store.filters().size(), 2);
            QVERIFY(store.filters().at(0) == fullFilter());
            QVERIFY(store.filters().at(1) == second);
            QVERIFY(store.rename(u"hot HARDWARE"_s, u" Printers "_s).ok());
            QVERIFY(store.remove(u"Unassigned urgent"_s).ok());
            QueueFilter changed = namedFilter(u"printers"_s);
            changed.text = u"toner"_s;
            QVERIFY(store.update(changed).ok());
        }
        QSettings settings(path, QSettings::IniFormat);
        QueueFilterStore store(settings);
        QCOMPARE(store.filters().size(), 1);
        QCOMPARE(store.filters().at(0).name, u"Printers"_s);
        QCOMPARE(store.filters().at(0).text, u"toner"_s);
        QVERIFY(store.find(u"PRINTERS"_s) != nullptr);
        QVERIFY(store.find(u"Hot hardware"_s) == nullptr);
    }

    void storeRefusesBadChanges()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"deskside.ini"_s), QSettings::IniFormat);
        QueueFilterStore store(settings);
        QVERIFY(store.add(namedFilter(u"Mine"_s)).ok());
        QVERIFY(store.add(namedFilter(u"Other"_s)).ok());
        const auto expectError = [](const Status &status, const QString &code) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, code);
            QVERIFY(!status.error().message.isEmpty());
        };
        expectError(store.add(namedFilter(u"  "_s)), u"bad_filter"_s);
        expectError(store.add(namedFilter(u"mine"_s)), u"duplicate_filter"_s);
        expectError(store.rename(u"Mine"_s, u"OTHER"_s), u"duplicate_filter"_s);
        expectError(store.rename(u"Mine"_s, QString()), u"bad_filter"_s);
        expectError(store.rename(u"Nope"_s, u"New"_s), u"unknown_filter"_s);
        expectError(store.remove(u"Nope"_s), u"unknown_filter"_s);
        expectError(store.update(namedFilter(u"Nope"_s)), u"unknown_filter"_s);
        QVERIFY(store.rename(u"Mine"_s, u"MINE"_s).ok()); // only the case changes
        QCOMPARE(store.filters().at(0).name, u"MINE"_s);
        QCOMPARE(store.filters().size(), 2);
    }

    void unreadableEntriesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deskside.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"queue/filters"_s,
                              uR"([{"name":"Good","priorities":["high"]},{"name":""},)"
                              uR"({"name":"Bad","statuses":["sleeping"]},{"name":"good"}])"_s);
        }
        QSettings settings(path, QSettings::IniFormat);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Skipping"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Skipping"_s));
        QueueFilterStore store(settings);
        QCOMPARE(store.filters().size(), 1);
        QCOMPARE(store.filters().at(0).name, u"Good"_s);
    }

    void countsEveryViewInOnePass()
    {
        const QList<int> counts = ViewCounts::count(fixtureRows(), allViews(), fixtureContext());
        // My open, Unassigned, All open, Due soon, Breached, Waiting on customer, Tier 3,
        // Low, Medium, High, Urgent, Hot hardware, My breached.
        QCOMPARE(counts, (QList<int>{3, 1, 6, 3, 1, 1, 1, 1, 2, 2, 1, 1, 0}));
    }

    void countsAgreeWithEachView()
    {
        const QList<QueueRow> rows = randomRows(3000);
        const QList<QueueView> views = allViews();
        const QueueContext context = fixtureContext();
        const QList<int> counts = ViewCounts::count(rows, views, context);
        for (qsizetype i = 0; i < views.size(); ++i) {
            const auto expected = std::count_if(rows.cbegin(), rows.cend(), [&](const QueueRow &r) {
                return views.at(i).matches(r, context);
            });
            QCOMPARE(counts.at(i), int(expected));
        }
        QVERIFY(counts.at(4) > 0); // the random rows do cover breaches ...
        QVERIFY(counts.at(3) > 0); // ... and due-soon tickets
    }

    void countsAsyncDeliverOnlyTheLatest()
    {
        ViewCounts counter;
        QSignalSpy ready(&counter, &ViewCounts::countsReady);
        counter.start(randomRows(500), allViews(), fixtureContext());
        counter.start(fixtureRows(), QueueView::builtIns().mid(0, 3), fixtureContext());
        QTRY_VERIFY_WITH_TIMEOUT(!counter.isBusy(), 60000);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<QList<int>>(), (QList<int>{3, 1, 6}));
        QCOMPARE(counter.views().size(), 3);
        QCOMPARE(counter.counts(), (QList<int>{3, 1, 6}));
    }

    void sidebarShowsCounts()
    {
        ViewListModel sidebar;
        QAbstractItemModelTester tester(&sidebar,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sidebar.setViews(allViews());
        QCOMPARE(sidebar.rowCount(), 13);
        const int allOpen = sidebar.rowOfKey(u"all_open"_s);
        const int breached = sidebar.rowOfKey(u"breached"_s);
        QCOMPARE(allOpen, 2);
        QCOMPARE(sidebar.index(allOpen).data().toString(), u"All open"_s);
        QCOMPARE(sidebar.index(allOpen).data(ViewListModel::CountRole).toInt(), -1);

        QSignalSpy changed(&sidebar, &QAbstractItemModel::dataChanged);
        sidebar.setCounts(ViewCounts::count(fixtureRows(), sidebar.views(), fixtureContext()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sidebar.index(allOpen).data().toString(), u"All open (6)"_s);
        QCOMPARE(sidebar.index(allOpen).data(Qt::AccessibleTextRole).toString(),
                 u"All open, 6 tickets"_s);
        QCOMPARE(sidebar.index(breached).data(Qt::AccessibleTextRole).toString(),
                 u"Breached, 1 ticket"_s);
        QCOMPARE(sidebar.index(0).data(ViewListModel::ViewKeyRole).toString(), u"my_open"_s);
        QCOMPARE(sidebar.viewAt(breached).kind(), QueueView::Kind::Breached);

        sidebar.setCounts({1, 2, 3}); // counts of other views: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sidebar.countAt(allOpen), 6);
    }
};

QTEST_MAIN(TestQueueView)
#include "tst_queueview.moc"

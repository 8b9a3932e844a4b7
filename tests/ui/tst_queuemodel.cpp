#include "QueueTestSupport.h"

#include "base/Clock.h"
#include "queue/SlaBadge.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QThreadPool>

using namespace deskside;
using namespace deskside::ui;
using namespace deskside::ui::testing;

namespace {

QueueView priorityView(Priority priority)
{
    return QueueView::forPriority(priority);
}

QList<qint64> reversed(QList<qint64> ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

    FakeClock m_clock{fixedNow()};

    std::unique_ptr<QueueModel> makeModel()
    {
        m_clock.set(fixedNow());
        auto model = std::make_unique<QueueModel>(m_clock, sla::SlaClock::standard());
        model->setMyLogin(myLogin());
        return model;
    }

private Q_SLOTS:
    void passesModelTester()
    {
        auto model = makeModel();
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(applyAndWait(*model, [&] { model->setView(everything()); }));
        QCOMPARE(model->rowCount(), 8);
        for (int column = 0; column < int(QueueColumn::Count); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QVERIFY(applyAndWait(*model, [&] { model->sort(column, order); }));
            }
        }
        QVERIFY(applyAndWait(*model, [&] { model->setSearchText(u"alice"_s); }));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows().mid(0, 2)); }));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(applyAndWait(*model, [&] { model->setRows({}); }));
        QCOMPARE(model->rowCount(), 0);
        model->refreshCountdowns();
    }

    void viewMembership_data()
    {
        QTest::addColumn<QueueView>("view");
        QTest::addColumn<int>("dueSoonHours");
        QTest::addColumn<QList<qint64>>("ids");
        using K = QueueView::Kind;
        QTest::addRow("my open") << QueueView::builtIn(K::MyOpen) << 4
                                 << QList<qint64>{101, 104, 107};
        QTest::addRow("unassigned") << QueueView::builtIn(K::Unassigned) << 4 << QList<qint64>{102};
        QTest::addRow("all open") << QueueView::builtIn(K::AllOpen) << 4
                                  << QList<qint64>{101, 102, 103, 104, 105, 107};
        QTest::addRow("due soon 4h")
            << QueueView::builtIn(K::DueSoon) << 4 << QList<qint64>{101, 102, 107};
        QTest::addRow("due soon 1h") << QueueView::builtIn(K::DueSoon) << 1 << QList<qint64>{102};
        QTest::addRow("due soon 3h")
            << QueueView::builtIn(K::DueSoon) << 3 << QList<qint64>{101, 102, 107};
        QTest::addRow("due soon 7h (business, overnight)")
            << QueueView::builtIn(K::DueSoon) << 7 << QList<qint64>{101, 102, 105, 107};
        QTest::addRow("due soon 6h")
            << QueueView::builtIn(K::DueSoon) << 6 << QList<qint64>{101, 102, 107};
        QTest::addRow("breached") << QueueView::builtIn(K::Breached) << 4 << QList<qint64>{103};
        QTest::addRow("waiting on customer")
            << QueueView::builtIn(K::WaitingOnCustomer) << 4 << QList<qint64>{104};
        QTest::addRow("tier 3") << QueueView::builtIn(K::Tier3) << 4 << QList<qint64>{105};
        QTest::addRow("low") << priorityView(Priority::Low) << 4 << QList<qint64>{104};
        QTest::addRow("medium") << priorityView(Priority::Medium) << 4 << QList<qint64>{103, 107};
        QTest::addRow("high") << priorityView(Priority::High) << 4 << QList<qint64>{102, 105};
        QTest::addRow("urgent") << priorityView(Priority::Urgent) << 4 << QList<qint64>{101};
        QTest::addRow("everything")
            << everything() << 4 << QList<qint64>{101, 102, 103, 104, 105, 106, 107, 108};
    }
    void viewMembership()
    {
        QFETCH(QueueView, view);
        QFETCH(int, dueSoonHours);
        QFETCH(QList<qint64>, ids);

        QueueContext context = fixtureContext();
        context.dueSoonHours = dueSoonHours;
        QList<qint64> matching;
        for (const QueueRow &row : fixtureRows()) {
            if (view.matches(row, context)) {
                matching.append(row.id);
            }
        }
        QCOMPARE(matching, ids);

        auto model = makeModel();
        model->setDueSoonHours(dueSoonHours);
        QVERIFY(applyAndWait(*model, [&] {
            model->setRows(fixtureRows());
            model->setView(view);
        }));
        QCOMPARE(visibleIds(*model), ids);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addRow("empty") << QString() << QList<qint64>{101, 102, 103, 104, 105, 107};
        QTest::addRow("subject, other case") << u"PRINTER"_s << QList<qint64>{101};
        QTest::addRow("subject middle") << u"reset li"_s << QList<qint64>{104};
        QTest::addRow("requester name") << u"carol k"_s << QList<qint64>{102};
        QTest::addRow("requester e-mail") << u"Dave@"_s << QList<qint64>{103};
        QTest::addRow("assignee, any case") << u"alice"_s << QList<qint64>{101, 104, 107};
        QTest::addRow("assignee or requester") << u"carol"_s << QList<qint64>{102, 105};
        QTest::addRow("id") << u"105"_s << QList<qint64>{105};
        QTest::addRow("id with hash") << u"#103"_s << QList<qint64>{103};
        QTest::addRow("id prefix") << u"10"_s << QList<qint64>{101, 102, 103, 104, 105, 107};
        QTest::addRow("surrounding blanks") << u"  vpn "_s << QList<qint64>{102};
        QTest::addRow("closed tickets stay out") << u"signature"_s << QList<qint64>{};
        QTest::addRow("nothing") << u"zzz"_s << QList<qint64>{};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        // As typed: one character at a time, each keystroke a new query.
        QVERIFY(applyAndWait(*model, [&] {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                model->setSearchText(text.left(length));
            }
            model->setSearchText(text);
            if (text.trimmed().isEmpty()) {
                model->setView(model->view()); // still answer once
            }
        }));
        QCOMPARE(visibleIds(*model), ids);
        QCOMPARE(model->searchText(), text.trimmed());
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<qint64>>("ascending");
        const auto add = [](QueueColumn column, const char *name, QList<qint64> ids) {
            QTest::addRow("%s", name) << int(column) << ids;
        };
        add(QueueColumn::Id, "id", {101, 102, 103, 104, 105, 106, 107, 108});
        add(QueueColumn::Subject, "subject", {106, 105, 108, 103, 107, 104, 101, 102});
        add(QueueColumn::Requester, "requester", {102, 103, 104, 105, 106, 107, 108, 101});
        add(QueueColumn::Priority, "priority", {104, 106, 108, 103, 107, 102, 105, 101});
        add(QueueColumn::Status, "status", {102, 101, 103, 107, 104, 105, 106, 108});
        add(QueueColumn::Assignee, "assignee", {102, 106, 108, 101, 104, 107, 103, 105});
        add(QueueColumn::SlaDue, "sla due", {103, 102, 101, 107, 105, 104, 106, 108});
        add(QueueColumn::Updated, "last update", {106, 108, 103, 104, 102, 107, 101, 105});
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QList<qint64>, ascending);
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] {
            model->setRows(fixtureRows());
            model->setView(everything());
        }));
        QVERIFY(applyAndWait(*model, [&] { model->sort(column, Qt::AscendingOrder); }));
        QCOMPARE(visibleIds(*model), ascending);
        QCOMPARE(model->sortColumn(), column);
        QVERIFY(applyAndWait(*model, [&] { model->sort(column, Qt::DescendingOrder); }));
        QCOMPARE(visibleIds(*model), reversed(ascending));
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    }

    void sortKeepsPersistentIndexes()
    {
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        const QPersistentModelIndex kept = model->indexOfTicket(104, 1);
        QCOMPARE(kept.row(), 3);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(
            applyAndWait(*model, [&] { model->sort(int(QueueColumn::Id), Qt::DescendingOrder); }));
        QCOMPARE(resets.count(), 0); // a re-sort is a layout change, not a reset
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 2);
        QCOMPARE(kept.column(), 1);
        QCOMPARE(model->rowAt(kept.row()).id, qint64(104));
    }

    void sortDuringFilterAppliesBoth()
    {
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        QVERIFY(applyAndWait(*model, [&] {
            model->setSearchText(u"r"_s); // still running when the sort arrives
            model->sort(int(QueueColumn::Subject), Qt::AscendingOrder);
        }));
        QCOMPARE(visibleIds(*model), (QList<qint64>{105, 103, 104, 101, 102}));
        QVERIFY(applyAndWait(*model, [&] { model->setSearchText(u"alice"_s); }));
        QCOMPARE(visibleIds(*model), (QList<qint64>{107, 104, 101}));
    }

    void dropsStaleResults()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        auto model = makeModel();
        model->setThreadPool(&pool);
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));

        // Hold the only worker so both searches are queued behind it.
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); });
        QSignalSpy finished(model.get(), &QueueModel::filterFinished);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        const quint64 before = model->generation();
        model->setSearchText(u"printer"_s);
        model->setSearchText(u"vpn"_s);
        QCOMPARE(model->generation(), before + 2);
        QCOMPARE(model->rowCount(), 6); // the old rows stay until the answer arrives
        gate.release();
        QVERIFY(pool.waitForDone(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(visibleIds(*model), QList<qint64>{102});
    }

    void keepsShowingOldRowsUntilAnswered()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        auto model = makeModel();
        model->setThreadPool(&pool);
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); });
        model->setRows(fixtureRows().mid(0, 3));
        QCOMPARE(model->allRows().size(), 3);
        QCOMPARE(visibleIds(*model), (QList<qint64>{101, 102, 103, 104, 105, 107}));
        QVERIFY(applyAndWait(*model, [&] { gate.release(); }));
        QCOMPARE(visibleIds(*model), (QList<qint64>{101, 102, 103}));
    }

    void countdowns_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        using St = QueueSla::State;
        QTest::addRow("on track") << qint64(101) << u"2h 15m left"_s << int(St::OnTrack);
        QTest::addRow("warning, last hour") << qint64(102) << u"45m left"_s << int(St::Warning);
        QTest::addRow("breached") << qint64(103) << u"overdue 1h 05m"_s << int(St::Breached);
        QTest::addRow("paused") << qint64(104) << u"paused"_s << int(St::Paused);
        QTest::addRow("overnight in business time")
            << qint64(105) << u"7h 00m left"_s << int(St::OnTrack);
        QTest::addRow("resolved") << qint64(106) << QString() << int(St::None);
        QTest::addRow("warning, a quarter left")
            << qint64(107) << u"3h 00m left"_s << int(St::Warning);
        QTest::addRow("closed") << qint64(108) << QString() << int(St::None);
    }
    void countdowns()
    {
        QFETCH(qint64, id);
        QFETCH(QString, text);
        QFETCH(int, state);
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] {
            model->setRows(fixtureRows());
            model->setView(everything());
        }));
        const QModelIndex sla = model->indexOfTicket(id, int(QueueColumn::SlaDue));
        QVERIFY(sla.isValid());
        QCOMPARE(sla.data(Qt::DisplayRole).toString(), text);
        QCOMPARE(sla.data(QueueModel::SlaStateRole).toInt(), state);
        const auto slaState = QueueSla::State(state);
        if (slaState == QueueSla::State::None) {
            QVERIFY(sla.data(Qt::DecorationRole).isNull());
            QVERIFY(sla.data(Qt::ForegroundRole).isNull());
            return;
        }
        // Not colour alone: an icon and a tooltip naming the state come with the colour.
        const auto icon = sla.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(16, 16).isNull());
        QCOMPARE(sla.data(Qt::ForegroundRole).value<QColor>(), SlaBadge::color(slaState));
        const QString tip = sla.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QueueSla::displayName(slaState)), qPrintable(tip));
        QCOMPARE(sla.data(Qt::AccessibleTextRole).toString(), tip);
    }

    void statesHaveDistinctIconsAndColours()
    {
        using St = QueueSla::State;
        const QList<St> states{St::OnTrack, St::Warning, St::Breached, St::Paused};
        for (qsizetype a = 0; a < states.size(); ++a) {
            for (qsizetype b = a + 1; b < states.size(); ++b) {
                QVERIFY(SlaBadge::color(states[a]) != SlaBadge::color(states[b]));
                const QImage first = SlaBadge::icon(states[a]).pixmap(16, 16).toImage();
                const QImage second = SlaBadge::icon(states[b]).pixmap(16, 16).toImage();
                QVERIFY(first != second);
            }
        }
    }

    void lastUpdateIsRelative_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds") << qint64(105) << u"just now"_s;
        QTest::addRow("minutes") << qint64(101) << u"5 min ago"_s;
        QTest::addRow("hours") << qint64(102) << u"3 h ago"_s;
        QTest::addRow("one day") << qint64(104) << u"yesterday"_s;
        QTest::addRow("days") << qint64(103) << u"2 days ago"_s;
    }
    void lastUpdateIsRelative()
    {
        QFETCH(qint64, id);
        QFETCH(QString, text);
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        QCOMPARE(model->indexOfTicket(id, int(QueueColumn::Updated)).data().toString(), text);
    }

    void countdownRefreshTouchesOnlyTheSlaColumn()
    {
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layouts(model.get(), &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy finished(model.get(), &QueueModel::filterFinished);
        const quint64 generation = model->generation();

        m_clock.advance(30 * minute);
        model->refreshCountdowns();

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(QueueColumn::SlaDue));
        QCOMPARE(bottomRight.column(), int(QueueColumn::SlaDue));
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), model->rowCount() - 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(model->generation(), generation);
        QCOMPARE(model->indexOfTicket(101, int(QueueColumn::SlaDue)).data().toString(),
                 u"1h 45m left"_s);
        QCOMPARE(model->indexOfTicket(102, int(QueueColumn::SlaDue)).data().toString(),
                 u"15m left"_s);
        QCOMPARE(model->indexOfTicket(103, int(QueueColumn::SlaDue)).data().toString(),
                 u"overdue 1h 35m"_s);
    }

    void rowAccess()
    {
        auto model = makeModel();
        QVERIFY(applyAndWait(*model, [&] { model->setRows(fixtureRows()); }));
        const QModelIndex index = model->indexOfTicket(103, 2);
        QCOMPARE(index.row(), 2);
        QCOMPARE(index.column(), 2);
        QCOMPARE(model->rowAt(index).subject, u"Invoice total is wrong"_s);
        QCOMPARE(index.data().toString(), u"dave@example.com"_s); // no name: the address
        QCOMPARE(index.data(QueueModel::TicketIdRole).toLongLong(), qint64(103));
        QVERIFY(!model->indexOfTicket(106).isValid()); // resolved: not in All open
        QVERIFY(!model->indexOfTicket(999).isValid());
        QCOMPARE(model->headerData(int(QueueColumn::SlaDue), Qt::Horizontal).toString(),
                 u"SLA due"_s);
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"

#include "QueueTestSupport.h"

#include "base/Clock.h"
#include "queue/QueueTable.h"

#include <QHeaderView>

using namespace deskside;
using namespace deskside::ui;
using namespace deskside::ui::testing;

// A key as the tests write it: "j", "k", "Down", "Up", "Home", "End".
static Qt::Key keyOf(const QString &name)
{
    static const QHash<QString, Qt::Key> keys{
        {u"j"_s, Qt::Key_J},           {u"k"_s, Qt::Key_K},       {u"Down"_s, Qt::Key_Down},
        {u"Up"_s, Qt::Key_Up},         {u"Home"_s, Qt::Key_Home}, {u"End"_s, Qt::Key_End},
        {u"PgDn"_s, Qt::Key_PageDown},
    };
    return keys.value(name, Qt::Key_unknown);
}

class TestQueueTable : public QObject
{
    Q_OBJECT

    FakeClock m_clock{fixedNow()};
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QueueTable> m_table;

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QueueModel>(m_clock, sla::SlaClock::standard());
        m_model->setMyLogin(myLogin());
        QVERIFY(applyAndWait(*m_model, [&] { m_model->setRows(fixtureRows()); }));
        m_table = std::make_unique<QueueTable>();
        m_table->setQueueModel(m_model.get());
        m_table->resize(1000, 400);
    }
    void cleanup()
    {
        m_table.reset();
        m_model.reset();
    }

    void keysMoveAndEnterOpens_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QList<qint64>>("changes");
        // All open, by id: 101 102 103 104 105 107.
        QTest::addRow("j starts at the top") << u"j"_s << QList<qint64>{101};
        QTest::addRow("j j") << u"j j"_s << QList<qint64>{101, 102};
        QTest::addRow("j j k") << u"j j k"_s << QList<qint64>{101, 102, 101};
        QTest::addRow("k stays at the top") << u"j k"_s << QList<qint64>{101};
        QTest::addRow("arrows") << u"j Down Down Up"_s << QList<qint64>{101, 102, 103, 102};
        QTest::addRow("end, k") << u"End k"_s << QList<qint64>{107, 105};
        QTest::addRow("j past the end") << u"End j"_s << QList<qint64>{107};
        QTest::addRow("end, home") << u"End Home"_s << QList<qint64>{107, 101};
    }
    void keysMoveAndEnterOpens()
    {
        QFETCH(QString, keys);
        QFETCH(QList<qint64>, changes);
        QSignalSpy current(m_table.get(), &QueueTable::currentTicketChanged);
        QSignalSpy opened(m_table.get(), &QueueTable::openTicket);
        const QStringList names = keys.split(u' ');
        for (const QString &name : names) {
            QTest::keyClick(m_table.get(), keyOf(name));
        }
        QList<qint64> seen;
        for (const auto &arguments : std::as_const(current)) {
            seen.append(arguments.at(0).toLongLong());
        }
        QCOMPARE(seen, changes);
        QCOMPARE(m_table->currentTicketId(), changes.last());
        QVERIFY(opened.isEmpty());

        QTest::keyClick(m_table.get(), Qt::Key_Return);
        QTest::keyClick(m_table.get(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(0).at(0).toLongLong(), changes.last());
        QCOMPARE(opened.at(1).at(0).toLongLong(), changes.last());
    }

    void enterWithoutCurrentOpensNothing()
    {
        QSignalSpy opened(m_table.get(), &QueueTable::openTicket);
        QTest::keyClick(m_table.get(), Qt::Key_Return);
        QVERIFY(opened.isEmpty());
    }

    void headerClickSortsThroughTheModel()
    {
        m_table->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
        QHeaderView *header = m_table->horizontalHeader();
        const int column = int(QueueColumn::Subject);
        const QPoint where(header->sectionViewportPosition(column) + 5, header->height() / 2);
        QVERIFY(applyAndWait(
            *m_model, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, where); }));
        QCOMPARE(m_model->sortColumn(), column);
        const Qt::SortOrder first = m_model->sortOrder();
        const QList<qint64> subjects{105, 103, 107, 104, 101, 102};
        QCOMPARE(visibleIds(*m_model), first == Qt::AscendingOrder
                                           ? subjects
                                           : QList<qint64>(subjects.crbegin(), subjects.crend()));
        QVERIFY(applyAndWait(
            *m_model, [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, where); }));
        QVERIFY(m_model->sortOrder() != first);
    }

    void currentTicketFollowsFiltering()
    {
        m_table->selectTicket(104);
        QCOMPARE(m_table->currentTicketId(), qint64(104));
        QSignalSpy current(m_table.get(), &QueueTable::currentTicketChanged);

        QVERIFY(applyAndWait(*m_model, [&] { m_model->setSearchText(u"alice"_s); }));
        QCOMPARE(m_table->currentTicketId(), qint64(104)); // still visible: still current
        QCOMPARE(m_table->currentIndex().row(), 1);
        QVERIFY(current.isEmpty());

        QVERIFY(applyAndWait(*m_model,
                             [&] { m_model->sort(int(QueueColumn::Id), Qt::DescendingOrder); }));
        QCOMPARE(m_table->currentTicketId(), qint64(104));
        QCOMPARE(m_table->currentIndex().row(), 1); // 107 104 101

        QVERIFY(applyAndWait(*m_model, [&] { m_model->setSearchText(u"printer"_s); }));
        QCOMPARE(m_table->currentTicketId(), qint64(0));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toLongLong(), qint64(0));
    }

    void rowsHaveFixedHeights()
    {
        QCOMPARE(m_table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(m_table->horizontalHeader()->stretchLastSection());
        const int subject = m_table->columnWidth(int(QueueColumn::Subject));
        QVERIFY(subject > m_table->columnWidth(int(QueueColumn::Id)));
    }
};

QTEST_MAIN(TestQueueTable)
#include "tst_queuetable.moc"

#pragma once

#include "QueueColumn.h"
#include "QueueQuery.h"
#include "QueueSla.h"
#include "sync/QueueRow.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;

namespace deskside {
class Clock;
}

namespace deskside::ui {

// The queue table: all rows of the cache, shown through a view, the search text and a
// sort order. Filtering and sorting run on a worker thread (QtConcurrent) and produce
// the visible row indices; the UI thread only swaps them in. Every request bumps a
// generation counter and results of older generations are dropped. A timer refreshes
// the SLA countdowns (dataChanged on that column only) without rebuilding anything.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1, // qint64
        SlaStateRole                     // int, QueueSla::State
    };
    static constexpr int countdownIntervalMs = 30 * 1000;

    // clock must outlive the model.
    QueueModel(const Clock &clock, sla::SlaClock slaClock, QObject *parent = nullptr);
    ~QueueModel() override;

    // Replaces all rows; the visible rows follow once the worker has filtered them.
    void setRows(QList<sync::QueueRow> rows);
    // The rows last given to setRows() (the visible rows may still be older ones).
    const QList<sync::QueueRow> &allRows() const { return m_source; }

    void setView(QueueView view);
    const QueueView &view() const { return m_query.view; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.search; }
    void setMyLogin(const QString &login);
    void setDueSoonHours(int hours);
    // The context of the next query, with now read from the clock.
    QueueContext context() const;

    // Asynchronous: the order changes when filterFinished() is emitted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return int(m_query.sortColumn); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder; }

    // Tests and benchmarks may run the workers on their own pool (not owned; it must
    // outlive the model).
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    bool isBusy() const { return m_running > 0; }
    quint64 generation() const { return m_generation; }

    const sync::QueueRow &rowAt(int row) const { return m_rows.at(m_visible[std::size_t(row)]); }
    const sync::QueueRow &rowAt(const QModelIndex &index) const { return rowAt(index.row()); }
    // The index of a visible ticket; invalid when it is not in the current rows.
    QModelIndex indexOfTicket(qint64 id, int column = 0) const;
    QueueSla slaAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Re-reads the clock and repaints the SLA column (the timer calls this).
    void refreshCountdowns();

Q_SIGNALS:
    // A query result was applied (after setRows, setView, setSearchText, sort, ...).
    void filterFinished();

private:
    void startQuery(bool reorderOnly);
    void applyOrder(const QList<sync::QueueRow> &rows, std::vector<int> order, qint64 nowUtc,
                    bool reorderOnly);
    void releaseOnWorker(QList<sync::QueueRow> rows);
    QVariant display(const sync::QueueRow &row, QueueColumn column) const;
    QVariant toolTip(const sync::QueueRow &row, QueueColumn column) const;
    QVariant slaData(const sync::QueueRow &row, int role) const;

    const Clock &m_clock;
    QList<sync::QueueRow> m_source;            // the latest rows, which queries run on
    std::shared_ptr<QueueIndex> m_sourceIndex; // their search and sort text
    QList<sync::QueueRow> m_rows; // the rows m_visible indexes (m_source once answered)
    std::vector<int> m_visible;   // indices into m_rows
    QueueQuery m_query;
    qint64 m_nowUtc = 0; // the instant the countdowns show
    QThreadPool *m_pool = nullptr;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_running = 0;
    QTimer m_countdownTimer;
};

} // namespace deskside::ui

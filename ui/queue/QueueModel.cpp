#include "QueueModel.h"

#include "QueueText.h"
#include "SlaBadge.h"
#include "base/Clock.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using sync::QueueRow;

QueueModel::QueueModel(const Clock &clock, sla::SlaClock slaClock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_sourceIndex(std::make_shared<QueueIndex>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_query.context.slaClock = std::move(slaClock);
    m_nowUtc = m_clock.now().toSecsSinceEpoch();
    m_countdownTimer.setInterval(countdownIntervalMs);
    connect(&m_countdownTimer, &QTimer::timeout, this, &QueueModel::refreshCountdowns);
    m_countdownTimer.start();
}

QueueModel::~QueueModel()
{
    m_latest->store(0); // running workers stop early; their watchers die with us
}

void QueueModel::setRows(QList<QueueRow> rows)
{
    // The table keeps showing the previous rows until the worker's answer replaces them.
    m_source = std::move(rows);
    m_sourceIndex = std::make_shared<QueueIndex>(); // built by the first worker needing it
    startQuery(false);
}

void QueueModel::setView(QueueView view)
{
    m_query.view = std::move(view);
    startQuery(false);
}

void QueueModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.search) {
        return;
    }
    m_query.search = trimmed;
    startQuery(false);
}

void QueueModel::setMyLogin(const QString &login)
{
    m_query.context.myLogin = login;
    startQuery(false);
}

void QueueModel::setDueSoonHours(int hours)
{
    m_query.context.dueSoonHours = hours;
    startQuery(false);
}

QueueContext QueueModel::context() const
{
    QueueContext context = m_query.context;
    context.nowUtc = m_clock.now().toSecsSinceEpoch();
    return context;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(QueueColumn::Count)) {
        return;
    }
    m_query.sortColumn = QueueColumn(column);
    m_query.sortOrder = order;
    // With no other query in flight the visible set (of m_source) stays: only reorder it.
    startQuery(m_running == 0);
}

void QueueModel::startQuery(bool reorderOnly)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    ++m_running;

    QueueQuery query = m_query;
    query.context.nowUtc = m_clock.now().toSecsSinceEpoch();
    const qint64 nowUtc = query.context.nowUtc;
    const QList<QueueRow> rows = m_source; // shared, not copied
    const std::shared_ptr<QueueIndex> index = m_sourceIndex;
    auto *watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(watcher, &QFutureWatcher<std::vector<int>>::finished, this,
            [this, watcher, rows, generation, nowUtc, reorderOnly] {
                watcher->deleteLater();
                --m_running;
                if (generation == m_generation) {
                    applyOrder(rows, watcher->result(), nowUtc, reorderOnly);
                }
            });
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    const auto stop = [latest = m_latest, generation] { return latest->load() != generation; };
    if (reorderOnly) {
        watcher->setFuture(QtConcurrent::run(
            pool, [rows, index, visible = m_visible, query = std::move(query)]() mutable {
                QueueQuery::sort(rows, *index, visible, query.sortColumn, query.sortOrder);
                return visible;
            }));
    } else {
        watcher->setFuture(QtConcurrent::run(pool, [rows, index, query = std::move(query), stop] {
            return query.run(rows, *index, stop);
        }));
    }
}

void QueueModel::applyOrder(const QList<QueueRow> &rows, std::vector<int> order, qint64 nowUtc,
                            bool reorderOnly)
{
    if (reorderOnly && order.size() == m_visible.size() && rows.constData() == m_rows.constData()) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<int> rowOfSource;
        if (!before.isEmpty()) {
            rowOfSource.assign(std::size_t(m_rows.size()), -1);
            for (std::size_t row = 0; row < order.size(); ++row) {
                rowOfSource[std::size_t(order[row])] = int(row);
            }
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const int source = m_visible[std::size_t(index.row())];
            after.append(createIndex(rowOfSource[std::size_t(source)], index.column()));
        }
        m_visible = std::move(order);
        m_nowUtc = nowUtc;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        QList<QueueRow> old = std::exchange(m_rows, rows);
        m_visible = std::move(order);
        m_nowUtc = nowUtc;
        endResetModel();
        releaseOnWorker(std::move(old));
    }
    Q_EMIT filterFinished();
}

void QueueModel::releaseOnWorker(QList<QueueRow> rows)
{
    // Freeing 100k rows (half a million strings) takes milliseconds: not on the UI thread.
    if (!rows.isEmpty() && !rows.isSharedWith(m_source)) {
        QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
        pool->start([rows = std::move(rows)]() mutable { rows.clear(); });
    }
}

void QueueModel::refreshCountdowns()
{
    m_nowUtc = m_clock.now().toSecsSinceEpoch();
    if (m_visible.empty()) {
        return;
    }
    const int column = int(QueueColumn::SlaDue);
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                       {Qt::DisplayRole, Qt::ForegroundRole, Qt::DecorationRole, Qt::ToolTipRole,
                        Qt::AccessibleTextRole, SlaStateRole});
}

QModelIndex QueueModel::indexOfTicket(qint64 id, int column) const
{
    for (std::size_t row = 0; row < m_visible.size(); ++row) {
        if (m_rows.at(m_visible[row]).id == id) {
            return index(int(row), column);
        }
    }
    return {};
}

QueueSla QueueModel::slaAt(int row) const
{
    return QueueSla::evaluate(rowAt(row), m_nowUtc, m_query.context.slaClock);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(QueueColumn::Count);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QueueRow &row = rowAt(index.row());
    const auto column = QueueColumn(index.column());
    if (column == QueueColumn::SlaDue && role != TicketIdRole) {
        return slaData(row, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == QueueColumn::Id) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case TicketIdRole:
        return row.id;
    case SlaStateRole:
        return int(slaAt(index.row()).state);
    default:
        return {};
    }
}

QVariant QueueModel::display(const QueueRow &row, QueueColumn column) const
{
    switch (column) {
    case QueueColumn::Id:
        return QString::number(row.id);
    case QueueColumn::Subject:
        return row.subject;
    case QueueColumn::Requester:
        return row.requesterName.isEmpty() ? row.requesterEmail : row.requesterName;
    case QueueColumn::Priority:
        return ticket::displayName(row.priority);
    case QueueColumn::Status:
        return ticket::displayName(row.status);
    case QueueColumn::Assignee:
        return row.assignee;
    case QueueColumn::Updated:
        return row.updatedAt > 0 ? queuetext::age(m_nowUtc - row.updatedAt) : QString();
    case QueueColumn::SlaDue:
    case QueueColumn::Count:
        break;
    }
    return {};
}

QVariant QueueModel::toolTip(const QueueRow &row, QueueColumn column) const
{
    switch (column) {
    case QueueColumn::Id:
        if (row.pendingEdits > 0) {
            return tr("Ticket %1: %n edit(s) waiting to be sent", nullptr, row.pendingEdits)
                .arg(row.id);
        }
        return tr("Ticket %1").arg(row.id);
    case QueueColumn::Subject:
        return row.subject;
    case QueueColumn::Requester:
        return row.requesterName.isEmpty()
                   ? row.requesterEmail
                   : tr("%1 <%2>").arg(row.requesterName, row.requesterEmail);
    case QueueColumn::Status:
        if (!row.tier3Key.isEmpty()) {
            return tr("%1 (engineering issue %2)")
                .arg(ticket::displayName(row.status), row.tier3Key);
        }
        return ticket::displayName(row.status);
    case QueueColumn::Assignee:
        return row.assignee.isEmpty() ? tr("Unassigned") : row.assignee;
    case QueueColumn::Updated:
        if (row.updatedAt <= 0) {
            return {};
        }
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.updatedAt).toLocalTime(),
                                  QLocale::LongFormat);
    case QueueColumn::Priority:
    case QueueColumn::SlaDue:
    case QueueColumn::Count:
        break;
    }
    return display(row, column);
}

QVariant QueueModel::slaData(const QueueRow &row, int role) const
{
    const QueueSla sla = QueueSla::evaluate(row, m_nowUtc, m_query.context.slaClock);
    switch (role) {
    case Qt::DisplayRole:
        return queuetext::countdown(sla);
    case Qt::ForegroundRole:
        return sla.state == QueueSla::State::None ? QVariant()
                                                  : QVariant(SlaBadge::color(sla.state));
    case Qt::DecorationRole:
        return sla.state == QueueSla::State::None ? QVariant()
                                                  : QVariant(SlaBadge::icon(sla.state));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return queuetext::countdownDetail(sla, m_query.context.slaClock.calendar().zone());
    case SlaStateRole:
        return int(sla.state);
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (QueueColumn(section)) {
    case QueueColumn::Id:
        return tr("ID");
    case QueueColumn::Subject:
        return tr("Subject");
    case QueueColumn::Requester:
        return tr("Requester");
    case QueueColumn::Priority:
        return tr("Priority");
    case QueueColumn::Status:
        return tr("Status");
    case QueueColumn::Assignee:
        return tr("Assignee");
    case QueueColumn::SlaDue:
        return tr("SLA due");
    case QueueColumn::Updated:
        return tr("Last update");
    case QueueColumn::Count:
        break;
    }
    return {};
}

} // namespace deskside::ui

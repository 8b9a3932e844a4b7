#include "QueueQuery.h"

#include <algorithm>
#include <limits>

namespace deskside::ui {

using sync::QueueRow;

namespace {

constexpr int stopCheckInterval = 4096;

// A numeric sort key with the ticket id as the tie-breaker, so every order is total.
struct NumericKey
{
    qint64 major;
    qint64 minor;
    qint64 id;
    int index;

    bool operator<(const NumericKey &other) const
    {
        if (major != other.major) {
            return major < other.major;
        }
        if (minor != other.minor) {
            return minor < other.minor;
        }
        return id < other.id;
    }
};

// When the next SLA target falls due, for ordering: running clocks by due time, then
// paused ones, then rows without a due time.
NumericKey slaKey(const QueueRow &row, int index)
{
    constexpr qint64 last = std::numeric_limits<qint64>::max();
    const qint64 due = row.responded ? row.resolveDue : row.respondDue;
    if (!ticket::isOpenStatus(row.status) || due <= 0) {
        return {2, last, row.id, index};
    }
    if (row.responded && row.paused) {
        return {1, due, row.id, index};
    }
    return {0, due, row.id, index};
}

NumericKey numericKey(const QueueRow &row, int index, QueueColumn column)
{
    switch (column) {
    case QueueColumn::Priority:
        return {qint64(row.priority), 0, row.id, index};
    case QueueColumn::Status:
        return {qint64(row.status), 0, row.id, index};
    case QueueColumn::SlaDue:
        return slaKey(row, index);
    case QueueColumn::Updated:
        return {row.updatedAt, 0, row.id, index};
    default:
        return {0, 0, row.id, index};
    }
}

void sortByText(const QList<QueueRow> &rows, const QueueIndex &index, std::vector<int> &indices,
                QueueColumn column, bool descending)
{
    // Folded once per row list (the index), then compared byte by byte: much faster than
    // case-insensitive comparisons inside the sort.
    struct TextKey
    {
        std::string_view text;
        qint64 id;
        int index;
    };
    std::vector<TextKey> keys;
    keys.reserve(indices.size());
    for (int row : indices) {
        keys.push_back({index.sortText(row, column), rows.at(row).id, row});
    }
    const auto less = [](const TextKey &a, const TextKey &b) {
        const int order = a.text.compare(b.text);
        return order != 0 ? order < 0 : a.id < b.id;
    };
    if (descending) {
        std::sort(keys.begin(), keys.end(),
                  [&](const auto &a, const auto &b) { return less(b, a); });
    } else {
        std::sort(keys.begin(), keys.end(), less);
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        indices[i] = keys[i].index;
    }
}

} // namespace

void QueueQuery::sort(const QList<QueueRow> &rows, QueueIndex &index, std::vector<int> &indices,
                      QueueColumn column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (column == QueueColumn::Subject || column == QueueColumn::Requester ||
        column == QueueColumn::Assignee) {
        sortByText(rows, index.ensureBuilt(rows), indices, column, descending);
        return;
    }
    std::vector<NumericKey> keys;
    keys.reserve(indices.size());
    for (int index : indices) {
        keys.push_back(numericKey(rows.at(index), index, column));
    }
    if (descending) {
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return b < a; });
    } else {
        std::sort(keys.begin(), keys.end());
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        indices[i] = keys[i].index;
    }
}

std::vector<int> QueueQuery::run(const QList<QueueRow> &rows, QueueIndex &index,
                                 const StopToken &stop) const
{
    const std::string needle = QueueIndex::foldNeedle(search);
    if (!needle.empty()) {
        index.ensureBuilt(rows);
    }
    std::vector<int> indices;
    indices.reserve(std::size_t(rows.size()));
    const bool needsSla = view.needsSla();
    for (int i = 0; i < rows.size(); ++i) {
        if (stop && i % stopCheckInterval == 0 && stop()) {
            return indices;
        }
        const QueueRow &row = rows.at(i);
        const QueueSla sla =
            needsSla ? QueueSla::evaluate(row, context.nowUtc, context.slaClock) : QueueSla{};
        if (view.matches(row, context, sla) && (needle.empty() || index.contains(i, needle))) {
            indices.push_back(i);
        }
    }
    if (stop && stop()) {
        return indices;
    }
    sort(rows, index, indices, sortColumn, sortOrder);
    return indices;
}

} // namespace deskside::ui

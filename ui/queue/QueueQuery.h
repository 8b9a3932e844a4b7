#pragma once

#include "QueueColumn.h"
#include "QueueContext.h"
#include "QueueIndex.h"
#include "QueueView.h"
#include "sync/QueueRow.h"

#include <QList>

#include <functional>
#include <vector>

namespace deskside::ui {

// What the queue table shows: a view, the search text and the sort order. run() is a
// pure function over the rows, so it runs on a worker thread.
struct QueueQuery
{
    QueueView view;
    QString search;
    QueueColumn sortColumn = QueueColumn::Id;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QueueContext context;

    // Answers true once the result is no longer wanted; checked now and then.
    using StopToken = std::function<bool()>;

    // Indices into rows of the rows in the view matching the search, sorted. index is
    // rows' index, built here when first needed. Returns early with whatever it has
    // when stop() answers true.
    std::vector<int> run(const QList<sync::QueueRow> &rows, QueueIndex &index,
                         const StopToken &stop = {}) const;
    // Rows (indices into rows) in the order of column; ties are broken by ticket id.
    static void sort(const QList<sync::QueueRow> &rows, QueueIndex &index,
                     std::vector<int> &indices, QueueColumn column, Qt::SortOrder order);
};

} // namespace deskside::ui

#pragma once

#include "QueueContext.h"
#include "QueueView.h"
#include "sync/QueueRow.h"

#include <QList>
#include <QObject>

class QThreadPool;

namespace deskside::ui {

// The number of rows in every view, counted in one pass over the rows on a worker
// thread (each row's SLA state is evaluated at most once). Only the result of the
// latest start() is delivered; older ones are dropped.
class ViewCounts : public QObject
{
    Q_OBJECT

public:
    explicit ViewCounts(QObject *parent = nullptr);

    // counts[i] is the number of rows in views[i].
    static QList<int> count(const QList<sync::QueueRow> &rows, const QList<QueueView> &views,
                            const QueueContext &context);

    // Counts on the pool (the global one when none is set) and emits countsReady().
    void start(QList<sync::QueueRow> rows, QList<QueueView> views, QueueContext context);
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    bool isBusy() const { return m_running > 0; }

    const QList<QueueView> &views() const { return m_views; }
    const QList<int> &counts() const { return m_counts; }

Q_SIGNALS:
    // In the order of the views passed to the start() this answers.
    void countsReady(const QList<int> &counts);

private:
    QThreadPool *m_pool = nullptr; // not owned
    quint64 m_generation = 0;
    int m_running = 0;
    QList<QueueView> m_pendingViews;
    QList<QueueView> m_views;
    QList<int> m_counts;
};

} // namespace deskside::ui

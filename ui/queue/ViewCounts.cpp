#include "ViewCounts.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace deskside::ui {

ViewCounts::ViewCounts(QObject *parent)
    : QObject(parent)
{}

QList<int> ViewCounts::count(const QList<sync::QueueRow> &rows, const QList<QueueView> &views,
                             const QueueContext &context)
{
    QList<int> counts(views.size(), 0);
    const bool needsSla =
        std::any_of(views.cbegin(), views.cend(), [](const QueueView &v) { return v.needsSla(); });
    for (const sync::QueueRow &row : rows) {
        const QueueSla sla =
            needsSla ? QueueSla::evaluate(row, context.nowUtc, context.slaClock) : QueueSla{};
        for (qsizetype i = 0; i < views.size(); ++i) {
            if (views.at(i).matches(row, context, sla)) {
                ++counts[i];
            }
        }
    }
    return counts;
}

void ViewCounts::start(QList<sync::QueueRow> rows, QList<QueueView> views, QueueContext context)
{
    const quint64 generation = ++m_generation;
    m_pendingViews = views;
    ++m_running;
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcher<QList<int>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation) {
            return; // a newer count is on its way
        }
        m_views = m_pendingViews;
        m_counts = watcher->result();
        Q_EMIT countsReady(m_counts);
    });
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(
        pool, [rows = std::move(rows), views = std::move(views), context = std::move(context)] {
            return count(rows, views, context);
        }));
}

} // namespace deskside::ui

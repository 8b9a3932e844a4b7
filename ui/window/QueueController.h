#pragma once

#include "queue/QueueContext.h"
#include "queue/QueueView.h"

#include <QObject>

class QListView;
class QLineEdit;
class QSettings;

namespace deskside {
class Clock;
}

namespace deskside::ui {

class DeskData;
class QueueFilterStore;
class QueueModel;
class QueueTable;
class ViewCounts;
class ViewListModel;

// Feeds the sidebar and the queue from the desk's rows: views with live counts,
// search as you type, custom filters. Filtering and counting run off the UI thread.
class QueueController : public QObject
{
    Q_OBJECT

public:
    QueueController(DeskData &data, const Clock &clock, QSettings &settings, QListView *sidebar,
                    QueueTable *table, QLineEdit *search, QObject *parent = nullptr);
    ~QueueController() override;

    QueueModel *model() const { return m_model; }
    ViewListModel *views() const { return m_views; }
    void setDueSoonHours(int hours);
    void selectView(int row);
    void nextView();
    // Saves the current search as a custom filter with this name.
    Status saveSearchAsFilter(const QString &name);
    const QList<int> &counts() const;
    int countOf(const QString &viewKey) const;

Q_SIGNALS:
    void countsChanged();

private:
    void reloadRows();
    void rebuildViews();
    QueueContext context() const;

    DeskData &m_data;
    const Clock &m_clock;
    QListView *m_sidebar;
    QLineEdit *m_search;
    QueueModel *m_model;
    ViewListModel *m_views;
    ViewCounts *m_counts;
    std::unique_ptr<QueueFilterStore> m_filters;
    int m_dueSoonHours = 4;
};

} // namespace deskside::ui

#pragma once

#include "QueueView.h"

#include <QAbstractListModel>

namespace deskside::ui {

// The sidebar: one row per view, shown as "name (count)" once counts are known.
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ViewKeyRole = Qt::UserRole + 1, // QString, QueueView::key()
        CountRole                       // int, -1 while unknown
    };

    explicit ViewListModel(QObject *parent = nullptr);

    void setViews(QList<QueueView> views); // counts become unknown
    const QList<QueueView> &views() const { return m_views; }
    const QueueView &viewAt(int row) const { return m_views.at(row); }
    int rowOfKey(const QString &key) const;

    // counts[i] for views()[i]; ignored when the sizes differ (counts of other views).
    void setCounts(const QList<int> &counts);
    int countAt(int row) const { return m_counts.value(row, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QueueView> m_views;
    QList<int> m_counts;
};

} // namespace deskside::ui

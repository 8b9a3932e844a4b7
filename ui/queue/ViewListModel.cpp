#include "ViewListModel.h"

namespace deskside::ui {

ViewListModel::ViewListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ViewListModel::setViews(QList<QueueView> views)
{
    beginResetModel();
    m_views = std::move(views);
    m_counts = QList<int>(m_views.size(), -1);
    endResetModel();
}

int ViewListModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).key() == key) {
            return row;
        }
    }
    return -1;
}

void ViewListModel::setCounts(const QList<int> &counts)
{
    if (counts.size() != m_views.size() || counts == m_counts) {
        return;
    }
    m_counts = counts;
    if (!m_views.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_views.size()) - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, CountRole});
    }
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QueueView &view = m_views.at(index.row());
    const int count = countAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return count < 0 ? view.name() : tr("%1 (%2)").arg(view.name()).arg(count);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (count < 0) {
            return tr("%1, counting tickets").arg(view.name());
        }
        return count == 1 ? tr("%1, 1 ticket").arg(view.name())
                          : tr("%1, %2 tickets").arg(view.name()).arg(count);
    case ViewKeyRole:
        return view.key();
    case CountRole:
        return count;
    default:
        return {};
    }
}

} // namespace deskside::ui

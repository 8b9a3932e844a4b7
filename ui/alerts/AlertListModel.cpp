#include "alerts/AlertListModel.h"

#include "alerts/AlertText.h"

using namespace Qt::StringLiterals;

namespace deskside::ui {

void AlertListModel::setAlerts(const QList<api::AlertRecord> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int AlertListModel::rowOf(qint64 alertId) const
{
    for (qsizetype row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == alertId) {
            return int(row);
        }
    }
    return -1;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const api::AlertRecord &alert = m_alerts.at(index.row());
    if (role == AlertIdRole) {
        return alert.id;
    }
    if (role == Qt::DecorationRole && index.column() == Severity) {
        return AlertText::severityIcon(alert.severity);
    }
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        return AlertText::severityColor(alert.severity);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Severity:
        return AlertText::severity(alert.severity);
    case Summary:
        return alert.summary;
    case Status:
        return AlertText::status(alert);
    case Tier:
        return AlertText::tier(alert);
    case Raised:
        return alert.raisedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Severity:
        return tr("Severity");
    case Summary:
        return tr("Summary");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Escalation");
    case Raised:
        return tr("Raised");
    default:
        return {};
    }
}

} // namespace deskside::ui

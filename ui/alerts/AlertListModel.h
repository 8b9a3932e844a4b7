#pragma once

#include "api/AlertJson.h"

#include <QAbstractTableModel>

namespace deskside::ui {

// The alerts of the On-call view, one row each: severity (icon and name), summary,
// status, escalation tier and when it was raised.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Severity,
        Summary,
        Status,
        Tier,
        Raised,
        ColumnCount
    };
    static constexpr int AlertIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setAlerts(const QList<api::AlertRecord> &alerts);
    const QList<api::AlertRecord> &alerts() const { return m_alerts; }
    // The row of the alert, or -1.
    int rowOf(qint64 alertId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<api::AlertRecord> m_alerts;
};

} // namespace deskside::ui

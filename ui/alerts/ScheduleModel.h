#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>

namespace deskside::ui {

// One shift of a schedule's coming days (GET /api/v1/schedules "shifts").
struct OnCallShift
{
    QString schedule;
    QString person;
    QDateTime from;
    QDateTime to;
};

// The schedules of the On-call view: name, time zone, who is on call now and who is
// next (and from when). Rows come from the "schedules" array of GET /api/v1/schedules.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Zone,
        OnCallNow,
        Next,
        NextFrom,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSchedules(const QJsonArray &schedules);
    // The shifts of person that have not ended at now, soonest first, over all schedules.
    QList<OnCallShift> shiftsOf(const QString &person, const QDateTime &now) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString zone;
        QString onCallNow;
        QString next;
        QDateTime nextFrom;
        QList<OnCallShift> shifts;
    };

    QList<Row> m_rows;
};

} // namespace deskside::ui

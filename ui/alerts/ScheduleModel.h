#pragma once

#include "oncall/Rotation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace deskside::ui {

// One shift of a schedule's coming days (GET /api/v1/schedules "shifts").
struct OnCallShift
{
    QString schedule;
    QString person;
    QDateTime from;
    QDateTime to;
};

// One override of a schedule (GET /api/v1/schedules "overrides"): person covers
// [from, to).
struct ScheduleOverride
{
    qint64 id = 0;
    QString person;
    QDateTime from;
    QDateTime to;
    QString reason;
    QString createdBy;
};

// What editing a schedule's overrides needs to know about it.
struct ScheduleDetails
{
    QString id;
    QString name;
    QTimeZone zone;
    QStringList members;
    std::optional<oncall::Rotation> rotation; // none when the server's could not be read
    QList<ScheduleOverride> overrides;
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
    // The schedule of a row (rows follow the server's order); row must be valid.
    const ScheduleDetails &details(int row) const { return m_rows.at(row).details; }
    // The row of the schedule with this id, or -1.
    int rowOf(const QString &scheduleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ScheduleDetails details;
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

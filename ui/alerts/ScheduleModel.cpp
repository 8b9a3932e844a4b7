#include "alerts/ScheduleModel.h"

#include "base/IsoTime.h"
#include "oncall/OnCallSchedule.h"
#include "oncall/ScheduleJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    auto parsed = iso::parse(value.toString());
    return parsed ? parsed.value() : QDateTime();
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"ddd yyyy-MM-dd HH:mm"_s) : QString();
}

ScheduleDetails detailsOf(QJsonObject schedule)
{
    ScheduleDetails details;
    details.id = schedule.value(u"id"_s).toVariant().toString();
    details.name = schedule.value(u"name"_s).toString(details.id);
    details.zone = QTimeZone(schedule.value(u"zone"_s).toString().toUtf8());
    for (const QJsonValue &value : schedule.value(u"overrides"_s).toArray()) {
        const QJsonObject cover = value.toObject();
        details.overrides.append(
            {cover.value(u"id"_s).toVariant().toLongLong(), cover.value(u"person"_s).toString(),
             timeOf(cover.value(u"from"_s)), timeOf(cover.value(u"to"_s)),
             cover.value(u"reason"_s).toString(), cover.value(u"created_by"_s).toString()});
    }
    // The core reader knows the rotation (its overrides are the server's business).
    schedule.remove(u"overrides"_s);
    auto parsed =
        oncall::scheduleFromJson(QJsonDocument(schedule).toJson(), u"the server's schedule"_s);
    if (parsed) {
        details.rotation = parsed.value().rotation();
        details.members = parsed.value().rotation().members();
    }
    return details;
}

} // namespace

void ScheduleModel::setSchedules(const QJsonArray &schedules)
{
    QList<Row> rows;
    for (const QJsonValue &value : schedules) {
        const QJsonObject schedule = value.toObject();
        Row row;
        row.details = detailsOf(schedule);
        row.name = schedule.value(u"name"_s).toString();
        if (row.name.isEmpty()) {
            row.name = schedule.value(u"id"_s).toVariant().toString();
        }
        row.zone = schedule.value(u"zone"_s).toString();
        row.onCallNow = schedule.value(u"on_call_now"_s).toString();
        const QJsonObject next = schedule.value(u"next"_s).toObject();
        row.next = next.value(u"person"_s).toString();
        row.nextFrom = timeOf(next.value(u"from"_s));
        for (const QJsonValue &shift : schedule.value(u"shifts"_s).toArray()) {
            const QJsonObject s = shift.toObject();
            row.shifts.append({row.name, s.value(u"person"_s).toString(),
                               timeOf(s.value(u"from"_s)), timeOf(s.value(u"to"_s))});
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<OnCallShift> ScheduleModel::shiftsOf(const QString &person, const QDateTime &now) const
{
    QList<OnCallShift> shifts;
    for (const Row &row : m_rows) {
        for (const OnCallShift &shift : row.shifts) {
            if (shift.person == person && shift.to.isValid() && shift.to > now) {
                shifts.append(shift);
            }
        }
    }
    std::sort(shifts.begin(), shifts.end(),
              [](const OnCallShift &a, const OnCallShift &b) { return a.from < b.from; });
    return shifts;
}

int ScheduleModel::rowOf(const QString &scheduleId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).details.id == scheduleId) {
            return row;
        }
    }
    return -1;
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case Name:
        return row.name;
    case Zone:
        return row.zone;
    case OnCallNow:
        return row.onCallNow.isEmpty() ? tr("nobody") : row.onCallNow;
    case Next:
        return row.next.isEmpty() ? tr("nobody") : row.next;
    case NextFrom:
        return shortTime(row.nextFrom);
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Schedule");
    case Zone:
        return tr("Time zone");
    case OnCallNow:
        return tr("On call now");
    case Next:
        return tr("Next");
    case NextFrom:
        return tr("Hand-off");
    default:
        return {};
    }
}

} // namespace deskside::ui

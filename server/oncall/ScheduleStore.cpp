#include "oncall/ScheduleStore.h"

#include "db/Database.h"
#include "oncall/ScheduleJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using deskside::oncall::OnCallSchedule;

namespace deskside::server {

Result<QList<StoredSchedule>> ScheduleStore::all() const
{
    auto query = m_db.exec(u"SELECT id, version, definition FROM schedules ORDER BY id"_s);
    if (!query) {
        return query.error();
    }
    QHash<QString, qsizetype> index;
    QList<StoredSchedule> schedules;
    while (query.value().next()) {
        const QString id = query.value().value(0).toString();
        auto schedule = oncall::scheduleFromJson(query.value().value(2).toString().toUtf8(),
                                                 u"schedule '%1'"_s.arg(id));
        if (!schedule) {
            return schedule.error();
        }
        index.insert(id, schedules.size());
        schedules.append({schedule.value(), query.value().value(1).toLongLong(), {}});
    }
    auto overrides = m_db.exec(u"SELECT id, schedule_id, person, starts_at, ends_at, reason,"
                               " created_by FROM schedule_overrides ORDER BY id"_s);
    if (!overrides) {
        return overrides.error();
    }
    while (overrides.value().next()) {
        const QSqlQuery &q = overrides.value();
        const auto found = index.constFind(q.value(1).toString());
        if (found == index.cend()) {
            continue;
        }
        StoredSchedule &stored = schedules[*found];
        const StoredOverride row{
            q.value(0).toLongLong(),
            {QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc()),
             QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc()),
             q.value(2).toString(), q.value(5).toString()},
            q.value(6).toString()};
        if (stored.schedule.addOverride(row.cover)) {
            stored.overrides.append(row);
        }
    }
    return schedules;
}

Result<std::optional<StoredSchedule>> ScheduleStore::find(const QString &id) const
{
    auto schedules = all();
    if (!schedules) {
        return schedules.error();
    }
    for (const StoredSchedule &stored : std::as_const(schedules.value())) {
        if (stored.schedule.id() == id) {
            return std::optional<StoredSchedule>(stored);
        }
    }
    return std::optional<StoredSchedule>();
}

Result<QString> ScheduleStore::whoAt(const QString &scheduleId, const QDateTime &at) const
{
    auto stored = find(scheduleId);
    if (!stored) {
        return stored.error();
    }
    return stored.value() ? stored.value()->schedule.whoAt(at) : QString();
}

Result<bool> ScheduleStore::put(const OnCallSchedule &schedule, qint64 now)
{
    // The rotation only: overrides live in their own rows.
    const OnCallSchedule rotation(schedule.id(), schedule.name(), schedule.rotation());
    QJsonObject object = QJsonDocument::fromJson(oncall::scheduleToJson(rotation)).object();
    object.remove(u"overrides"_s);
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    auto updated = m_db.exec(u"UPDATE schedules SET definition = ?, version = version + 1,"
                             " updated_at = ? WHERE id = ?"_s,
                             {text, now, schedule.id()});
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() > 0) {
        return false;
    }
    auto inserted = m_db.exec(
        u"INSERT INTO schedules (id, version, definition, updated_at) VALUES (?, 1, ?, ?)"_s,
        {schedule.id(), text, now});
    if (!inserted) {
        return inserted.error();
    }
    return true;
}

Result<StoredOverride> ScheduleStore::addOverride(const QString &scheduleId,
                                                  const oncall::Override &cover,
                                                  const QString &createdBy, qint64 now)
{
    auto stored = find(scheduleId);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return makeError(u"not_found"_s, u"there is no schedule '%1'"_s.arg(scheduleId));
    }
    if (const Status valid = stored.value()->schedule.addOverride(cover); !valid) {
        return valid.error();
    }
    auto id =
        m_db.scalar(u"INSERT INTO schedule_overrides (schedule_id, person, starts_at,"
                    " ends_at, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " RETURNING id"_s,
                    {scheduleId, cover.person, cover.from.toSecsSinceEpoch(),
                     cover.to.toSecsSinceEpoch(), cover.reason.isNull() ? u""_s : cover.reason,
                     createdBy, now}); // NOT NULL: a null QString would bind NULL
    if (!id) {
        return id.error();
    }
    if (const Status bumped = bump(scheduleId, now); !bumped) {
        return bumped.error();
    }
    return StoredOverride{id.value().toLongLong(), cover, createdBy};
}

Status ScheduleStore::removeOverride(const QString &scheduleId, qint64 overrideId, qint64 now)
{
    auto done = m_db.exec(u"DELETE FROM schedule_overrides WHERE id = ? AND schedule_id = ?"_s,
                          {overrideId, scheduleId});
    if (!done) {
        return done.error();
    }
    if (done.value().numRowsAffected() == 0) {
        return makeError(u"not_found"_s,
                         u"schedule '%1' has no override #%2"_s.arg(scheduleId).arg(overrideId));
    }
    return bump(scheduleId, now);
}

Status ScheduleStore::bump(const QString &scheduleId, qint64 now)
{
    auto done =
        m_db.exec(u"UPDATE schedules SET version = version + 1, updated_at = ? WHERE id = ?"_s,
                  {now, scheduleId});
    if (!done) {
        return done.error();
    }
    return {};
}

QList<Shift> ScheduleStore::shifts(const OnCallSchedule &schedule, const QDateTime &from,
                                   const QDateTime &to)
{
    QList<Shift> shifts;
    QDateTime at = from;
    for (int guard = 0; at < to && guard < 1000; ++guard) {
        QDateTime next = schedule.nextHandoff(at);
        if (!next.isValid() || next <= at || next > to) {
            next = to;
        }
        const QString person = schedule.whoAt(at);
        if (!person.isEmpty()) {
            if (!shifts.isEmpty() && shifts.last().person == person && shifts.last().to == at) {
                shifts.last().to = next;
            } else {
                shifts.append({person, at, next});
            }
        }
        at = next;
    }
    return shifts;
}

} // namespace deskside::server

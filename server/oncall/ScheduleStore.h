#pragma once

#include "base/Result.h"
#include "oncall/OnCallSchedule.h"

#include <QList>

#include <optional>

namespace deskside::server {

class Database;

// An override as stored: the core value plus its id and author.
struct StoredOverride
{
    qint64 id = 0;
    oncall::Override cover;
    QString createdBy;
};

// A schedule as stored: the core schedule (rotation + overrides, oldest first, so the
// newest wins), its version and the stored overrides.
struct StoredSchedule
{
    oncall::OnCallSchedule schedule;
    qint64 version = 1;
    QList<StoredOverride> overrides;
};

// One stretch of time one person is on call.
struct Shift
{
    QString person;
    QDateTime from;
    QDateTime to;
};

// On-call schedules (tables schedules and schedule_overrides). The rotation is stored
// as core ScheduleJson text; overrides as rows. Runs in the caller's transaction.
class ScheduleStore
{
public:
    explicit ScheduleStore(Database &db)
        : m_db(db)
    {}

    Result<QList<StoredSchedule>> all() const;
    Result<std::optional<StoredSchedule>> find(const QString &id) const;
    // Who is on call in the schedule at `at` (overrides included); empty when nobody is
    // or the schedule does not exist.
    Result<QString> whoAt(const QString &scheduleId, const QDateTime &at) const;

    // Creates or replaces the rotation (existing overrides stay); returns whether it
    // was created.
    Result<bool> put(const oncall::OnCallSchedule &schedule, qint64 now);
    // Errors "not_found" (no schedule) or the core's refusal of a bad interval.
    Result<StoredOverride> addOverride(const QString &scheduleId, const oncall::Override &cover,
                                       const QString &createdBy, qint64 now);
    // Error "not_found" when the schedule has no such override.
    Status removeOverride(const QString &scheduleId, qint64 overrideId, qint64 now);

    // The shifts in [from, to), adjacent stretches of one person merged; nobody's
    // stretches left out.
    static QList<Shift> shifts(const oncall::OnCallSchedule &schedule, const QDateTime &from,
                               const QDateTime &to);

private:
    Status bump(const QString &scheduleId, qint64 now);

    Database &m_db;
};

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "oncall/OnCallSchedule.h"

#include <QByteArray>

namespace deskside::oncall {

// The JSON form of an on-call schedule:
//   {"id": "primary", "name": "Primary on-call", "zone": "America/Chicago",
//    "rotation": {"members": ["maria", "sam", "priya"], "start": "2026-01-05T09:00",
//                 "period_days": 7, "handoff": "09:00"},
//    "overrides": [{"from": "2026-03-10T00:00:00-05:00", "to": "2026-03-11T00:00:00-05:00",
//                   "person": "alex", "reason": "swap"}]}
// "start" and "handoff" are local wall times in "zone"; "handoff" defaults to the
// start's time of day and "overrides" and "name" are optional. Override times are
// ISO-8601 instants with an offset. Errors name `sourceName` and the field.
Result<OnCallSchedule> scheduleFromJson(const QByteArray &json, const QString &sourceName);
QByteArray scheduleToJson(const OnCallSchedule &schedule);
Result<OnCallSchedule> loadScheduleFile(const QString &path);

} // namespace deskside::oncall

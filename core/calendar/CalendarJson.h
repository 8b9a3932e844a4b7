#pragma once

#include "base/Result.h"
#include "calendar/BusinessCalendar.h"

#include <QByteArray>

namespace deskside::calendar {

// Calendars as JSON files:
// {"name":"Standard","zone":"America/Chicago",
//  "hours":{"monday":[["08:00","17:00"]],"tuesday":[["08:00","12:00"],["13:00","17:00"]]},
//  "holidays":[{"name":"Christmas Day","fixed":"12-25","observe_weekend":true},
//              {"name":"Memorial Day","last":"monday","month":5},
//              {"name":"Labor Day","nth":1,"weekday":"monday","month":9},
//              {"name":"Office move","date":"2026-07-10"}]}
// Days missing from "hours" are closed. Errors name sourceName and the problem.
Result<BusinessCalendar> calendarFromJson(const QByteArray &json, const QString &sourceName);
QByteArray calendarToJson(const BusinessCalendar &calendar);

// Reads and parses a calendar file; errors name the file.
Result<BusinessCalendar> loadCalendarFile(const QString &path);

} // namespace deskside::calendar

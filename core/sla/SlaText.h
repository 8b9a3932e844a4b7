#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace deskside::calendar {
class WeeklyHours;
}

// Wording shared by SLA explanations, notifications and countdowns.
namespace deskside::sla::text {

// "18 h", "8 h 59 min 59 s", "45 min", "0 s".
QString duration(qint64 seconds);
// A target for people: "2 business days (18 h)", "4 business hours", "90 min of business time".
QString target(qint64 seconds, qint64 businessDaySeconds);
// An instant as local wall time with its zone abbreviation: "Fri 2026-03-06 16:00 CST"
// (seconds shown when not zero).
QString localTime(qint64 utc, const QTimeZone &zone);
// Weekly hours: "Mon–Fri 08:00–17:00", "Mon–Thu 08:00–12:00, 13:00–17:00; Fri 08:00–12:00".
QString weeklyHours(const calendar::WeeklyHours &hours);
// Days: "Sat Mar 7", "Sat–Sun Mar 7–8", "Sat Feb 28–Sun Mar 1".
QString dayRange(const QDate &first, const QDate &last);

} // namespace deskside::sla::text

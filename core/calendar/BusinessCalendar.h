#pragma once

#include "calendar/HolidayRule.h"
#include "calendar/WeeklyHours.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace deskside::calendar {

class ZoneTable;

// Business time in one time zone: weekly hours as local wall time (DST moves the
// UTC offset, never the hours) minus holidays. Intervals are half-open [open, close).
//
// Arithmetic is closed-form: B(t), the business seconds from a fixed origin to t,
// is whole weeks * week length + the prefix within the week - holiday seconds
// before t (binary search), and add() inverts it. Nothing loops over hours or days.
class BusinessCalendar
{
public:
    BusinessCalendar(QString name, QTimeZone zone, WeeklyHours hours, QList<HolidayRule> holidays);
    ~BusinessCalendar();
    BusinessCalendar(const BusinessCalendar &other);
    BusinessCalendar &operator=(const BusinessCalendar &other);
    BusinessCalendar(BusinessCalendar &&other) noexcept;
    BusinessCalendar &operator=(BusinessCalendar &&other) noexcept;

    // DESIGN.md section 3: Mon-Fri 08:00-17:00 America/Chicago with the six US holidays.
    static const BusinessCalendar &standard();

    QString name() const;
    QTimeZone zone() const;
    const WeeklyHours &hours() const;
    const QList<HolidayRule> &holidayRules() const;

    // Length of one business day in seconds (the longest open weekday: 9 h by default).
    qint64 businessDaySeconds() const;

    // Fast path on UTC epoch seconds.
    // The earliest instant t >= start's opening with business time from start to t == seconds.
    // A target ending exactly at closing time is due at that closing time. Zero seconds
    // gives nextOpening(start); negative seconds count backwards (the earliest instant
    // with that much business time before start). A calendar that never opens returns start.
    qint64 addBusinessSeconds(qint64 startUtc, qint64 seconds) const;
    // Business seconds in [fromUtc, toUtc); negative when to < from.
    qint64 businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const;
    bool isOpen(qint64 utc) const;
    // utc itself when open, else the next opening.
    qint64 nextOpening(qint64 utc) const;

    // QDateTime conveniences (results in UTC).
    QDateTime add(const QDateTime &start, qint64 businessSeconds) const;
    qint64 secondsBetween(const QDateTime &from, const QDateTime &to) const;
    bool isOpen(const QDateTime &when) const;
    QDateTime nextOpening(const QDateTime &when) const;

    // Local date d: is it a (observed) holiday, and its open intervals (empty when closed).
    bool isHoliday(const QDate &localDate) const;
    QString holidayName(const QDate &localDate) const;
    QList<BusinessInterval> hoursOn(const QDate &localDate) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace deskside::calendar

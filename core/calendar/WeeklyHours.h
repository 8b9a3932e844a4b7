#pragma once

#include "base/Result.h"

#include <QList>

#include <array>

namespace deskside::calendar {

// One open span of a day in local wall time, seconds since local midnight, half-open.
struct BusinessInterval
{
    int start = 0; // inclusive
    int end = 0;   // exclusive, <= 86400
    int length() const { return end - start; }
    bool operator==(const BusinessInterval &) const = default;
};

// Open hours per weekday; a day may be split (lunch break) or closed.
class WeeklyHours
{
public:
    WeeklyHours() = default;

    // Mon-Fri 08:00-17:00.
    static WeeklyHours standard();

    // Qt::DayOfWeek numbering: 1 = Monday ... 7 = Sunday. Intervals must be sorted,
    // non-empty, non-overlapping and inside the day; otherwise an error says which.
    Status setDay(int dayOfWeek, QList<BusinessInterval> intervals);
    const QList<BusinessInterval> &day(int dayOfWeek) const;

    int openSecondsOn(int dayOfWeek) const;
    qint64 openSecondsPerWeek() const;

    bool operator==(const WeeklyHours &) const = default;

private:
    std::array<QList<BusinessInterval>, 7> m_days;
};

} // namespace deskside::calendar

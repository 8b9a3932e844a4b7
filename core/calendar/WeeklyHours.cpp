#include "calendar/WeeklyHours.h"

using namespace Qt::StringLiterals;

namespace deskside::calendar {

namespace {

QString dayName(int dayOfWeek)
{
    static const char *const names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    return QString::fromLatin1(names[dayOfWeek - 1]);
}

QString clockText(int secondsOfDay)
{
    return u"%1:%2"_s.arg(secondsOfDay / 3600, 2, 10, QChar(u'0'))
        .arg(secondsOfDay % 3600 / 60, 2, 10, QChar(u'0'));
}

QString spanText(const BusinessInterval &interval)
{
    return clockText(interval.start) + u'-' + clockText(interval.end);
}

} // namespace

WeeklyHours WeeklyHours::standard()
{
    WeeklyHours hours;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        hours.m_days[day - 1] = {BusinessInterval{8 * 3600, 17 * 3600}};
    }
    return hours;
}

Status WeeklyHours::setDay(int dayOfWeek, QList<BusinessInterval> intervals)
{
    if (dayOfWeek < Qt::Monday || dayOfWeek > Qt::Sunday) {
        return makeError(
            u"bad_hours"_s,
            u"Day %1 is not a weekday number from 1 (Monday) to 7 (Sunday)."_s.arg(dayOfWeek));
    }
    const QString day = dayName(dayOfWeek);
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const BusinessInterval &interval = intervals.at(i);
        if (interval.start < 0 || interval.end > 86400) {
            return makeError(u"bad_hours"_s, u"%1: the interval %2 is not inside the day."_s.arg(
                                                 day, spanText(interval)));
        }
        if (interval.start >= interval.end) {
            return makeError(u"bad_hours"_s,
                             u"%1: the interval %2 is empty or ends before it starts."_s.arg(
                                 day, spanText(interval)));
        }
        if (i > 0 && interval.start < intervals.at(i - 1).end) {
            return makeError(u"bad_hours"_s,
                             u"%1: the intervals %2 and %3 overlap or are not in order."_s.arg(
                                 day, spanText(intervals.at(i - 1)), spanText(interval)));
        }
    }
    m_days[dayOfWeek - 1] = std::move(intervals);
    return {};
}

const QList<BusinessInterval> &WeeklyHours::day(int dayOfWeek) const
{
    static const QList<BusinessInterval> closed;
    if (dayOfWeek < Qt::Monday || dayOfWeek > Qt::Sunday) {
        return closed;
    }
    return m_days[dayOfWeek - 1];
}

int WeeklyHours::openSecondsOn(int dayOfWeek) const
{
    int total = 0;
    for (const BusinessInterval &interval : day(dayOfWeek)) {
        total += interval.length();
    }
    return total;
}

qint64 WeeklyHours::openSecondsPerWeek() const
{
    qint64 total = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        total += openSecondsOn(day);
    }
    return total;
}

} // namespace deskside::calendar

#include "calendar/HolidayRule.h"

namespace deskside::calendar {

HolidayRule HolidayRule::fixedDate(QString name, int month, int day, bool observeWeekend)
{
    HolidayRule rule;
    rule.m_kind = Kind::FixedDate;
    rule.m_name = std::move(name);
    rule.m_month = month;
    rule.m_day = day;
    rule.m_observe = observeWeekend;
    return rule;
}

HolidayRule HolidayRule::nthWeekday(QString name, int month, int dayOfWeek, int n)
{
    HolidayRule rule;
    rule.m_kind = Kind::NthWeekday;
    rule.m_name = std::move(name);
    rule.m_month = month;
    rule.m_dayOfWeek = dayOfWeek;
    rule.m_n = n;
    return rule;
}

HolidayRule HolidayRule::lastWeekday(QString name, int month, int dayOfWeek)
{
    HolidayRule rule;
    rule.m_kind = Kind::LastWeekday;
    rule.m_name = std::move(name);
    rule.m_month = month;
    rule.m_dayOfWeek = dayOfWeek;
    return rule;
}

HolidayRule HolidayRule::oneOff(QString name, QDate date)
{
    HolidayRule rule;
    rule.m_kind = Kind::OneOff;
    rule.m_name = std::move(name);
    rule.m_date = date;
    return rule;
}

QDate HolidayRule::dateIn(int year) const
{
    switch (m_kind) {
    case Kind::FixedDate: {
        const QDate date(year, m_month, m_day);
        if (!date.isValid() || !m_observe) {
            return date;
        }
        if (date.dayOfWeek() == Qt::Saturday) {
            return date.addDays(-1);
        }
        return date.dayOfWeek() == Qt::Sunday ? date.addDays(1) : date;
    }
    case Kind::NthWeekday: {
        const QDate first(year, m_month, 1);
        if (!first.isValid() || m_dayOfWeek < Qt::Monday || m_dayOfWeek > Qt::Sunday || m_n < 1) {
            return {};
        }
        const int firstMatch = 1 + (m_dayOfWeek - first.dayOfWeek() + 7) % 7;
        const int day = firstMatch + 7 * (m_n - 1);
        return day <= first.daysInMonth() ? QDate(year, m_month, day) : QDate();
    }
    case Kind::LastWeekday: {
        const QDate first(year, m_month, 1);
        if (!first.isValid() || m_dayOfWeek < Qt::Monday || m_dayOfWeek > Qt::Sunday) {
            return {};
        }
        const QDate last(year, m_month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - m_dayOfWeek + 7) % 7));
    }
    case Kind::OneOff:
        return m_date.isValid() && m_date.year() == year ? m_date : QDate();
    }
    return {};
}

} // namespace deskside::calendar

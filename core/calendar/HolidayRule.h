#pragma once

#include <QDate>
#include <QString>

namespace deskside::calendar {

// A rule that closes whole days: a fixed date (optionally observed on the Friday
// before a Saturday or the Monday after a Sunday), the n-th weekday of a month,
// the last weekday of a month, or a one-off date.
class HolidayRule
{
public:
    enum class Kind
    {
        FixedDate,
        NthWeekday,
        LastWeekday,
        OneOff
    };

    static HolidayRule fixedDate(QString name, int month, int day, bool observeWeekend = true);
    static HolidayRule nthWeekday(QString name, int month, int dayOfWeek, int n);
    static HolidayRule lastWeekday(QString name, int month, int dayOfWeek);
    static HolidayRule oneOff(QString name, QDate date);

    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }

    int month() const { return m_month; }
    int day() const { return m_day; }
    int dayOfWeek() const { return m_dayOfWeek; }
    int n() const { return m_n; }
    bool observeWeekend() const { return m_observe; }
    QDate date() const { return m_date; }

    bool operator==(const HolidayRule &) const = default;

    // The (observed) date in a year, or an invalid QDate when the rule has none that year.
    QDate dateIn(int year) const;

private:
    Kind m_kind = Kind::OneOff;
    QString m_name;
    int m_month = 0;
    int m_day = 0;       // day of month (FixedDate)
    int m_dayOfWeek = 0; // 1 = Monday (NthWeekday, LastWeekday)
    int m_n = 0;         // 1..5 (NthWeekday)
    bool m_observe = false;
    QDate m_date; // OneOff
};

} // namespace deskside::calendar

#include "calendar/BusinessCalendar.h"

#include "calendar/ZoneTable.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace deskside::calendar {

namespace {

constexpr qint64 daySecs = 86400;
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr int firstYear = 1900;
constexpr int lastYear = 2200;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 epochDay(const QDate &date)
{
    return date.toJulianDay() - unixEpochJulianDay;
}

// Local day number -> weeks since Monday 1969-12-29 and weekday index (0 = Monday).
std::pair<qint64, int> weekOf(qint64 day)
{
    const qint64 week = floorDiv(day + 3, 7);
    return {week, int(day + 3 - 7 * week)};
}

qint64 toSecs(const QDateTime &when)
{
    return floorDiv(when.toMSecsSinceEpoch(), 1000);
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toUTC(); // Qt::UTC spec
}

} // namespace

struct BusinessCalendar::Data
{
    Data(QString n, QTimeZone z, WeeklyHours h, QList<HolidayRule> r)
        : name(std::move(n))
        , zone(std::move(z))
        , hours(std::move(h))
        , rules(std::move(r))
        , table(zone)
    {}

    QString name;
    QTimeZone zone;
    WeeklyHours hours;
    QList<HolidayRule> rules;
    ZoneTable table;
    qint64 week = 0;
    std::array<qint64, 8> weekPrefix{}; // open seconds of the week before weekday index i
    std::vector<std::pair<qint64, qsizetype>> holidays; // (local day, rule index), one per day
    std::vector<qint64> closedDays;                     // holidays that remove open time, sorted
    std::vector<qint64> closedBefore;                   // open seconds removed by closedDays[0, i)
    std::vector<qint64> businessAtClosed;               // B at the start of closedDays[i]

    void build();
    // Open seconds of weekday index wd in [00:00, secondOfDay).
    qint64 openBefore(int wd, qint64 secondOfDay) const;
    // F: business seconds since the origin ignoring holidays, at the start of a local day.
    qint64 freeAtDay(qint64 day) const;
    // B: business seconds since the origin (local second 0) up to local second s.
    qint64 businessAt(qint64 local) const;
    // The local second that is open and has B == n (the n-th business second).
    qint64 openSecondAt(qint64 n) const;
    bool isClosedDay(qint64 day) const;
    const std::pair<qint64, qsizetype> *holidayOn(qint64 day) const;
};

void BusinessCalendar::Data::build()
{
    for (int wd = 0; wd < 7; ++wd) {
        weekPrefix[wd + 1] = weekPrefix[wd] + hours.openSecondsOn(wd + 1);
    }
    week = weekPrefix[7];
    for (qsizetype r = 0; r < rules.size(); ++r) {
        const HolidayRule &rule = rules.at(r);
        if (rule.kind() == HolidayRule::Kind::OneOff) {
            if (rule.date().isValid()) {
                holidays.emplace_back(epochDay(rule.date()), r);
            }
            continue;
        }
        for (int year = firstYear; year <= lastYear; ++year) {
            const QDate date = rule.dateIn(year);
            if (date.isValid()) {
                holidays.emplace_back(epochDay(date), r);
            }
        }
    }
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end(),
                               [](const auto &a, const auto &b) { return a.first == b.first; }),
                   holidays.end());
    closedBefore.push_back(0);
    for (const auto &holiday : holidays) {
        const qint64 removed = hours.openSecondsOn(weekOf(holiday.first).second + 1);
        if (removed > 0) {
            businessAtClosed.push_back(freeAtDay(holiday.first) - closedBefore.back());
            closedDays.push_back(holiday.first);
            closedBefore.push_back(closedBefore.back() + removed);
        }
    }
}

qint64 BusinessCalendar::Data::openBefore(int wd, qint64 secondOfDay) const
{
    qint64 total = 0;
    for (const BusinessInterval &interval : hours.day(wd + 1)) {
        total += std::clamp<qint64>(secondOfDay - interval.start, 0, interval.length());
    }
    return total;
}

qint64 BusinessCalendar::Data::freeAtDay(qint64 day) const
{
    const auto [weeks, wd] = weekOf(day);
    return weeks * week + weekPrefix[wd];
}

bool BusinessCalendar::Data::isClosedDay(qint64 day) const
{
    return std::binary_search(closedDays.begin(), closedDays.end(), day);
}

const std::pair<qint64, qsizetype> *BusinessCalendar::Data::holidayOn(qint64 day) const
{
    const auto it =
        std::lower_bound(holidays.begin(), holidays.end(), day,
                         [](const auto &holiday, qint64 d) { return holiday.first < d; });
    return it != holidays.end() && it->first == day ? &*it : nullptr;
}

qint64 BusinessCalendar::Data::businessAt(qint64 local) const
{
    const qint64 day = floorDiv(local, daySecs);
    const auto it = std::lower_bound(closedDays.begin(), closedDays.end(), day);
    const qint64 atDayStart = freeAtDay(day) - closedBefore[std::size_t(it - closedDays.begin())];
    if (it != closedDays.end() && *it == day) {
        return atDayStart;
    }
    return atDayStart + openBefore(weekOf(day).second, local - day * daySecs);
}

qint64 BusinessCalendar::Data::openSecondAt(qint64 n) const
{
    // k holidays precede the answer exactly when B at the start of holiday k exceeds n.
    const auto it = std::upper_bound(businessAtClosed.begin(), businessAtClosed.end(), n);
    const qint64 free = n + closedBefore[std::size_t(it - businessAtClosed.begin())];
    // Invert the holiday-free function: whole weeks, then the weekday, then the interval.
    const qint64 weeks = floorDiv(free, week);
    qint64 rest = free - weeks * week;
    int wd = 0;
    while (rest >= weekPrefix[wd + 1]) {
        ++wd;
    }
    rest -= weekPrefix[wd];
    const qint64 dayStart = (7 * weeks + wd - 3) * daySecs;
    for (const BusinessInterval &interval : hours.day(wd + 1)) {
        if (rest < interval.length()) {
            return dayStart + interval.start + rest;
        }
        rest -= interval.length();
    }
    Q_UNREACHABLE();
    return dayStart;
}

BusinessCalendar::BusinessCalendar(QString name, QTimeZone zone, WeeklyHours hours,
                                   QList<HolidayRule> holidays)
{
    auto data = std::make_shared<Data>(std::move(name), std::move(zone), std::move(hours),
                                       std::move(holidays));
    data->build();
    d = std::move(data);
}

BusinessCalendar::~BusinessCalendar() = default;
BusinessCalendar::BusinessCalendar(const BusinessCalendar &other) = default;
BusinessCalendar &BusinessCalendar::operator=(const BusinessCalendar &other) = default;
BusinessCalendar::BusinessCalendar(BusinessCalendar &&other) noexcept = default;
BusinessCalendar &BusinessCalendar::operator=(BusinessCalendar &&other) noexcept = default;

const BusinessCalendar &BusinessCalendar::standard()
{
    static const BusinessCalendar calendar(
        u"Standard"_s, QTimeZone("America/Chicago"), WeeklyHours::standard(),
        {HolidayRule::fixedDate(u"New Year's Day"_s, 1, 1),
         HolidayRule::lastWeekday(u"Memorial Day"_s, 5, Qt::Monday),
         HolidayRule::fixedDate(u"Independence Day"_s, 7, 4),
         HolidayRule::nthWeekday(u"Labor Day"_s, 9, Qt::Monday, 1),
         HolidayRule::nthWeekday(u"Thanksgiving"_s, 11, Qt::Thursday, 4),
         HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25)});
    return calendar;
}

QString BusinessCalendar::name() const
{
    return d->name;
}

QTimeZone BusinessCalendar::zone() const
{
    return d->zone;
}

const WeeklyHours &BusinessCalendar::hours() const
{
    return d->hours;
}

const QList<HolidayRule> &BusinessCalendar::holidayRules() const
{
    return d->rules;
}

qint64 BusinessCalendar::businessDaySeconds() const
{
    int longest = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        longest = std::max(longest, d->hours.openSecondsOn(day));
    }
    return longest;
}

qint64 BusinessCalendar::addBusinessSeconds(qint64 startUtc, qint64 seconds) const
{
    if (d->week == 0) {
        return startUtc; // never open: there is no business time to add
    }
    if (seconds == 0) {
        return nextOpening(startUtc);
    }
    // The earliest s with B(s) >= B(start) + seconds ends the business second numbered
    // B(start) + seconds - 1.
    const qint64 target = d->businessAt(d->table.utcToLocal(startUtc)) + seconds;
    return d->table.localToUtc(d->openSecondAt(target - 1) + 1);
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const
{
    return d->businessAt(d->table.utcToLocal(toUtc)) - d->businessAt(d->table.utcToLocal(fromUtc));
}

bool BusinessCalendar::isOpen(qint64 utc) const
{
    const qint64 local = d->table.utcToLocal(utc);
    const qint64 day = floorDiv(local, daySecs);
    if (d->isClosedDay(day)) {
        return false;
    }
    const qint64 secondOfDay = local - day * daySecs;
    const auto &intervals = d->hours.day(weekOf(day).second + 1);
    return std::any_of(intervals.begin(), intervals.end(), [secondOfDay](const auto &interval) {
        return secondOfDay >= interval.start && secondOfDay < interval.end;
    });
}

qint64 BusinessCalendar::nextOpening(qint64 utc) const
{
    if (d->week == 0 || isOpen(utc)) {
        return utc;
    }
    return d->table.localToUtc(d->openSecondAt(d->businessAt(d->table.utcToLocal(utc))));
}

QDateTime BusinessCalendar::add(const QDateTime &start, qint64 businessSeconds) const
{
    return start.isValid() ? fromSecs(addBusinessSeconds(toSecs(start), businessSeconds))
                           : QDateTime();
}

qint64 BusinessCalendar::secondsBetween(const QDateTime &from, const QDateTime &to) const
{
    return businessSecondsBetween(toSecs(from), toSecs(to));
}

bool BusinessCalendar::isOpen(const QDateTime &when) const
{
    return when.isValid() && isOpen(toSecs(when));
}

QDateTime BusinessCalendar::nextOpening(const QDateTime &when) const
{
    return when.isValid() ? fromSecs(nextOpening(toSecs(when))) : QDateTime();
}

bool BusinessCalendar::isHoliday(const QDate &localDate) const
{
    return localDate.isValid() && d->holidayOn(epochDay(localDate)) != nullptr;
}

QString BusinessCalendar::holidayName(const QDate &localDate) const
{
    const auto *holiday = localDate.isValid() ? d->holidayOn(epochDay(localDate)) : nullptr;
    return holiday ? d->rules.at(holiday->second).name() : QString();
}

QList<BusinessInterval> BusinessCalendar::hoursOn(const QDate &localDate) const
{
    if (!localDate.isValid() || isHoliday(localDate)) {
        return {};
    }
    return d->hours.day(localDate.dayOfWeek());
}

} // namespace deskside::calendar

#include "calendar/CalendarJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace deskside::calendar {

namespace {

const QStringList &weekdayKeys()
{
    static const QStringList keys = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                     u"friday"_s, u"saturday"_s, u"sunday"_s};
    return keys;
}

Error problem(const QString &message)
{
    return makeError(u"bad_calendar"_s, message);
}

QString quoted(const QJsonValue &value)
{
    if (value.isString()) {
        return u"'%1'"_s.arg(value.toString());
    }
    const QJsonArray wrapped{value};
    const QByteArray text = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

Status onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    for (const QString &key : object.keys()) {
        if (!allowed.contains(key)) {
            return problem(u"%1 has an unknown key '%2'"_s.arg(where, key));
        }
    }
    return {};
}

Result<int> weekdayNumber(const QJsonValue &value, const QString &where)
{
    const int index =
        value.isString() ? int(weekdayKeys().indexOf(value.toString().toLower())) : -1;
    if (index < 0) {
        return problem(u"%1: unknown weekday %2"_s.arg(where, quoted(value)));
    }
    return index + 1;
}

Result<int> integerIn(const QJsonObject &object, const QString &key, int low, int high,
                      const QString &where)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1e9);
    if (!value.isDouble() || std::floor(number) != number || number < low || number > high) {
        return problem(u"%1: \"%2\" must be a whole number from %3 to %4, not %5"_s.arg(
            where, key, QString::number(low), QString::number(high), quoted(value)));
    }
    return int(number);
}

// "HH:MM" or "HH:MM:SS"; "24:00" only as a closing time.
Result<int> clockTime(const QJsonValue &value, bool closing, const QString &where)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const auto match = pattern.match(value.toString());
    if (value.isString() && match.hasMatch()) {
        const int h = match.captured(1).toInt();
        const int m = match.captured(2).toInt();
        const int s = match.captured(3).toInt();
        const int secs = h * 3600 + m * 60 + s;
        if ((h < 24 && m < 60 && s < 60) || (closing && secs == 86400)) {
            return secs;
        }
    }
    return problem(
        u"%1: bad time %2 (expected HH:MM from 00:00 to 24:00)"_s.arg(where, quoted(value)));
}

QString clockText(int secs)
{
    QString text =
        u"%1:%2"_s.arg(secs / 3600, 2, 10, QChar(u'0')).arg(secs % 3600 / 60, 2, 10, QChar(u'0'));
    if (secs % 60 != 0) {
        text += u":%1"_s.arg(secs % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

Result<WeeklyHours> parseHours(const QJsonValue &value)
{
    if (!value.isObject()) {
        return problem(
            u"\"hours\" must be an object of weekdays, such as {\"monday\": [[\"08:00\", \"17:00\"]]}"_s);
    }
    WeeklyHours hours;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto day = weekdayNumber(QJsonValue(it.key()), u"\"hours\""_s);
        if (!day) {
            return day.error();
        }
        const QString where = u"hours of %1"_s.arg(it.key());
        if (!it.value().isArray()) {
            return problem(u"%1 must be a list of [\"open\", \"close\"] pairs"_s.arg(where));
        }
        QList<BusinessInterval> intervals;
        for (const QJsonValue &pair : it.value().toArray()) {
            const QJsonArray ends = pair.toArray();
            if (!pair.isArray() || ends.size() != 2) {
                return problem(
                    u"%1: %2 is not an [\"open\", \"close\"] pair"_s.arg(where, quoted(pair)));
            }
            const auto open = clockTime(ends.at(0), false, where);
            const auto close = clockTime(ends.at(1), true, where);
            if (!open || !close) {
                return open ? close.error() : open.error();
            }
            intervals.append({*open, *close});
        }
        if (const Status set = hours.setDay(*day, intervals); !set) {
            return problem(set.error().message);
        }
    }
    if (hours.openSecondsPerWeek() == 0) {
        return problem(u"\"hours\" opens on no day of the week"_s);
    }
    return hours;
}

Result<HolidayRule> parseHoliday(const QJsonValue &value, qsizetype index)
{
    QString where = u"holiday %1"_s.arg(index + 1);
    const QJsonObject object = value.toObject();
    const QString name = object.value(u"name"_s).toString().trimmed();
    if (!value.isObject() || name.isEmpty()) {
        return problem(u"%1 needs a \"name\""_s.arg(where));
    }
    where += u" ('%1')"_s.arg(name);
    const QStringList kinds = {u"fixed"_s, u"last"_s, u"nth"_s, u"date"_s};
    QStringList present;
    for (const QString &kind : kinds) {
        if (object.contains(kind)) {
            present.append(kind);
        }
    }
    if (present.size() != 1) {
        return problem(
            u"%1 needs exactly one of \"fixed\", \"last\", \"nth\" or \"date\""_s.arg(where));
    }
    const QString kind = present.constFirst();
    if (kind == u"date") {
        const QDate date = QDate::fromString(object.value(kind).toString(), Qt::ISODate);
        if (!date.isValid()) {
            return problem(
                u"%1: bad date %2 (expected YYYY-MM-DD)"_s.arg(where, quoted(object.value(kind))));
        }
        if (const Status keys = onlyKeys(object, {u"name"_s, u"date"_s}, where); !keys) {
            return keys.error();
        }
        return HolidayRule::oneOff(name, date);
    }
    if (kind == u"fixed") {
        const QDate date =
            QDate::fromString(u"2000-"_s + object.value(kind).toString(), u"yyyy-MM-dd"_s);
        const QJsonValue observe = object.value(u"observe_weekend"_s);
        if (!date.isValid()) {
            return problem(
                u"%1: bad fixed date %2 (expected MM-DD)"_s.arg(where, quoted(object.value(kind))));
        }
        if (!observe.isUndefined() && !observe.isBool()) {
            return problem(u"%1: \"observe_weekend\" must be true or false"_s.arg(where));
        }
        if (const Status keys =
                onlyKeys(object, {u"name"_s, u"fixed"_s, u"observe_weekend"_s}, where);
            !keys) {
            return keys.error();
        }
        return HolidayRule::fixedDate(name, date.month(), date.day(), observe.toBool(true));
    }
    const auto month = integerIn(object, u"month"_s, 1, 12, where);
    if (!month) {
        return month.error();
    }
    if (kind == u"last") {
        const auto weekday = weekdayNumber(object.value(kind), where);
        const Status keys = onlyKeys(object, {u"name"_s, u"last"_s, u"month"_s}, where);
        if (!weekday || !keys) {
            return weekday ? keys.error() : weekday.error();
        }
        return HolidayRule::lastWeekday(name, *month, *weekday);
    }
    const auto n = integerIn(object, u"nth"_s, 1, 5, where);
    const auto weekday = weekdayNumber(object.value(u"weekday"_s), where);
    const Status keys = onlyKeys(object, {u"name"_s, u"nth"_s, u"weekday"_s, u"month"_s}, where);
    if (!n || !weekday || !keys) {
        return !n ? n.error() : !weekday ? weekday.error() : keys.error();
    }
    return HolidayRule::nthWeekday(name, *month, *weekday, *n);
}

Result<BusinessCalendar> parseCalendar(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return problem(u"not JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return problem(u"the calendar must be a JSON object"_s);
    }
    const QJsonObject object = document.object();
    if (const Status keys =
            onlyKeys(object, {u"name"_s, u"zone"_s, u"hours"_s, u"holidays"_s}, u"the calendar"_s);
        !keys) {
        return keys.error();
    }
    const QString name = object.value(u"name"_s).toString().trimmed();
    if (name.isEmpty()) {
        return problem(u"the calendar needs a \"name\""_s);
    }
    const QJsonValue zoneValue = object.value(u"zone"_s);
    const QTimeZone zone(zoneValue.toString().toUtf8());
    if (!zoneValue.isString() || !zone.isValid()) {
        return problem(u"unknown zone %1 (expected an IANA name such as America/Chicago)"_s.arg(
            quoted(zoneValue)));
    }
    const auto hours = parseHours(object.value(u"hours"_s));
    if (!hours) {
        return hours.error();
    }
    const QJsonValue holidayList = object.value(u"holidays"_s);
    if (!holidayList.isUndefined() && !holidayList.isArray()) {
        return problem(u"\"holidays\" must be a list"_s);
    }
    QList<HolidayRule> holidays;
    const QJsonArray array = holidayList.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto rule = parseHoliday(array.at(i), i);
        if (!rule) {
            return rule.error();
        }
        holidays.append(*rule);
    }
    return BusinessCalendar(name, zone, *hours, holidays);
}

QJsonObject holidayToJson(const HolidayRule &rule)
{
    QJsonObject object{{u"name"_s, rule.name()}};
    switch (rule.kind()) {
    case HolidayRule::Kind::FixedDate:
        object.insert(
            u"fixed"_s,
            u"%1-%2"_s.arg(rule.month(), 2, 10, QChar(u'0')).arg(rule.day(), 2, 10, QChar(u'0')));
        object.insert(u"observe_weekend"_s, rule.observeWeekend());
        break;
    case HolidayRule::Kind::NthWeekday:
        object.insert(u"nth"_s, rule.n());
        object.insert(u"weekday"_s, weekdayKeys().value(rule.dayOfWeek() - 1));
        object.insert(u"month"_s, rule.month());
        break;
    case HolidayRule::Kind::LastWeekday:
        object.insert(u"last"_s, weekdayKeys().value(rule.dayOfWeek() - 1));
        object.insert(u"month"_s, rule.month());
        break;
    case HolidayRule::Kind::OneOff:
        object.insert(u"date"_s, rule.date().toString(Qt::ISODate));
        break;
    }
    return object;
}

} // namespace

Result<BusinessCalendar> calendarFromJson(const QByteArray &json, const QString &sourceName)
{
    auto calendar = parseCalendar(json);
    if (!calendar) {
        return makeError(calendar.error().code,
                         u"%1: %2."_s.arg(sourceName, calendar.error().message));
    }
    return calendar;
}

QByteArray calendarToJson(const BusinessCalendar &calendar)
{
    QJsonObject hours;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QJsonArray intervals;
        for (const BusinessInterval &interval : calendar.hours().day(day)) {
            intervals.append(QJsonArray{clockText(interval.start), clockText(interval.end)});
        }
        if (!intervals.isEmpty()) {
            hours.insert(weekdayKeys().at(day - 1), intervals);
        }
    }
    QJsonArray holidays;
    for (const HolidayRule &rule : calendar.holidayRules()) {
        holidays.append(holidayToJson(rule));
    }
    const QJsonObject object{{u"name"_s, calendar.name()},
                             {u"zone"_s, QString::fromUtf8(calendar.zone().id())},
                             {u"hours"_s, hours},
                             {u"holidays"_s, holidays}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<BusinessCalendar> loadCalendarFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(u"calendar_unreadable"_s,
                         u"Cannot read the calendar file %1: %2."_s.arg(path, file.errorString()));
    }
    return calendarFromJson(file.readAll(), path);
}

} // namespace deskside::calendar

#include "oncall/ScheduleJson.h"

#include "base/IsoTime.h"
#include "oncall/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

namespace {

struct LocalDateTime
{
    QDate date;
    QTime time;
};

std::optional<QTime> parseClock(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{2}:\\d{2}(:\\d{2})?$"_s);
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QTime time = QTime::fromString(text, Qt::ISODate);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<LocalDateTime> parseLocal(const QString &text)
{
    const qsizetype t = text.indexOf(u'T');
    if (t != 10) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const auto time = parseClock(text.mid(11));
    if (!date.isValid() || !time) {
        return std::nullopt;
    }
    return LocalDateTime{date, *time};
}

QString formatClock(QTime time)
{
    return time.toString(time.second() == 0 ? u"HH:mm"_s : u"HH:mm:ss"_s);
}

Result<Rotation> rotationFromJson(const JsonReader &reader, const QJsonObject &top,
                                  const QTimeZone &zone)
{
    const auto object = reader.object(top, {}, u"rotation"_s);
    if (!object) {
        return object.error();
    }
    const QString where = u"rotation"_s;
    const auto members = reader.strings(*object, where, u"members"_s, 1);
    const auto start = reader.string(*object, where, u"start"_s);
    const auto period = reader.integer(*object, where, u"period_days"_s, 1);
    const auto handoff = reader.optionalString(*object, where, u"handoff"_s);
    if (const auto problem = JsonReader::firstError(members, start, period, handoff)) {
        return *problem;
    }
    const auto local = parseLocal(*start);
    if (!local) {
        return reader.error(u"rotation.start '%1' must be a local date and time such as "
                            "2026-01-05T09:00"_s.arg(*start));
    }
    QTime handoffTime = local->time;
    if (!handoff->isEmpty()) {
        const auto clock = parseClock(*handoff);
        if (!clock) {
            return reader.error(
                u"rotation.handoff '%1' must be a time of day such as 09:00"_s.arg(*handoff));
        }
        handoffTime = *clock;
    }
    return Rotation(*members, local->date, local->time, *period, handoffTime, zone);
}

Status addOverridesFromJson(const JsonReader &reader, const QJsonObject &top,
                            OnCallSchedule &schedule)
{
    if (!top.contains(u"overrides"_s)) {
        return {};
    }
    const auto list = reader.array(top, {}, u"overrides"_s);
    if (!list) {
        return list.error();
    }
    for (int i = 0; i < list->size(); ++i) {
        const QString where = u"overrides[%1]"_s.arg(i);
        const auto object = reader.element(*list, u"overrides"_s, i);
        if (!object) {
            return object.error();
        }
        Override cover;
        for (const auto &[key, target] :
             {std::pair{u"from"_s, &cover.from}, std::pair{u"to"_s, &cover.to}}) {
            const auto text = reader.string(*object, where, key);
            if (!text) {
                return text.error();
            }
            const auto instant = iso::parse(*text);
            if (!instant) {
                return reader.error(
                    u"%1: %2"_s.arg(JsonReader::field(where, key), instant.error().message));
            }
            *target = *instant;
        }
        const auto person = reader.string(*object, where, u"person"_s);
        const auto reason = reader.optionalString(*object, where, u"reason"_s);
        if (const auto problem = JsonReader::firstError(person, reason)) {
            return *problem;
        }
        cover.person = *person;
        cover.reason = *reason;
        const Status added = schedule.addOverride(cover);
        if (!added) {
            return reader.error(u"%1: %2"_s.arg(where, added.error().message));
        }
    }
    return {};
}

} // namespace

Result<OnCallSchedule> scheduleFromJson(const QByteArray &json, const QString &sourceName)
{
    const JsonReader reader(sourceName, u"bad_schedule"_s);
    const auto top = reader.parseObject(json);
    if (!top) {
        return top.error();
    }
    const auto id = reader.string(*top, {}, u"id"_s);
    if (!id) {
        return id.error();
    }
    const auto name = reader.optionalString(*top, {}, u"name"_s, *id);
    const auto zoneName = reader.string(*top, {}, u"zone"_s);
    if (const auto problem = JsonReader::firstError(name, zoneName)) {
        return *problem;
    }
    const QTimeZone zone(zoneName->toUtf8());
    if (!zone.isValid()) {
        return reader.error(
            u"zone '%1' is not a known time zone such as America/Chicago"_s.arg(*zoneName));
    }
    const auto rotation = rotationFromJson(reader, *top, zone);
    if (!rotation) {
        return rotation.error();
    }
    OnCallSchedule schedule(*id, *name, *rotation);
    const Status overrides = addOverridesFromJson(reader, *top, schedule);
    if (!overrides) {
        return overrides.error();
    }
    return schedule;
}

QByteArray scheduleToJson(const OnCallSchedule &schedule)
{
    const Rotation &rotation = schedule.rotation();
    QJsonObject rotationObject{
        {u"members"_s, QJsonArray::fromStringList(rotation.members())},
        {u"start"_s, QString(rotation.startDate().toString(Qt::ISODate) + u'T' +
                             formatClock(rotation.startTime()))},
        {u"period_days"_s, rotation.periodDays()},
        {u"handoff"_s, formatClock(rotation.handoffTime())},
    };
    QJsonArray overrides;
    for (const Override &cover : schedule.overrides()) {
        QJsonObject entry{{u"from"_s, iso::format(cover.from, schedule.zone())},
                          {u"to"_s, iso::format(cover.to, schedule.zone())},
                          {u"person"_s, cover.person}};
        if (!cover.reason.isEmpty()) {
            entry.insert(u"reason"_s, cover.reason);
        }
        overrides.append(entry);
    }
    const QJsonObject top{
        {u"id"_s, schedule.id()},
        {u"name"_s, schedule.name()},
        {u"zone"_s, QString::fromUtf8(schedule.zone().id())},
        {u"rotation"_s, rotationObject},
        {u"overrides"_s, overrides},
    };
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<OnCallSchedule> loadScheduleFile(const QString &path)
{
    const auto bytes = JsonReader::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return scheduleFromJson(*bytes, path);
}

} // namespace deskside::oncall

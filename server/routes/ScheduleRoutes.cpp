#include "routes/ScheduleRoutes.h"

#include "ServerContext.h"
#include "base/Clock.h"
#include "base/IsoTime.h"
#include "db/Database.h"
#include "http/Router.h"
#include "oncall/EscalationPolicyJson.h"
#include "oncall/PolicyStore.h"
#include "oncall/ScheduleJson.h"
#include "oncall/ScheduleStore.h"
#include "routes/RouteHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

constexpr qint64 shiftWindowDays = 14;
constexpr qint64 nextSearchDays = 90;

QJsonObject overrideJson(const StoredOverride &row)
{
    return {{u"id"_s, row.id},
            {u"from"_s, iso::formatUtc(row.cover.from)},
            {u"to"_s, iso::formatUtc(row.cover.to)},
            {u"person"_s, row.cover.person},
            {u"reason"_s, row.cover.reason},
            {u"created_by"_s, row.createdBy}};
}

QJsonObject scheduleJson(const StoredSchedule &stored, const QDateTime &now)
{
    const oncall::OnCallSchedule &schedule = stored.schedule;
    QJsonObject object = QJsonDocument::fromJson(oncall::scheduleToJson(schedule)).object();
    object.insert(u"version"_s, stored.version);
    QJsonArray overrides;
    for (const StoredOverride &row : stored.overrides) {
        overrides.append(overrideJson(row));
    }
    object.insert(u"overrides"_s, overrides);
    const QString current = schedule.whoAt(now);
    object.insert(u"on_call_now"_s, current.isEmpty() ? QJsonValue() : QJsonValue(current));
    QJsonValue next;
    for (const Shift &shift : ScheduleStore::shifts(schedule, now, now.addDays(nextSearchDays))) {
        if (shift.from > now && shift.person != current) {
            next =
                QJsonObject{{u"person"_s, shift.person}, {u"from"_s, iso::formatUtc(shift.from)}};
            break;
        }
    }
    object.insert(u"next"_s, next);
    QJsonArray shifts;
    for (const Shift &shift : ScheduleStore::shifts(schedule, now, now.addDays(shiftWindowDays))) {
        shifts.append(QJsonObject{{u"person"_s, shift.person},
                                  {u"from"_s, iso::formatUtc(shift.from)},
                                  {u"to"_s, iso::formatUtc(shift.to)}});
    }
    object.insert(u"shifts"_s, shifts);
    return object;
}

ApiResponse listSchedules(ServerContext &context, ApiRequest &)
{
    auto schedules = context.schedules->all();
    if (!schedules) {
        return storageFailure(schedules.error());
    }
    QJsonArray items;
    for (const StoredSchedule &stored : std::as_const(schedules.value())) {
        items.append(scheduleJson(stored, context.clock->now()));
    }
    return ApiResponse::json(200, QJsonObject{{u"schedules"_s, items}});
}

// A schedule id from the path: letters, digits, '-' and '_'.
std::optional<ApiResponse> badScheduleId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (pattern.match(id).hasMatch()) {
        return std::nullopt;
    }
    return ApiResponse::problem(
        404, u"'%1' is not a schedule id (letters, digits, '-' and '_', up to 64)"_s.arg(id));
}

ApiResponse scheduleResponse(ServerContext &context, const QString &id, int status)
{
    auto stored = context.schedules->find(id);
    if (!stored || !stored.value()) {
        return storageFailure(stored ? makeError(u"not_found"_s, id) : stored.error());
    }
    return ApiResponse::json(status, scheduleJson(*stored.value(), context.clock->now()));
}

ApiResponse putSchedule(ServerContext &context, ApiRequest &request)
{
    const QString id = request.params.value(u"schedule"_s);
    if (auto bad = badScheduleId(id)) {
        return *bad;
    }
    QJsonParseError error;
    QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return invalidBody(makeError(u"json"_s, u"the body is not a JSON object"_s));
    }
    if (body.value(u"id"_s).toString(id) != id) {
        return invalidBody(
            makeError(u"id"_s, u"'id' must be the schedule in the path, '%1'"_s.arg(id)));
    }
    if (body.contains(u"overrides"_s)) {
        return invalidBody(makeError(
            u"overrides"_s,
            u"overrides are added with POST /api/v1/schedules/%1/overrides, not here"_s.arg(id)));
    }
    body.insert(u"id"_s, id);
    auto schedule = oncall::scheduleFromJson(QJsonDocument(body).toJson(), u"the body"_s);
    if (!schedule) {
        return invalidBody(schedule.error());
    }
    auto created = context.schedules->put(schedule.value(), context.nowSecs());
    if (!created) {
        return storageFailure(created.error());
    }
    return scheduleResponse(context, id, created.value() ? 201 : 200);
}

ApiResponse addOverride(ServerContext &context, ApiRequest &request)
{
    const QString id = request.params.value(u"schedule"_s);
    if (auto bad = badScheduleId(id)) {
        return *bad;
    }
    // The core reader checks the fields: wrap the body as a one-override schedule.
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return invalidBody(makeError(u"json"_s, u"the body is not a JSON object"_s));
    }
    const QJsonObject probe{{u"id"_s, id},
                            {u"zone"_s, u"UTC"_s},
                            {u"rotation"_s, QJsonObject{{u"members"_s, QJsonArray{u"-"_s}},
                                                        {u"start"_s, u"2000-01-03T00:00"_s},
                                                        {u"period_days"_s, 7}}},
                            {u"overrides"_s, QJsonArray{body}}};
    auto parsed = oncall::scheduleFromJson(QJsonDocument(probe).toJson(), u"the body"_s);
    if (!parsed) {
        return invalidBody(makeError(u"override"_s, parsed.error().message));
    }
    auto added = context.schedules->addOverride(id, parsed.value().overrides().constFirst(),
                                                request.caller().login, context.nowSecs());
    if (!added) {
        return added.error().code == u"not_found"_s
                   ? ApiResponse::problem(404, added.error().message)
                   : storageFailure(added.error());
    }
    return ApiResponse::json(201, overrideJson(added.value()));
}

ApiResponse removeOverride(ServerContext &context, ApiRequest &request)
{
    const Status removed = context.schedules->removeOverride(
        request.params.value(u"schedule"_s), request.idParam(u"override_id"_s), context.nowSecs());
    if (!removed) {
        return removed.error().code == u"not_found"_s
                   ? ApiResponse::problem(404, removed.error().message)
                   : storageFailure(removed.error());
    }
    return ApiResponse::empty(204);
}

ApiResponse listPolicies(ServerContext &context, ApiRequest &)
{
    const PolicyStore store(*context.db);
    auto policies = store.all();
    auto severities = store.severities();
    if (!policies || !severities) {
        return storageFailure(!policies ? policies.error() : severities.error());
    }
    QJsonArray items;
    for (const oncall::EscalationPolicy &policy : std::as_const(policies.value())) {
        items.append(QJsonDocument::fromJson(oncall::policyToJson(policy)).object());
    }
    QJsonObject mapped;
    for (auto it = severities.value().cbegin(); it != severities.value().cend(); ++it) {
        mapped.insert(it.key(), it.value());
    }
    return ApiResponse::json(200, QJsonObject{{u"policies"_s, items}, {u"severities"_s, mapped}});
}

Handler bind(ServerContext &context, ApiResponse (*function)(ServerContext &, ApiRequest &))
{
    return [&context, function](ApiRequest &request) { return function(context, request); };
}

} // namespace

void registerScheduleRoutes(Router &router, ServerContext &context)
{
    router.add({u"GET"_s, u"/api/v1/schedules"_s, Access::Staff, false, false,
                bind(context, listSchedules)});
    router.add({u"PUT"_s, u"/api/v1/schedules/{schedule}"_s, Access::Manager, true, false,
                bind(context, putSchedule)});
    router.add({u"POST"_s, u"/api/v1/schedules/{schedule}/overrides"_s, Access::Manager, true,
                false, bind(context, addOverride)});
    router.add({u"DELETE"_s, u"/api/v1/schedules/{schedule}/overrides/{override_id}"_s,
                Access::Manager, true, false, bind(context, removeOverride)});
    router.add({u"GET"_s, u"/api/v1/escalation-policies"_s, Access::Staff, false, false,
                bind(context, listPolicies)});
}

} // namespace deskside::server

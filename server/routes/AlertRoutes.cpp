#include "routes/AlertRoutes.h"

#include "ServerContext.h"
#include "alerts/AlertStore.h"
#include "http/Router.h"
#include "routes/RouteHelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

using Action = Result<QJsonObject> (AlertStore::*)(qint64, const QString &, qint64);

ApiResponse alertResponse(const Result<QJsonObject> &alert)
{
    if (alert) {
        return ApiResponse::json(200, alert.value());
    }
    if (alert.error().code == u"not_found"_s) {
        return ApiResponse::problem(404, alert.error().message);
    }
    if (alert.error().code == u"conflict"_s) {
        return ApiResponse::problem(409, alert.error().message);
    }
    return storageFailure(alert.error());
}

ApiResponse listAlerts(ServerContext &context, ApiRequest &request)
{
    static const QStringList statuses{u"open"_s, u"all"_s, u"triggered"_s, u"acknowledged"_s,
                                      u"resolved"_s};
    const QString status = request.query.queryItemValue(u"status"_s);
    if (!status.isEmpty() && !statuses.contains(status)) {
        return ApiResponse::problem(422,
                                    u"'status' must be one of %1"_s.arg(statuses.join(u", "_s)),
                                    {{u"field"_s, u"status"_s}});
    }
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    bool ok = true;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 500) {
        return ApiResponse::problem(422, u"'limit' must be from 1 to 500"_s,
                                    {{u"field"_s, u"limit"_s}});
    }
    auto alerts = context.alerts->list(status.isEmpty() ? u"open"_s : status, limit);
    if (!alerts) {
        return storageFailure(alerts.error());
    }
    QJsonArray items;
    for (const QJsonObject &alert : std::as_const(alerts.value())) {
        items.append(alert);
    }
    return ApiResponse::json(200, QJsonObject{{u"alerts"_s, items}});
}

Handler act(ServerContext &context, Action action)
{
    return [&context, action](ApiRequest &request) {
        return alertResponse((context.alerts->*action)(request.idParam(), request.caller().login,
                                                       context.nowSecs()));
    };
}

} // namespace

void registerAlertRoutes(Router &router, ServerContext &context)
{
    router.add({u"GET"_s, u"/api/v1/alerts"_s, Access::Staff, false, false,
                [&context](ApiRequest &request) { return listAlerts(context, request); }});
    router.add({u"GET"_s, u"/api/v1/alerts/{id}"_s, Access::Staff, false, false,
                [&context](ApiRequest &request) {
                    return alertResponse(context.alerts->load(request.idParam()));
                }});
    router.add({u"POST"_s, u"/api/v1/alerts/{id}/acknowledge"_s, Access::Staff, true, false,
                act(context, &AlertStore::acknowledge)});
    router.add({u"POST"_s, u"/api/v1/alerts/{id}/resolve"_s, Access::Staff, true, false,
                act(context, &AlertStore::resolve)});
    router.add({u"POST"_s, u"/api/v1/alerts/{id}/escalate"_s, Access::Staff, true, false,
                act(context, &AlertStore::escalateNow)});
}

} // namespace deskside::server

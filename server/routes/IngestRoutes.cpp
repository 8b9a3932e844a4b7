#include "routes/IngestRoutes.h"

#include "ServerContext.h"
#include "alerts/AlertStore.h"
#include "http/Router.h"
#include "ingest/AlertmanagerPayload.h"
#include "ingest/GenericAlert.h"
#include "ingest/IngestReply.h"
#include "ingest/IntegrationStore.h"
#include "ingest/SnsEndpoint.h"
#include "routes/RouteHelpers.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

// The integration of this kind that the request's bearer token names, or the refusal.
Result<QString> integrationFor(ServerContext &context, const ApiRequest &request,
                               const QString &kind)
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray token =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    return context.integrations->authenticate(kind, token);
}

ApiResponse refusal(const Error &error)
{
    if (error.code == u"unauthorized"_s) {
        return ApiResponse::problem(401, error.message)
            .withHeader("WWW-Authenticate", "Bearer realm=\"deskside\"");
    }
    if (error.code == u"wrong_kind"_s) {
        return ApiResponse::problem(403, error.message);
    }
    return storageFailure(error);
}

ApiResponse alertmanager(ServerContext &context, ApiRequest &request)
{
    const auto integration = integrationFor(context, request, u"alertmanager"_s);
    if (!integration) {
        return refusal(integration.error());
    }
    const auto signals_ = AlertmanagerPayload::decode(request.body, integration.value());
    if (!signals_) {
        return invalidBody(signals_.error());
    }
    QJsonArray results;
    for (const AlertSignal &signal : signals_.value()) {
        const auto ingested = context.alerts->ingest(signal, context.nowSecs());
        if (!ingested) {
            return storageFailure(ingested.error());
        }
        QJsonObject result = IngestReply::json(ingested.value());
        result.insert(u"fingerprint"_s, signal.key);
        results.append(result);
    }
    return ApiResponse::json(200, QJsonObject{{u"alerts"_s, results}});
}

ApiResponse genericAlert(ServerContext &context, ApiRequest &request)
{
    const auto integration = integrationFor(context, request, u"generic"_s);
    if (!integration) {
        return refusal(integration.error());
    }
    const auto signal = GenericAlert::decode(request.body, integration.value());
    if (!signal) {
        return invalidBody(signal.error());
    }
    const auto ingested = context.alerts->ingest(signal.value(), context.nowSecs());
    if (!ingested) {
        return storageFailure(ingested.error());
    }
    return ApiResponse::json(202, IngestReply::json(ingested.value()));
}

Route ingestRoute(const QString &pattern, Handler handler)
{
    Route route{u"POST"_s, pattern, Access::Public, true, false, std::move(handler)};
    route.authenticatesItself = true;
    return route;
}

} // namespace

void registerIngestRoutes(Router &router, ServerContext &context)
{
    auto sns = std::make_shared<SnsEndpoint>(context);
    router.add(ingestRoute(u"/api/v1/integrations/sns"_s,
                           [sns](ApiRequest &request) { return sns->handle(request); }));
    router.add(ingestRoute(u"/api/v1/integrations/alertmanager"_s, [&context](ApiRequest &request) {
        return alertmanager(context, request);
    }));
    router.add(ingestRoute(u"/api/v1/alerts"_s, [&context](ApiRequest &request) {
        return genericAlert(context, request);
    }));
}

} // namespace deskside::server

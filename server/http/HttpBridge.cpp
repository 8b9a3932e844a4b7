#include "http/HttpBridge.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

} // namespace

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        api.headers.insert(name.toLower(), value);
    }
    api.body = request.body();
    api.remote = request.remoteAddress();
    return api;
}

void sendResponse(const ApiResponse &response, QHttpServerResponder &responder)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", response.contentType);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(response.body);
}

} // namespace deskside::server

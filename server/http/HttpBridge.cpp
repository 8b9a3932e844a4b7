#include "http/HttpBridge.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using Responder = QHttpServerResponder &;
#else
using Responder = QHttpServerResponder &&; // Qt 6.4 hands handlers the responder as an rvalue
#endif

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
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto &[name, value] : headers) {
        api.headers.insert(name.toLower(), value);
    }
    api.body = request.body();
    api.remote = request.remoteAddress();
    return api;
}

void sendResponse(const ApiResponse &response, QHttpServerResponder &responder)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!response.contentType.isEmpty()) {
        headers.emplaceBack("Content-Type", response.contentType);
    }
    headers.emplaceBack("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers) {
        headers.emplaceBack(name, value);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 writes Content-Length itself.
    responder.write(response.body, QHttpHeaders::fromListOfPairs(headers), status);
#else
    responder.writeStatusLine(status);
    for (const auto &[name, value] : headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

void setMissingHandler(QHttpServer &http, const QObject *context, HttpHandler handler)
{
    auto missing = [handler = std::move(handler)](const QHttpServerRequest &request,
                                                  Responder responder) {
        handler(request, responder);
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    http.setMissingHandler(context, std::move(missing));
#else
    Q_UNUSED(context);
    http.setMissingHandler(std::move(missing));
#endif
}

void routeWebSocket(QHttpServer &http, const QString &path, const QObject *context,
                    HttpHandler plain)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 asks its upgrade verifiers first. An upgrade on another path is disconnected
    // (Qt 6.4 answers it 404 first); deny() would send a bare status line and keep it open.
    http.addWebSocketUpgradeVerifier(context, [path](const QHttpServerRequest &request) {
        return request.url().path() == path ? QHttpServerWebSocketUpgradeResponse::accept()
                                            : QHttpServerWebSocketUpgradeResponse::passToNext();
    });
#else
    Q_UNUSED(context);
#endif
    // Qt 6.4 accepts a WebSocket upgrade only on a path that a route matches and leaves
    // unanswered; the route itself answers plain HTTP requests, which cannot become a stream.
    http.route(path,
               [plain = std::move(plain)](const QHttpServerRequest &request, Responder responder) {
                   if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
                       return; // QAbstractHttpServer hands the connection to newWebSocketConnection
                   }
                   plain(request, responder);
               });
}

} // namespace deskside::server

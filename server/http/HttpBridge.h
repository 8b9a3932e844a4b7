#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QObject;

namespace deskside::server {

// Between Qt HttpServer's types and ours; the one place that knows how Qt 6.4 and 6.8 differ.
ApiRequest toApiRequest(const QHttpServerRequest &request);
void sendResponse(const ApiResponse &response, QHttpServerResponder &responder);

using HttpHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;

// Answers every request that no route of the server takes; `context` owns the handler.
void setMissingHandler(QHttpServer &http, const QObject *context, HttpHandler handler);
// Accepts WebSocket upgrades on exactly `path` (they then come from the server's
// newWebSocketConnection); `plain` answers any other request on the path.
void routeWebSocket(QHttpServer &http, const QString &path, const QObject *context,
                    HttpHandler plain);

} // namespace deskside::server

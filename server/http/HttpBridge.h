#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace deskside::server {

// Between Qt HttpServer's types and ours.
ApiRequest toApiRequest(const QHttpServerRequest &request);
void sendResponse(const ApiResponse &response, QHttpServerResponder &responder);

} // namespace deskside::server

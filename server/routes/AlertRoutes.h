#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// Staff read and act on alerts: GET /api/v1/alerts?status=…, GET /api/v1/alerts/{id},
// POST /api/v1/alerts/{id}/acknowledge, /resolve and /escalate.
void registerAlertRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

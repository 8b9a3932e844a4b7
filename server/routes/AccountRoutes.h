#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// POST/DELETE /api/v1/session, GET /api/v1/me, POST /api/v1/signup, POST /api/v1/signup/verify.
void registerAccountRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

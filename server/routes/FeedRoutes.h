#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// GET /api/v1/changes?cursor=C&limit=N: what changed after C, as the caller may see it.
void registerFeedRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

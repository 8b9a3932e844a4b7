#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// Alert ingestion (public; each handler authenticates its sender):
// POST /api/v1/integrations/sns (signed SNS deliveries),
// POST /api/v1/integrations/alertmanager and POST /api/v1/alerts (integration tokens).
void registerIngestRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

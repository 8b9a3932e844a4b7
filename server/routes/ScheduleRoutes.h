#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// On-call schedules and escalation policies: GET /api/v1/schedules (who is on call now
// and next, the next 14 days of shifts), PUT /api/v1/schedules/{schedule}, POST and
// DELETE of overrides (managers), GET /api/v1/escalation-policies.
void registerScheduleRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

#pragma once

namespace deskside::server {

class Router;
struct ServerContext;

// Public submission, ticket list/read, replies and notes, priority (with explanation),
// assignment, status and Tier 3 moves.
void registerTicketRoutes(Router &router, ServerContext &context);

} // namespace deskside::server

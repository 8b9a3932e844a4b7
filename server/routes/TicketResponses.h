#pragma once

#include "http/ApiResponse.h"
#include "tickets/TicketStore.h"

namespace deskside::server {

struct ServerContext;

// A ticket as the caller may see it, with its SLA state evaluated now.
QJsonObject ticketJson(const ServerContext &context, const StoredTicket &stored,
                       const AuthUser &reader);
// 200/201 with the ticket and its ETag.
ApiResponse ticketResponse(const ServerContext &context, const StoredTicket &stored,
                           const AuthUser &reader, int status = 200);
// 412 with the current representation, so the client can show the user what changed.
ApiResponse staleResponse(const ServerContext &context, const StoredTicket &current,
                          const AuthUser &reader);

} // namespace deskside::server

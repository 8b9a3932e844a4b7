#include "routes/TicketResponses.h"

#include "ServerContext.h"
#include "api/TicketJson.h"
#include "base/Clock.h"
#include "routes/RouteHelpers.h"
#include "sla/SlaClock.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

QJsonObject ticketJson(const ServerContext &context, const StoredTicket &stored,
                       const AuthUser &reader)
{
    api::TicketDocument document{
        stored.ticket, stored.version, QDateTime::fromSecsSinceEpoch(stored.updatedAt, Qt::UTC),
        context.sla->evaluate(sla::SlaInput::fromTicket(stored.ticket), context.nowSecs())};
    return api::encodeTicket(document, reader.isStaff() ? api::TicketAudience::Staff
                                                        : api::TicketAudience::Customer);
}

ApiResponse ticketResponse(const ServerContext &context, const StoredTicket &stored,
                           const AuthUser &reader, int status)
{
    return ApiResponse::json(status, ticketJson(context, stored, reader))
        .withHeader("ETag", etagFor(stored.version));
}

ApiResponse staleResponse(const ServerContext &context, const StoredTicket &current,
                          const AuthUser &reader)
{
    return ApiResponse::problem(
               412,
               u"ticket #%1 changed since you loaded it (now version %2); "
               "review the current version and apply your change again"_s.arg(current.ticket.id())
                   .arg(current.version),
               {{u"current"_s, ticketJson(context, current, reader)}})
        .withHeader("ETag", etagFor(current.version));
}

} // namespace deskside::server

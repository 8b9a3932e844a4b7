#include "routes/TicketRoutes.h"

#include "ServerContext.h"
#include "alerts/NotificationCenter.h"
#include "api/TicketRequests.h"
#include "auth/UserStore.h"
#include "base/Clock.h"
#include "http/Router.h"
#include "mail/MailOutbox.h"
#include "routes/RouteHelpers.h"
#include "routes/TicketResponses.h"
#include "sla/SlaClock.h"
#include "tickets/TicketMail.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace deskside::ticket;

namespace deskside::server {

namespace {

using Change = std::function<Status(Ticket &ticket, const AuthUser &caller, QDateTime now)>;

Status enqueue(ServerContext &context, const QString &to, const MailText &mail)
{
    return context.mail->enqueue(to, mail.subject, mail.body, context.nowSecs());
}

ApiResponse createTicket(ServerContext &context, const api::NewTicketRequest &request)
{
    const QDateTime now = context.clock->now();
    Ticket ticket(0, request.subject, {request.name, request.email}, request.priority, now);
    const Status added = ticket.addMessage({0, request.name, now, request.body, false, false});
    if (!added) {
        return invalidBody(added.error());
    }
    auto stored = context.tickets->create(ticket, context.nowSecs());
    if (!stored) {
        return storageFailure(stored.error());
    }
    const Status mailed =
        enqueue(context, request.email, TicketMail(*context.sla).acknowledgement(stored->ticket));
    if (!mailed) {
        return storageFailure(mailed.error());
    }
    return ApiResponse::json(201, QJsonObject{{u"id"_s, stored->ticket.id()},
                                              {u"version"_s, stored->version},
                                              {u"priority"_s, toWire(request.priority)}})
        .withHeader("Location", "/api/v1/tickets/" + QByteArray::number(stored->ticket.id()));
}

ApiResponse submitPublic(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodePublicTicket(request.body);
    return body ? createTicket(context, body.value()) : invalidBody(body.error());
}

ApiResponse submitOwn(ServerContext &context, ApiRequest &request)
{
    auto body = api::decodeNewTicket(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    if (request.caller().isStaff() || !request.caller().emailVerified) {
        return ApiResponse::problem(403,
                                    u"only customers with a verified address open tickets here; "
                                    "staff use the public form on a customer's behalf"_s);
    }
    body.value().email = request.caller().email;
    body.value().name = request.caller().name;
    return createTicket(context, body.value());
}

ApiResponse listTickets(ServerContext &context, ApiRequest &request)
{
    const int limit = std::clamp(request.query.queryItemValue(u"limit"_s).toInt(), 0, 500);
    const int offset = std::max(0, request.query.queryItemValue(u"offset"_s).toInt());
    auto ids = context.tickets->visibleIds(request.caller(), limit == 0 ? 100 : limit, offset);
    if (!ids) {
        return storageFailure(ids.error());
    }
    auto tickets = context.tickets->loadMany(ids.value());
    if (!tickets) {
        return storageFailure(tickets.error());
    }
    QJsonArray items;
    for (qint64 id : ids.value()) {
        items.append(ticketJson(context, tickets.value().value(id), request.caller()));
    }
    return ApiResponse::json(200, QJsonObject{{u"tickets"_s, items}});
}

// Loads the ticket the caller may read, or answers 404 (never 403: no existence leak).
std::variant<StoredTicket, ApiResponse> readable(ServerContext &context, ApiRequest &request)
{
    auto stored = context.tickets->load(request.idParam());
    if (!stored) {
        return storageFailure(stored.error());
    }
    if (!stored.value() || !TicketStore::canRead(request.caller(), stored.value()->ticket)) {
        return ApiResponse::problem(404,
                                    u"there is no ticket #%1 you can see"_s.arg(request.idParam()));
    }
    return *stored.value();
}

ApiResponse getTicket(ServerContext &context, ApiRequest &request)
{
    auto loaded = readable(context, request);
    if (auto *response = std::get_if<ApiResponse>(&loaded)) {
        return *response;
    }
    return ticketResponse(context, std::get<StoredTicket>(loaded), request.caller());
}

// Load, check If-Match, apply, save with compare-and-set; 412 with the current version.
ApiResponse mutate(ServerContext &context, ApiRequest &request, bool requireIfMatch,
                   const Change &change,
                   const std::function<Status(const StoredTicket &)> &after = {})
{
    auto loaded = readable(context, request);
    if (auto *response = std::get_if<ApiResponse>(&loaded)) {
        return *response;
    }
    const StoredTicket before = std::get<StoredTicket>(loaded);
    const QByteArray ifMatch = request.header("if-match");
    if (ifMatch.isEmpty() && requireIfMatch) {
        return ApiResponse::problem(
            428, u"send 'If-Match' with the ticket version (its ETag) you are changing"_s);
    }
    qint64 expected = before.version;
    if (!ifMatch.isEmpty()) {
        expected = versionFromIfMatch(ifMatch);
        if (expected != before.version) {
            return staleResponse(context, before, request.caller());
        }
    }
    Ticket changed = before.ticket;
    if (const Status applied = change(changed, request.caller(), context.clock->now()); !applied) {
        return applied.error().code == u"forbidden"_s
                   ? ApiResponse::problem(403, applied.error().message)
                   : invalidBody(applied.error());
    }
    auto saved = context.tickets->save(before, changed, expected, context.nowSecs());
    if (!saved) {
        if (saved.error().code != u"stale"_s) {
            return storageFailure(saved.error());
        }
        auto current = context.tickets->load(before.ticket.id());
        return current && current.value()
                   ? staleResponse(context, *current.value(), request.caller())
                   : storageFailure(saved.error());
    }
    if (after) {
        if (const Status done = after(saved.value()); !done) {
            return storageFailure(done.error());
        }
    }
    return ticketResponse(context, saved.value(), request.caller());
}

ApiResponse addMessage(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeMessage(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    return mutate(
        context, request, false,
        [&](Ticket &ticket, const AuthUser &caller, QDateTime now) -> Status {
            if (body->internal && !caller.isStaff()) {
                return makeError(u"forbidden"_s, u"customers cannot write internal notes"_s);
            }
            return ticket.addMessage(
                {0, caller.login, now, body->body, body->internal, caller.isStaff()});
        },
        [&](const StoredTicket &saved) -> Status {
            if (!request.caller().isStaff() || body->internal) {
                return {};
            }
            return enqueue(
                context, saved.ticket.requester().email,
                TicketMail(*context.sla).reply(saved.ticket, saved.ticket.messages().last()));
        });
}

ApiResponse changePriority(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodePriorityChange(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    return mutate(
        context, request, true,
        [&](Ticket &ticket, const AuthUser &caller, QDateTime now) -> Status {
            if (!caller.isStaff() && !isCustomerSelectable(body->priority)) {
                return makeError(u"priority"_s, u"customers choose low, medium or high"_s);
            }
            return ticket.changePriority(caller.login, now, body->priority, body->explanation);
        },
        [&](const StoredTicket &saved) -> Status {
            return enqueue(
                context, saved.ticket.requester().email,
                TicketMail(*context.sla)
                    .priorityChanged(saved.ticket, saved.ticket.priorityChanges().last()));
        });
}

ApiResponse assign(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeAssign(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    if (!body->assignee.isEmpty()) {
        const auto user = context.users->findByLogin(body->assignee);
        if (!user || !user->isStaff() || context.users->isDisabled(body->assignee)) {
            return ApiResponse::problem(422,
                                        u"'%1' is not an active staff member"_s.arg(body->assignee),
                                        {{u"field"_s, u"assignee"_s}});
        }
    }
    QString previous;
    return mutate(
        context, request, true,
        [&](Ticket &ticket, const AuthUser &, QDateTime) -> Status {
            previous = ticket.assignee();
            ticket.assign(body->assignee);
            return {};
        },
        [&](const StoredTicket &saved) -> Status {
            const QString assignee = saved.ticket.assignee();
            if (assignee.isEmpty() || assignee == previous || assignee == request.caller().login) {
                return {}; // nobody new, or they took it themselves
            }
            auto sent = context.notifications->notify(
                assignee, u"ticket_assigned"_s,
                u"Assigned to you by %1: #%2 %3"_s.arg(request.caller().login)
                    .arg(saved.ticket.id())
                    .arg(saved.ticket.subject()),
                u"%1 assigned ticket #%2 \"%3\" (%4 priority) to you."_s.arg(request.caller().login)
                    .arg(saved.ticket.id())
                    .arg(saved.ticket.subject(), toWire(saved.ticket.priority())),
                0, saved.ticket.id(), context.nowSecs());
            return sent ? Status() : Status(sent.error());
        });
}

ApiResponse setStatus(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeStatus(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    return mutate(context, request, true,
                  [&](Ticket &ticket, const AuthUser &caller, QDateTime now) {
                      return ticket.setStatus(caller.login, now, body->status);
                  });
}

ApiResponse moveToTier3(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeTier3(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    return mutate(context, request, true,
                  [&](Ticket &ticket, const AuthUser &caller, QDateTime now) {
                      return ticket.moveToTier3(caller.login, now, body->issueKey);
                  });
}

Handler bind(ServerContext &context, ApiResponse (*function)(ServerContext &, ApiRequest &))
{
    return [&context, function](ApiRequest &request) { return function(context, request); };
}

} // namespace

void registerTicketRoutes(Router &router, ServerContext &context)
{
    router.add({u"POST"_s, u"/api/v1/public/tickets"_s, Access::Public, true, false,
                bind(context, submitPublic)});
    router.add({u"GET"_s, u"/api/v1/tickets"_s, Access::SignedIn, false, false,
                bind(context, listTickets)});
    router.add(
        {u"POST"_s, u"/api/v1/tickets"_s, Access::SignedIn, true, true, bind(context, submitOwn)});
    router.add({u"GET"_s, u"/api/v1/tickets/{id}"_s, Access::SignedIn, false, false,
                bind(context, getTicket)});
    router.add({u"POST"_s, u"/api/v1/tickets/{id}/messages"_s, Access::SignedIn, true, true,
                bind(context, addMessage)});
    router.add({u"POST"_s, u"/api/v1/tickets/{id}/priority"_s, Access::SignedIn, true, true,
                bind(context, changePriority)});
    router.add({u"POST"_s, u"/api/v1/tickets/{id}/assign"_s, Access::Staff, true, true,
                bind(context, assign)});
    router.add({u"POST"_s, u"/api/v1/tickets/{id}/status"_s, Access::Staff, true, true,
                bind(context, setStatus)});
    router.add({u"POST"_s, u"/api/v1/tickets/{id}/tier3"_s, Access::Staff, true, true,
                bind(context, moveToTier3)});
}

} // namespace deskside::server

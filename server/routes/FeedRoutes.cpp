#include "routes/FeedRoutes.h"

#include "ServerContext.h"
#include "alerts/AlertStore.h"
#include "http/Router.h"
#include "routes/RouteHelpers.h"
#include "routes/TicketResponses.h"
#include "sync/ChangeFeed.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

ApiResponse changes(ServerContext &context, ApiRequest &request)
{
    bool ok = true;
    const QString cursorText = request.query.queryItemValue(u"cursor"_s);
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok || cursor < 0) {
        return ApiResponse::problem(
            422, u"'cursor' must be a whole number from a previous next_cursor (0 to start)"_s,
            {{u"field"_s, u"cursor"_s}});
    }
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 5000) {
        return ApiResponse::problem(422, u"'limit' must be from 1 to 5000"_s,
                                    {{u"field"_s, u"limit"_s}});
    }
    auto entries = context.feed->after(cursor, limit);
    if (!entries) {
        return storageFailure(entries.error());
    }
    // The newest entry per ticket (and per alert) wins: older ones in the page are superseded.
    QHash<qint64, qint64> newestSeq;
    QHash<qint64, qint64> newestAlertSeq;
    QList<qint64> ticketIds;
    for (const ChangeEntry &entry : entries.value()) {
        if (entry.entity == u"ticket"_s) {
            if (!newestSeq.contains(entry.entityId)) {
                ticketIds.append(entry.entityId);
            }
            newestSeq.insert(entry.entityId, entry.seq);
        } else if (entry.entity == u"alert"_s) {
            newestAlertSeq.insert(entry.entityId, entry.seq);
        }
    }
    auto tickets = context.tickets->loadMany(ticketIds);
    if (!tickets) {
        return storageFailure(tickets.error());
    }
    const AuthUser &caller = request.caller();
    QJsonArray items;
    for (const ChangeEntry &entry : entries.value()) {
        QJsonObject item{
            {u"seq"_s, entry.seq}, {u"entity"_s, entry.entity}, {u"id"_s, entry.entityId}};
        if (entry.entity == u"ticket"_s) {
            if (newestSeq.value(entry.entityId) != entry.seq) {
                continue;
            }
            const auto found = tickets.value().constFind(entry.entityId);
            if (found == tickets.value().cend() || entry.kind == u"delete"_s) {
                if (caller.isStaff()) {
                    item.insert(u"deleted"_s, true); // tombstone
                    items.append(item);
                }
                continue;
            }
            if (!TicketStore::canRead(caller, found->ticket)) {
                continue;
            }
            item.insert(u"ticket"_s, ticketJson(context, *found, caller));
        } else if (entry.entity == u"notification"_s) {
            if (entry.payload.value(u"login"_s).toString() != caller.login) {
                continue; // a notification is for the one user it names
            }
            item.insert(u"notification"_s, entry.payload);
        } else if (entry.entity == u"alert"_s) {
            if (!caller.isStaff() || newestAlertSeq.value(entry.entityId) != entry.seq) {
                continue;
            }
            auto alert = context.alerts->load(entry.entityId);
            if (!alert) {
                return storageFailure(alert.error());
            }
            item.insert(u"alert"_s, alert.value());
        } else {
            if (!caller.isStaff()) {
                continue; // events (SLA warnings, alerts) are for staff
            }
            item.insert(u"event"_s, entry.payload);
        }
        items.append(item);
    }
    const qint64 next = entries.value().isEmpty() ? cursor : entries.value().last().seq;
    return ApiResponse::json(200, QJsonObject{{u"changes"_s, items},
                                              {u"next_cursor"_s, next},
                                              {u"has_more"_s, entries.value().size() == limit}});
}

} // namespace

void registerFeedRoutes(Router &router, ServerContext &context)
{
    router.add({u"GET"_s, u"/api/v1/changes"_s, Access::SignedIn, false, false,
                [&context](ApiRequest &request) { return changes(context, request); }});
}

} // namespace deskside::server

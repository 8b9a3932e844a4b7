#include "api/TicketJson.h"

#include "base/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deskside::api {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(iso::formatUtc(time)) : QJsonValue();
}

QJsonObject encodeMessage(const ticket::Message &message)
{
    return {{u"id"_s, message.id},
            {u"author"_s, message.author},
            {u"at"_s, timeValue(message.at)},
            {u"body"_s, message.body},
            {u"internal"_s, message.internal},
            {u"from_staff"_s, message.fromStaff}};
}

QJsonObject encodeTarget(const sla::SlaTargetStatus &status)
{
    return {{u"due"_s, timeValue(status.due())},
            {u"state"_s, sla::toWire(status.state)},
            {u"target_seconds"_s, status.targetSeconds},
            {u"used_seconds"_s, status.usedSeconds},
            {u"remaining_seconds"_s, status.remainingSeconds}};
}

Result<QDateTime> readTime(const QJsonObject &object, const QString &field, bool required = true)
{
    const QJsonValue value = object.value(field);
    if (!value.isString()) {
        if (!required && (value.isNull() || value.isUndefined())) {
            return QDateTime();
        }
        return makeError(field, u"'%1' must be an ISO-8601 time"_s.arg(field));
    }
    return iso::parse(value.toString());
}

} // namespace

QJsonObject encodeSla(const sla::SlaSnapshot &snapshot)
{
    return {{u"respond"_s, encodeTarget(snapshot.respond)},
            {u"resolve"_s, encodeTarget(snapshot.resolve)},
            {u"evaluated_at"_s, timeValue(snapshot.now())}};
}

QJsonObject encodeTicket(const TicketDocument &document, TicketAudience audience)
{
    const ticket::Ticket &t = document.ticket;
    const bool staff = audience == TicketAudience::Staff;
    QJsonArray messages;
    for (const auto &message : t.messages()) {
        if (staff || !message.internal) {
            messages.append(encodeMessage(message));
        }
    }
    QJsonArray priorityChanges;
    for (const auto &change : t.priorityChanges()) {
        priorityChanges.append(QJsonObject{{u"by"_s, change.by},
                                           {u"at"_s, timeValue(change.at)},
                                           {u"from"_s, ticket::toWire(change.from)},
                                           {u"to"_s, ticket::toWire(change.to)},
                                           {u"explanation"_s, change.explanation}});
    }
    QJsonArray statusChanges;
    for (const auto &change : t.statusChanges()) {
        statusChanges.append(QJsonObject{{u"by"_s, change.by},
                                         {u"at"_s, timeValue(change.at)},
                                         {u"from"_s, ticket::toWire(change.from)},
                                         {u"to"_s, ticket::toWire(change.to)}});
    }
    QJsonObject object{{u"id"_s, t.id()},
                       {u"version"_s, document.version},
                       {u"subject"_s, t.subject()},
                       {u"requester"_s, QJsonObject{{u"name"_s, t.requester().name},
                                                    {u"email"_s, t.requester().email}}},
                       {u"priority"_s, ticket::toWire(t.priority())},
                       {u"status"_s, ticket::toWire(t.status())},
                       {u"opened_at"_s, timeValue(t.openedAt())},
                       {u"updated_at"_s, timeValue(document.updatedAt)},
                       {u"messages"_s, messages},
                       {u"priority_changes"_s, priorityChanges},
                       {u"status_changes"_s, statusChanges}};
    if (staff) {
        object.insert(u"assignee"_s,
                      t.assignee().isEmpty() ? QJsonValue() : QJsonValue(t.assignee()));
        object.insert(u"tier3_key"_s,
                      t.tier3Key().isEmpty() ? QJsonValue() : QJsonValue(t.tier3Key()));
    }
    if (document.sla) {
        object.insert(u"sla"_s, encodeSla(*document.sla));
    }
    return object;
}

Result<TicketDocument> decodeTicket(const QJsonObject &object)
{
    ticket::TicketFields fields;
    fields.id = object.value(u"id"_s).toInteger();
    if (fields.id <= 0) {
        return makeError(u"id"_s, u"'id' must be a positive integer"_s);
    }
    fields.subject = object.value(u"subject"_s).toString();
    const QJsonObject requester = object.value(u"requester"_s).toObject();
    fields.requester = {requester.value(u"name"_s).toString(),
                        requester.value(u"email"_s).toString()};
    fields.assignee = object.value(u"assignee"_s).toString();
    fields.tier3Key = object.value(u"tier3_key"_s).toString();
    const auto priority = ticket::priorityFromWire(object.value(u"priority"_s).toString());
    if (!priority) {
        return makeError(u"priority"_s, u"'priority' must be low, medium, high or urgent"_s);
    }
    fields.priority = *priority;
    const auto status = ticket::statusFromWire(object.value(u"status"_s).toString());
    if (!status) {
        return makeError(u"status"_s, u"'status' is not a ticket status"_s);
    }
    fields.status = *status;
    auto opened = readTime(object, u"opened_at"_s);
    if (!opened) {
        return opened.error();
    }
    fields.openedAt = opened.value();
    for (const QJsonValue &value : object.value(u"messages"_s).toArray()) {
        const QJsonObject m = value.toObject();
        auto at = readTime(m, u"at"_s);
        if (!at) {
            return at.error();
        }
        fields.messages.append({m.value(u"id"_s).toInteger(), m.value(u"author"_s).toString(),
                                at.value(), m.value(u"body"_s).toString(),
                                m.value(u"internal"_s).toBool(),
                                m.value(u"from_staff"_s).toBool()});
    }
    for (const QJsonValue &value : object.value(u"priority_changes"_s).toArray()) {
        const QJsonObject c = value.toObject();
        auto at = readTime(c, u"at"_s);
        const auto from = ticket::priorityFromWire(c.value(u"from"_s).toString());
        const auto to = ticket::priorityFromWire(c.value(u"to"_s).toString());
        if (!at || !from || !to) {
            return makeError(u"priority_changes"_s, u"a priority change is malformed"_s);
        }
        fields.priorityChanges.append({c.value(u"by"_s).toString(), at.value(), *from, *to,
                                       c.value(u"explanation"_s).toString()});
    }
    for (const QJsonValue &value : object.value(u"status_changes"_s).toArray()) {
        const QJsonObject c = value.toObject();
        auto at = readTime(c, u"at"_s);
        const auto from = ticket::statusFromWire(c.value(u"from"_s).toString());
        const auto to = ticket::statusFromWire(c.value(u"to"_s).toString());
        if (!at || !from || !to) {
            return makeError(u"status_changes"_s, u"a status change is malformed"_s);
        }
        fields.statusChanges.append({c.value(u"by"_s).toString(), at.value(), *from, *to});
    }
    TicketDocument document;
    document.ticket = ticket::Ticket::fromFields(std::move(fields));
    document.version = object.value(u"version"_s).toInteger(1);
    auto updated = readTime(object, u"updated_at"_s, false);
    document.updatedAt = updated ? updated.value() : QDateTime();
    return document;
}

} // namespace deskside::api

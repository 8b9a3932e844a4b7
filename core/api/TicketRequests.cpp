#include "api/TicketRequests.h"

#include "api/JsonReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::api {

namespace {

Result<ticket::Priority> customerPriority(const JsonReader &reader)
{
    auto text = reader.requiredString(u"priority"_s, 20);
    if (!text) {
        return text.error();
    }
    const auto priority = ticket::priorityFromWire(text.value());
    if (!priority || !ticket::isCustomerSelectable(*priority)) {
        return makeError(u"priority"_s, u"'priority' must be low, medium or high"_s);
    }
    return *priority;
}

Result<NewTicketRequest> decodeTicketFields(const JsonReader &reader, NewTicketRequest request)
{
    auto subject = reader.requiredString(u"subject"_s, 300);
    if (!subject) {
        return subject.error();
    }
    auto text = reader.requiredString(u"body"_s, 100000);
    if (!text) {
        return text.error();
    }
    auto priority = customerPriority(reader);
    if (!priority) {
        return priority.error();
    }
    request.subject = subject.value();
    request.body = text.value();
    request.priority = priority.value();
    return request;
}

} // namespace

Result<NewTicketRequest> decodePublicTicket(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    static const QRegularExpression emailPattern(u"^[^@\\s|]+@[^@\\s|]+\\.[^@\\s|]+$"_s);
    auto email = reader->requiredString(u"email"_s, 254);
    if (!email) {
        return email.error();
    }
    if (!emailPattern.match(email.value()).hasMatch()) {
        return makeError(u"email"_s, u"'email' is not an e-mail address"_s);
    }
    auto name = reader->requiredString(u"name"_s, 200);
    if (!name) {
        return name.error();
    }
    NewTicketRequest request;
    request.email = email.value();
    request.name = name.value();
    return decodeTicketFields(reader.value(), request);
}

Result<NewTicketRequest> decodeNewTicket(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    return decodeTicketFields(reader.value(), {});
}

Result<PriorityChangeRequest> decodePriorityChange(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto text = reader->requiredString(u"priority"_s, 20);
    if (!text) {
        return text.error();
    }
    const auto priority = ticket::priorityFromWire(text.value());
    if (!priority) {
        return makeError(u"priority"_s, u"'priority' must be low, medium, high or urgent"_s);
    }
    auto explanation = reader->requiredString(u"explanation"_s, 10000);
    if (!explanation) {
        return makeError(
            u"explanation"_s,
            u"a priority change needs an explanation for the customer: 'explanation' must not be blank"_s);
    }
    return PriorityChangeRequest{*priority, explanation.value()};
}

Result<MessageRequest> decodeMessage(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto text = reader->requiredString(u"body"_s, 100000);
    if (!text) {
        return text.error();
    }
    const QJsonValue internal = reader->object().value(u"internal"_s);
    if (!internal.isUndefined() && !internal.isNull() && !internal.isBool()) {
        return makeError(u"internal"_s, u"'internal' must be true or false"_s);
    }
    return MessageRequest{text.value(), internal.toBool(false)};
}

Result<AssignRequest> decodeAssign(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    if (!reader->object().contains(u"assignee"_s)) {
        return makeError(u"assignee"_s, u"'assignee' is required (a login, or null to unassign)"_s);
    }
    auto assignee = reader->optionalString(u"assignee"_s, 64);
    if (!assignee) {
        return assignee.error();
    }
    return AssignRequest{assignee.value()};
}

Result<StatusRequest> decodeStatus(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto text = reader->requiredString(u"status"_s, 40);
    if (!text) {
        return text.error();
    }
    const auto status = ticket::statusFromWire(text.value());
    if (!status) {
        return makeError(u"status"_s, u"'%1' is not a ticket status"_s.arg(text.value()));
    }
    return StatusRequest{*status};
}

Result<Tier3Request> decodeTier3(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto key = reader->requiredString(u"issue_key"_s, 64);
    if (!key) {
        return key.error();
    }
    return Tier3Request{key.value()};
}

} // namespace deskside::api

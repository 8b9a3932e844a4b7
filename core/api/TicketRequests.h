#pragma once

#include "base/Result.h"
#include "ticket/Priority.h"
#include "ticket/TicketStatus.h"

#include <QByteArray>
#include <QString>

namespace deskside::api {

// Request bodies of the ticket endpoints. Decoders fail with the field's name as the
// error code (so the server can answer 422 naming it) and a sentence saying why.
struct NewTicketRequest
{
    QString email; // public submission only
    QString name;  // public submission only
    QString subject;
    QString body;
    ticket::Priority priority = ticket::Priority::Low;
};

struct PriorityChangeRequest
{
    ticket::Priority priority = ticket::Priority::Low;
    QString explanation;
};

struct MessageRequest
{
    QString body;
    bool internal = false;
};

struct AssignRequest
{
    QString assignee; // empty: unassign
};

struct StatusRequest
{
    ticket::TicketStatus status = ticket::TicketStatus::Open;
};

struct Tier3Request
{
    QString issueKey;
};

// {"email","name","subject","body","priority"}: without an account.
Result<NewTicketRequest> decodePublicTicket(const QByteArray &body);
// {"subject","body","priority"}: a signed-in customer's own ticket.
Result<NewTicketRequest> decodeNewTicket(const QByteArray &body);
Result<PriorityChangeRequest> decodePriorityChange(const QByteArray &body);
Result<MessageRequest> decodeMessage(const QByteArray &body);
Result<AssignRequest> decodeAssign(const QByteArray &body);
Result<StatusRequest> decodeStatus(const QByteArray &body);
Result<Tier3Request> decodeTier3(const QByteArray &body);

} // namespace deskside::api

#pragma once

#include "base/Result.h"
#include "sla/SlaSnapshot.h"
#include "ticket/Ticket.h"

#include <QJsonObject>

#include <optional>

namespace deskside::api {

// What a reader may see of a ticket: staff see everything; customers never see
// internal notes, the assignee's internal fields or the Tier 3 key.
enum class TicketAudience
{
    Staff,
    Customer
};

struct TicketDocument
{
    ticket::Ticket ticket;
    qint64 version = 1;
    QDateTime updatedAt;
    std::optional<sla::SlaSnapshot> sla;
};

// The wire form of a ticket (DESIGN.md section 4): snake_case, times ISO-8601 with offset.
QJsonObject encodeTicket(const TicketDocument &document, TicketAudience audience);
QJsonObject encodeSla(const sla::SlaSnapshot &snapshot);
// Reads what encodeTicket wrote (the desktop client's cache); errors name the field.
Result<TicketDocument> decodeTicket(const QJsonObject &object);

} // namespace deskside::api

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace deskside::ticket {

// Where a ticket stands. WaitingOnEngineering means it is linked to a Tier 3 issue.
enum class TicketStatus
{
    New,
    Open,
    WaitingOnCustomer,
    WaitingOnEngineering,
    Resolved,
    Closed
};

// All statuses, in workflow order.
const QList<TicketStatus> &allStatuses();

// Wire names in snake_case: "new", "open", "waiting_on_customer",
// "waiting_on_engineering", "resolved", "closed".
QString toWire(TicketStatus status);
std::optional<TicketStatus> statusFromWire(QStringView name);

// Translated name for people: "Waiting on customer".
QString displayName(TicketStatus status);

// Business time in this status does not count toward resolution.
bool pausesResolution(TicketStatus status);
// Still being worked on: neither resolved nor closed.
bool isOpenStatus(TicketStatus status);

} // namespace deskside::ticket

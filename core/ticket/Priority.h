#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace deskside::ticket {

// How urgent a ticket is. Low, Medium and High are the customer's choices (the
// support policy's three); Urgent is internal, for outages, set only by staff.
enum class Priority
{
    Low,
    Medium,
    High,
    Urgent
};

// All priorities, lowest first.
const QList<Priority> &allPriorities();

bool isCustomerSelectable(Priority priority);

// Wire names: "low", "medium", "high", "urgent".
QString toWire(Priority priority);
std::optional<Priority> priorityFromWire(QStringView name);

// Translated name for people: "Low", "Medium", "High", "Urgent".
QString displayName(Priority priority);

} // namespace deskside::ticket

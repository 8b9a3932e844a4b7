#pragma once

#include "api/TicketJson.h"
#include "base/IsoTime.h"

#include <QTest>

// Helpers shared by the ticket view tests: instants written as ISO text with their
// offset, and the DESIGN.md example ticket (High, opened Fri 2026-03-06 16:00 CST).
namespace deskside::ui::testing {

using namespace Qt::StringLiterals;

inline QDateTime at(const QString &isoText)
{
    const auto parsed = iso::parse(isoText);
    if (!parsed.ok()) {
        qFatal("bad ISO time in test data: %s", qPrintable(isoText));
    }
    return parsed.value();
}

inline const QString &exampleOpening()
{
    static const QString opening = u"2026-03-06T16:00:00-06:00"_s;
    return opening;
}

inline ticket::Ticket exampleTicket(ticket::Priority priority = ticket::Priority::High)
{
    return ticket::Ticket(42, u"Printer on fire"_s,
                          ticket::Requester{u"Dana Customer"_s, u"dana@example.com"_s}, priority,
                          at(exampleOpening()));
}

inline ticket::Message message(const QString &author, const QString &when, const QString &body,
                               bool internal, bool fromStaff)
{
    ticket::Message item;
    item.author = author;
    item.at = at(when);
    item.body = body;
    item.internal = internal;
    item.fromStaff = fromStaff;
    return item;
}

inline api::TicketDocument document(ticket::Ticket ticket)
{
    api::TicketDocument doc;
    doc.ticket = std::move(ticket);
    doc.updatedAt = doc.ticket.openedAt();
    return doc;
}

} // namespace deskside::ui::testing

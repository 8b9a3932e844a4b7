#pragma once

#include "api/TicketJson.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace deskside::ui {

// The conversation and history of a ticket as HTML for a QTextBrowser, oldest first:
// public replies, internal notes (tinted, labelled and marked, so not by colour alone),
// every priority change with who, when, from, to and its explanation, status changes
// and the linked Tier 3 issue. Times are shown in the calendar's zone; every piece of
// user text is escaped. Customers never see internal notes.
class TicketHtml
{
    Q_DECLARE_TR_FUNCTIONS(deskside::ui::TicketHtml)

public:
    explicit TicketHtml(QTimeZone zone);

    QString render(const ticket::Ticket &ticket, api::TicketAudience audience) const;

    // Plain text as HTML: escaped, line breaks kept.
    static QString escape(const QString &text);
    // "Fri 2026-03-06 16:00 CST" in the zone.
    QString time(const QDateTime &at) const;

private:
    QString opened(const ticket::Ticket &ticket) const;
    QString message(const ticket::Message &message) const;
    QString priorityChange(const ticket::PriorityChange &change) const;
    QString statusChange(const ticket::StatusChange &change, const QString &tier3Key) const;
    QString event(const QString &marker, const QString &what, const QString &by,
                  const QDateTime &at, const QString &detail = QString()) const;

    QTimeZone m_zone;
};

} // namespace deskside::ui

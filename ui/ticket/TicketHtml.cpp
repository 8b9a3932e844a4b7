#include "ticket/TicketHtml.h"

#include "sla/SlaText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using ticket::TicketStatus;

namespace {

struct Entry
{
    QDateTime at;
    QString html;
};

// Tints chosen with their own text colour, so they read under light and dark palettes.
constexpr auto noteBackground = "#fff4d6";
constexpr auto noteBorder = "#c99a2e";
constexpr auto noteText = "#3b2f0b";
constexpr auto replyBorder = "#9e9e9e";

} // namespace

TicketHtml::TicketHtml(QTimeZone zone)
    : m_zone(std::move(zone))
{}

QString TicketHtml::escape(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

QString TicketHtml::time(const QDateTime &at) const
{
    if (!at.isValid()) {
        return tr("unknown time");
    }
    return sla::text::localTime(at.toSecsSinceEpoch(), m_zone);
}

QString TicketHtml::render(const ticket::Ticket &ticket, api::TicketAudience audience) const
{
    const bool staff = audience == api::TicketAudience::Staff;
    QList<Entry> entries;
    for (const ticket::Message &item : ticket.messages()) {
        if (item.internal && !staff) {
            continue;
        }
        entries.append({item.at, message(item)});
    }
    for (const ticket::PriorityChange &change : ticket.priorityChanges()) {
        entries.append({change.at, priorityChange(change)});
    }
    const QString tier3Key = staff ? ticket.tier3Key() : QString(); // an internal field
    for (const ticket::StatusChange &change : ticket.statusChanges()) {
        entries.append({change.at, statusChange(change, tier3Key)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at < b.at; });

    QString html = u"<html><body>"_s;
    if (!tier3Key.isEmpty()) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Tier 3 issue:"), escape(tier3Key));
    }
    html += opened(ticket);
    for (const Entry &entry : std::as_const(entries)) {
        html += entry.html;
    }
    return html + u"</body></html>"_s;
}

QString TicketHtml::opened(const ticket::Ticket &ticket) const
{
    const ticket::Requester &requester = ticket.requester();
    const QString who = requester.name.isEmpty()
                            ? requester.email
                            : u"%1 <%2>"_s.arg(requester.name, requester.email);
    // The priority it was opened with, before any recorded change.
    const ticket::Priority first = ticket.priorityChanges().isEmpty()
                                       ? ticket.priority()
                                       : ticket.priorityChanges().constFirst().from;
    return event(u"&#9733;"_s,
                 tr("Ticket opened with %1 priority").arg(escape(ticket::displayName(first))), who,
                 ticket.openedAt());
}

QString TicketHtml::message(const ticket::Message &message) const
{
    const QString author =
        escape(message.author) + (message.fromStaff ? u" <i>(%1)</i>"_s.arg(tr("staff"))
                                                    : u" <i>(%1)</i>"_s.arg(tr("customer")));
    const QString head = u"%1 &nbsp;&middot;&nbsp; %2"_s.arg(author, escape(time(message.at)));
    const QString body = u"<p style=\"margin-top:4px\">%1</p>"_s.arg(escape(message.body));
    if (message.internal) {
        // Tinted, bordered, labelled and marked with a pencil: not colour alone.
        return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
               "bgcolor=\"%1\" style=\"margin-top:10px; border-style:dashed; "
               "border-color:%2; color:%3\"><tr><td>"
               "<p style=\"margin:0\"><b>&#9998; %4</b> &nbsp;&middot;&nbsp; %5</p>%6"
               "</td></tr></table>"_s.arg(
                   QLatin1StringView(noteBackground), QLatin1StringView(noteBorder),
                   QLatin1StringView(noteText), tr("Internal note (not visible to the customer)"),
                   head, body);
    }
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
           "style=\"margin-top:10px; border-style:solid; border-color:%1\"><tr><td>"
           "<p style=\"margin:0\"><b>&#9993; %2</b> &nbsp;&middot;&nbsp; %3</p>%4"
           "</td></tr></table>"_s.arg(QLatin1StringView(replyBorder), tr("Public reply"), head,
                                      body);
}

QString TicketHtml::priorityChange(const ticket::PriorityChange &change) const
{
    const QString what =
        tr("Priority changed from %1 to %2")
            .arg(escape(ticket::displayName(change.from)), escape(ticket::displayName(change.to)));
    const QString why =
        u"<b>%1</b> %2"_s.arg(tr("Explanation sent to the customer:"), escape(change.explanation));
    return event(u"&#8645;"_s, what, change.by, change.at, why);
}

QString TicketHtml::statusChange(const ticket::StatusChange &change, const QString &tier3Key) const
{
    const QString what =
        tr("Status changed from %1 to %2")
            .arg(escape(ticket::displayName(change.from)), escape(ticket::displayName(change.to)));
    QString detail;
    if (change.to == TicketStatus::WaitingOnEngineering && !tier3Key.isEmpty()) {
        detail = tr("Moved to Tier 3, linked to %1.").arg(escape(tier3Key));
    }
    return event(u"&#8635;"_s, what, change.by, change.at, detail);
}

QString TicketHtml::event(const QString &marker, const QString &what, const QString &by,
                          const QDateTime &at, const QString &detail) const
{
    QString html = u"<p style=\"margin-top:10px; margin-bottom:0\">%1 <b>%2</b>"
                   " &nbsp;&middot;&nbsp; %3 &nbsp;&middot;&nbsp; %4</p>"_s.arg(
                       marker, what, tr("by %1").arg(escape(by)), escape(time(at)));
    if (!detail.isEmpty()) {
        html += u"<p style=\"margin-top:2px; margin-left:18px\">%1</p>"_s.arg(detail);
    }
    return html;
}

} // namespace deskside::ui

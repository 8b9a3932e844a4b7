#include "ticket/TicketHeader.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

TicketHeader::TicketHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"ticketTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    m_requester = addField(tr("Requester:"), u"requesterValue"_s);
    m_status = addField(tr("Status:"), u"statusValue"_s);
    m_priority = addField(tr("Priority:"), u"priorityValue"_s);
    m_assignee = addField(tr("Assignee:"), u"assigneeValue"_s);
    m_tier3 = addField(tr("Tier 3 issue:"), u"tier3Value"_s);

    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingEditsNote"_s);
    m_pending->setTextFormat(Qt::PlainText);
    layout->addWidget(m_pending);
    clear();
}

QLabel *TicketHeader::addField(const QString &title, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(title, value);
    return value;
}

QString TicketHeader::pendingText(int pendingEdits)
{
    if (pendingEdits <= 0) {
        return {};
    }
    return pendingEdits == 1 ? tr("1 edit waiting to be sent")
                             : tr("%1 edits waiting to be sent").arg(pendingEdits);
}

void TicketHeader::setTicket(const ticket::Ticket &ticket, int pendingEdits)
{
    m_title->setText(tr("#%1  %2").arg(QString::number(ticket.id()), ticket.subject()));
    const ticket::Requester &requester = ticket.requester();
    m_requester->setText(requester.name.isEmpty()
                             ? requester.email
                             : u"%1 <%2>"_s.arg(requester.name, requester.email));
    m_status->setText(ticket::displayName(ticket.status()));
    m_priority->setText(ticket::displayName(ticket.priority()));
    m_assignee->setText(ticket.assignee().isEmpty() ? tr("Unassigned") : ticket.assignee());
    m_tier3->setText(ticket.tier3Key());
    m_form->setRowVisible(m_tier3, !ticket.tier3Key().isEmpty());
    m_pending->setText(pendingText(pendingEdits));
    m_pending->setVisible(pendingEdits > 0);
}

void TicketHeader::clear()
{
    for (QLabel *label : {m_title, m_requester, m_status, m_priority, m_assignee, m_tier3}) {
        label->clear();
    }
    m_form->setRowVisible(m_tier3, false);
    m_pending->clear();
    m_pending->setVisible(false);
}

} // namespace deskside::ui

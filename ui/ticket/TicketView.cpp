#include "ticket/TicketView.h"

#include "ticket/PriorityDialog.h"
#include "ticket/SlaPanel.h"
#include "ticket/TicketComposer.h"
#include "ticket/TicketHeader.h"
#include "ticket/Tier3Dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using ticket::TicketStatus;

TicketView::TicketView(sla::SlaClock slaClock, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_slaClock(std::move(slaClock))
    , m_clock(clock)
    , m_html(m_slaClock.calendar().zone())
{
    auto *outer = new QVBoxLayout(this);
    m_placeholder = new QLabel(tr("Select a ticket to read it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new TicketHeader(m_content);
    layout->addWidget(m_header);
    m_sla = new SlaPanel(m_slaClock, m_clock, m_content);
    layout->addWidget(m_sla);
    layout->addWidget(createActions());

    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    m_conversation = new QTextBrowser(splitter);
    m_conversation->setObjectName(u"conversation"_s);
    m_conversation->setOpenLinks(false);
    m_composer = new TicketComposer(splitter);
    splitter->addWidget(m_conversation);
    splitter->addWidget(m_composer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_composer, &TicketComposer::replyRequested, this,
            [this](const QString &body) { Q_EMIT replyRequested(ticketId(), body); });
    connect(m_composer, &TicketComposer::noteRequested, this,
            [this](const QString &body) { Q_EMIT noteRequested(ticketId(), body); });
    setUser(QString(), api::TicketAudience::Customer);
    clear();
}

QWidget *TicketView::createActions()
{
    auto *actions = new QWidget(m_content);
    auto *row = new QHBoxLayout(actions);
    row->setContentsMargins(0, 0, 0, 0);
    m_staffActions = new QWidget(actions);
    auto *staff = new QHBoxLayout(m_staffActions);
    staff->setContentsMargins(0, 0, 0, 0);
    m_assign = new QPushButton(tr("&Assign to me"), m_staffActions);
    m_assign->setObjectName(u"assignToMeButton"_s);
    staff->addWidget(m_assign);
    auto *statusLabel = new QLabel(tr("S&tatus:"), m_staffActions);
    m_status = new QComboBox(m_staffActions);
    m_status->setObjectName(u"statusCombo"_s);
    for (const TicketStatus status : ticket::allStatuses()) {
        m_status->addItem(ticket::displayName(status), int(status));
    }
    // A ticket never goes back to New.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model())) {
        model->item(m_status->findData(int(TicketStatus::New)))->setEnabled(false);
    }
    statusLabel->setBuddy(m_status);
    staff->addWidget(statusLabel);
    staff->addWidget(m_status);
    m_tier3 = new QPushButton(tr("Move to &Tier 3…"), m_staffActions);
    m_tier3->setObjectName(u"tier3Button"_s);
    staff->addWidget(m_tier3);
    row->addWidget(m_staffActions);
    // Customers may change the priority of their own tickets too (DESIGN.md section 3).
    m_priority = new QPushButton(tr("Change &priority…"), actions);
    m_priority->setObjectName(u"changePriorityButton"_s);
    row->addWidget(m_priority);
    row->addStretch(1);

    connect(m_assign, &QPushButton::clicked, this, &TicketView::assignToMe);
    connect(m_status, &QComboBox::activated, this, &TicketView::statusChosen);
    connect(m_tier3, &QPushButton::clicked, this, &TicketView::moveToTier3);
    connect(m_priority, &QPushButton::clicked, this, &TicketView::changePriority);
    return actions;
}

void TicketView::setUser(const QString &login, api::TicketAudience audience)
{
    m_login = login;
    m_audience = audience;
    const bool staff = audience == api::TicketAudience::Staff;
    m_staffActions->setVisible(staff);
    m_composer->setNotesAllowed(staff);
    if (m_document) {
        const api::TicketDocument document = *m_document;
        setTicket(document, m_pendingEdits);
    }
}

void TicketView::setTicket(const api::TicketDocument &document, int pendingEdits)
{
    const qint64 previous = ticketId();
    const bool sameTicket = m_document && previous == document.ticket.id();
    if (!sameTicket) {
        if (previous != 0 && !m_composer->text().trimmed().isEmpty()) {
            m_drafts.insert(previous, m_composer->text());
        }
        m_composer->setText(m_drafts.take(document.ticket.id()));
    }
    m_document = document;
    m_pendingEdits = pendingEdits;
    m_placeholder->hide();
    m_content->show();
    m_header->setTicket(document.ticket, pendingEdits);
    m_sla->setInput(sla::SlaInput::fromTicket(document.ticket));
    showConversation(sameTicket);
    updateActions();
}

void TicketView::clear()
{
    if (m_document && !m_composer->text().trimmed().isEmpty()) {
        m_drafts.insert(ticketId(), m_composer->text());
    }
    m_composer->setText(QString());
    m_document.reset();
    m_header->clear();
    m_sla->clear();
    m_conversation->clear();
    m_content->hide();
    m_placeholder->show();
}

void TicketView::showConversation(bool sameTicket)
{
    QScrollBar *bar = m_conversation->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int position = bar->value();
    m_conversation->setHtml(m_html.render(m_document->ticket, m_audience));
    // A new ticket opens at its latest message; a refresh keeps the reader's place.
    bar->setValue(sameTicket && !atEnd ? position : bar->maximum());
}

void TicketView::updateActions()
{
    const ticket::Ticket &ticket = m_document->ticket;
    const bool open = ticket.status() != TicketStatus::Closed;
    m_assign->setEnabled(!m_login.isEmpty() && ticket.assignee() != m_login);
    m_status->setCurrentIndex(m_status->findData(int(ticket.status())));
    m_status->setEnabled(open);
    m_tier3->setEnabled(open);
    m_priority->setEnabled(open);
    m_composer->setEnabled(open);
    if (open) {
        m_composer->setNotesAllowed(m_audience == api::TicketAudience::Staff);
    } else {
        m_composer->setPlaceholder(tr("This ticket is closed."));
    }
}

void TicketView::assignToMe()
{
    if (m_document && m_audience == api::TicketAudience::Staff && !m_login.isEmpty()) {
        Q_EMIT assignRequested(ticketId(), m_login);
    }
}

void TicketView::statusChosen(int index)
{
    if (!m_document) {
        return;
    }
    const auto status = TicketStatus(m_status->itemData(index).toInt());
    if (status == m_document->ticket.status()) {
        return;
    }
    if (status == TicketStatus::WaitingOnEngineering) {
        // Waiting on engineering needs the issue key: the Tier 3 move asks for it.
        m_status->setCurrentIndex(m_status->findData(int(m_document->ticket.status())));
        moveToTier3();
        return;
    }
    Q_EMIT statusRequested(ticketId(), status);
}

void TicketView::changePriority()
{
    if (!m_document || !m_priority->isEnabled()) {
        return;
    }
    auto *dialog =
        new PriorityDialog(m_document->ticket, m_slaClock, m_clock.now(), m_audience, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT priorityRequested(dialog->ticketId(), dialog->priority(), dialog->explanation());
    });
    dialog->open();
}

void TicketView::moveToTier3()
{
    if (!m_document || m_audience != api::TicketAudience::Staff || !m_tier3->isEnabled()) {
        return;
    }
    auto *dialog = new Tier3Dialog(ticketId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT tier3Requested(dialog->ticketId(), dialog->issueKey()); });
    dialog->open();
}

void TicketView::focusComposer()
{
    m_composer->focusEditor();
}

} // namespace deskside::ui

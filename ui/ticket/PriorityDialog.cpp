#include "ticket/PriorityDialog.h"

#include "sla/SlaText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using sla::SlaTarget;
using ticket::Priority;

namespace {

std::size_t indexOf(SlaTarget target)
{
    return target == SlaTarget::Respond ? 0 : 1;
}

} // namespace

PriorityDialog::PriorityDialog(const ticket::Ticket &ticket, sla::SlaClock slaClock,
                               const QDateTime &now, api::TicketAudience audience, QWidget *parent)
    : QDialog(parent)
    , m_ticket(ticket)
    , m_slaClock(std::move(slaClock))
    , m_now(now)
{
    setWindowTitle(tr("Change priority of ticket #%1").arg(ticket.id()));
    auto *layout = new QVBoxLayout(this);
    auto *subject = new QLabel(this);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    subject->setText(tr("Ticket #%1: %2").arg(QString::number(ticket.id()), ticket.subject()));
    layout->addWidget(subject);

    auto *form = new QFormLayout;
    form->addRow(tr("Current priority:"), new QLabel(ticket::displayName(ticket.priority()), this));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priorityCombo"_s);
    for (const Priority priority : ticket::allPriorities()) {
        if (audience == api::TicketAudience::Staff || ticket::isCustomerSelectable(priority)) {
            m_priority->addItem(ticket::displayName(priority), int(priority));
        }
    }
    const int current = m_priority->findData(int(ticket.priority()));
    m_priority->setCurrentIndex(current >= 0 ? current : m_priority->count() - 1);
    form->addRow(tr("&New priority:"), m_priority);
    layout->addLayout(form);

    auto *grid = new QGridLayout;
    addDueRows(grid);
    layout->addLayout(grid);

    auto *explanationLabel = new QLabel(tr("&Explanation (required):"), this);
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(u"explanationEdit"_s);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setPlaceholderText(tr("Why the priority changes, in words for the customer"));
    explanationLabel->setBuddy(m_explanation);
    layout->addWidget(explanationLabel);
    layout->addWidget(m_explanation, 1);

    const ticket::Requester &requester = ticket.requester();
    const QString customer = requester.name.isEmpty()
                                 ? u"<%1>"_s.arg(requester.email)
                                 : u"%1 <%2>"_s.arg(requester.name, requester.email);
    auto *statement = new QLabel(this);
    statement->setObjectName(u"customerStatement"_s);
    statement->setTextFormat(Qt::PlainText);
    statement->setWordWrap(true);
    statement->setText(
        tr("The customer (%1) will receive this explanation by e-mail.").arg(customer));
    layout->addWidget(statement);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("Change priority"));
    m_confirm->setToolTip(tr("Ctrl+Return"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (canConfirm()) {
                accept();
            }
        });
    }
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        updateDueTimes();
        updateConfirm();
    });
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &PriorityDialog::updateConfirm);

    updateDueTimes();
    updateConfirm();
    m_priority->setFocus();
}

void PriorityDialog::addDueRows(QGridLayout *grid)
{
    grid->addWidget(new QLabel(tr("Now (%1)").arg(ticket::displayName(m_ticket.priority())), this),
                    0, 1);
    m_newHeader = new QLabel(this);
    grid->addWidget(m_newHeader, 0, 2);
    const QString titles[] = {tr("Respond due"), tr("Resolve due")};
    for (const SlaTarget target : {SlaTarget::Respond, SlaTarget::Resolve}) {
        const std::size_t row = indexOf(target);
        grid->addWidget(new QLabel(titles[row], this), int(row) + 1, 0);
        for (std::size_t column = 0; column < 2; ++column) {
            auto *label = new QLabel(this);
            label->setObjectName(sla::toWire(target) + (column == 0 ? u"Old"_s : u"New"_s));
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_due[row][column] = label;
            grid->addWidget(label, int(row) + 1, int(column) + 1);
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

Priority PriorityDialog::priority() const
{
    return Priority(m_priority->currentData().toInt());
}

void PriorityDialog::setPriority(Priority priority)
{
    const int index = m_priority->findData(int(priority));
    if (index >= 0) {
        m_priority->setCurrentIndex(index);
    }
}

QString PriorityDialog::explanation() const
{
    return m_explanation->toPlainText().trimmed();
}

bool PriorityDialog::canConfirm() const
{
    return !explanation().isEmpty() && priority() != m_ticket.priority();
}

QString PriorityDialog::dueText(SlaTarget target, bool newPriority) const
{
    return m_due[indexOf(target)][newPriority ? 1 : 0]->text();
}

void PriorityDialog::updateConfirm()
{
    m_confirm->setEnabled(canConfirm());
}

void PriorityDialog::updateDueTimes()
{
    // From the original opening: only the priority differs between the columns.
    sla::SlaInput input = sla::SlaInput::fromTicket(m_ticket);
    const sla::SlaSnapshot before = m_slaClock.evaluate(input, m_now);
    input.priority = priority();
    const sla::SlaSnapshot after = m_slaClock.evaluate(input, m_now);
    m_newHeader->setText(tr("After (%1)").arg(ticket::displayName(input.priority)));
    for (const SlaTarget target : {SlaTarget::Respond, SlaTarget::Resolve}) {
        const std::size_t row = indexOf(target);
        const bool breached = before.status(target).state == sla::SlaState::Breached;
        const bool breachNow = !breached && after.status(target).state == sla::SlaState::Breached;
        m_due[row][0]->setText(describe(before.status(target), false));
        m_due[row][1]->setText(describe(after.status(target), breachNow));
        m_due[row][1]->setStyleSheet(breachNow ? u"color: #d32f2f; font-weight: bold;"_s
                                               : QString());
    }
}

QString PriorityDialog::describe(const sla::SlaTargetStatus &status, bool breachNow) const
{
    const QString due = sla::text::localTime(status.dueUtc, m_slaClock.calendar().zone());
    switch (status.state) {
    case sla::SlaState::Breached:
        return breachNow ? tr("%1 (breached at once)").arg(due) : tr("%1 (breached)").arg(due);
    case sla::SlaState::Met:
        return tr("%1 (met)").arg(due);
    case sla::SlaState::OnTrack:
    case sla::SlaState::Warning:
    case sla::SlaState::Paused:
        break;
    }
    return due;
}

} // namespace deskside::ui

#pragma once

#include "api/TicketJson.h"
#include "sla/SlaClock.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace deskside::ui {

// Changes a ticket's priority. The explanation is required (it is e-mailed to the
// customer): the confirm button stays disabled until the trimmed text is non-empty and
// the priority differs from the current one. Before confirming, the respond and resolve
// due times under the old and the new priority are shown side by side, computed from
// the ticket's original opening time; a new due time already past is a breach at once.
// Customers cannot choose Urgent. Ctrl+Return confirms, Esc cancels.
class PriorityDialog : public QDialog
{
    Q_OBJECT

public:
    PriorityDialog(const ticket::Ticket &ticket, sla::SlaClock slaClock, const QDateTime &now,
                   api::TicketAudience audience, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_ticket.id(); }
    ticket::Priority priority() const;
    void setPriority(ticket::Priority priority);
    // The explanation, trimmed.
    QString explanation() const;
    bool canConfirm() const;

    // Due-time cell texts, for the old (current) and the new priority.
    QString dueText(sla::SlaTarget target, bool newPriority) const;

private:
    void addDueRows(QGridLayout *grid);
    void updateDueTimes();
    void updateConfirm();
    // breachNow: the new priority makes this target breached at once.
    QString describe(const sla::SlaTargetStatus &status, bool breachNow) const;

    ticket::Ticket m_ticket;
    sla::SlaClock m_slaClock;
    QDateTime m_now;
    QComboBox *m_priority = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QLabel *m_newHeader = nullptr;
    std::array<std::array<QLabel *, 2>, 2> m_due{}; // [respond, resolve][old, new]
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace deskside::ui

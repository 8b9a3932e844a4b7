#pragma once

#include "api/TicketJson.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace deskside::ui {

// The properties of a ticket above its conversation: id and subject, requester,
// status, priority, assignee, the linked Tier 3 issue, and how many of the user's
// edits still wait to be sent.
class TicketHeader : public QWidget
{
    Q_OBJECT

public:
    explicit TicketHeader(QWidget *parent = nullptr);

    void setTicket(const ticket::Ticket &ticket, int pendingEdits);
    void clear();

    // "2 edits waiting to be sent"; empty when nothing waits.
    static QString pendingText(int pendingEdits);

private:
    QLabel *addField(const QString &title, const QString &name);

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_requester = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_tier3 = nullptr;
    QLabel *m_pending = nullptr;
};

} // namespace deskside::ui

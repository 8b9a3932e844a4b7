#pragma once

#include "base/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace deskside::ui {

// Asks for the engineering issue key (such as ENG-123) a ticket moves to Tier 3 with.
// The key is checked by the ticket's own rule as it is typed; confirm stays disabled
// until it is valid.
class Tier3Dialog : public QDialog
{
    Q_OBJECT

public:
    explicit Tier3Dialog(qint64 ticketId, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_ticketId; }
    // The key as the ticket stores it: trimmed, upper case.
    QString issueKey() const;
    void setIssueKey(const QString &key);
    bool canConfirm() const;

    // The ticket's rule for issue keys (Ticket::moveToTier3), with its message.
    static Status checkIssueKey(const QString &key);

private:
    void validate();

    qint64 m_ticketId = 0;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace deskside::ui

#pragma once

#include "api/TicketJson.h"
#include "base/Clock.h"
#include "sla/SlaClock.h"
#include "ticket/TicketHtml.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace deskside::ui {

class SlaPanel;
class TicketComposer;
class TicketHeader;

// One ticket: its properties, the SLA panel (always visible), the conversation and
// history, a composer, and for staff the actions (assign to me, status, Tier 3,
// priority). It never talks to the network: every edit leaves as a request signal.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    // clock must outlive the view.
    TicketView(sla::SlaClock slaClock, const Clock &clock, QWidget *parent = nullptr);

    // Who reads: staff see notes and actions, customers neither. Default: a customer.
    void setUser(const QString &login, api::TicketAudience audience);
    void setTicket(const api::TicketDocument &document, int pendingEdits);
    // No selection.
    void clear();

    bool hasTicket() const { return m_document.has_value(); }
    qint64 ticketId() const { return m_document ? m_document->ticket.id() : 0; }
    SlaPanel *slaPanel() const { return m_sla; }
    TicketComposer *composer() const { return m_composer; }
    QTextBrowser *conversation() const { return m_conversation; }

public Q_SLOTS:
    void assignToMe();
    // Open their dialogs (window-modal); the request follows when confirmed.
    void changePriority();
    void moveToTier3();
    void focusComposer();

Q_SIGNALS:
    void replyRequested(qint64 ticketId, const QString &body);
    void noteRequested(qint64 ticketId, const QString &body);
    void priorityRequested(qint64 ticketId, ticket::Priority priority, const QString &explanation);
    void assignRequested(qint64 ticketId, const QString &login);
    void statusRequested(qint64 ticketId, ticket::TicketStatus status);
    void tier3Requested(qint64 ticketId, const QString &issueKey);

private:
    QWidget *createActions();
    void updateActions();
    void statusChosen(int index);
    void showConversation(bool sameTicket);

    sla::SlaClock m_slaClock;
    const Clock &m_clock;
    TicketHtml m_html;
    QString m_login;
    api::TicketAudience m_audience = api::TicketAudience::Customer;
    std::optional<api::TicketDocument> m_document;
    int m_pendingEdits = 0;
    QHash<qint64, QString> m_drafts; // unsent composer text per ticket

    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    TicketHeader *m_header = nullptr;
    SlaPanel *m_sla = nullptr;
    QWidget *m_staffActions = nullptr;
    QPushButton *m_assign = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_tier3 = nullptr;
    QPushButton *m_priority = nullptr;
    QTextBrowser *m_conversation = nullptr;
    TicketComposer *m_composer = nullptr;
};

} // namespace deskside::ui

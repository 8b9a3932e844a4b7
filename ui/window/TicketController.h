#pragma once

#include "sync/Outbox.h"

#include <QObject>

class QWidget;

namespace deskside::ui {

class DeskData;
class TicketView;

// Shows the selected ticket and turns the ticket view's requests into edits. Edits are
// saved locally first; conflicts and refusals from the server are put to the user.
class TicketController : public QObject
{
    Q_OBJECT

public:
    TicketController(DeskData &data, TicketView *view, QWidget *dialogParent,
                     QObject *parent = nullptr);

    void showTicket(qint64 id);
    qint64 currentTicket() const { return m_current; }

Q_SIGNALS:
    // A line for the status bar ("Reply saved; it will be sent when online").
    void message(const QString &text);

private:
    void refresh();
    void edit(sync::OutboxEdit::Kind kind, qint64 ticketId, const QJsonObject &body);
    void askAboutConflict(const sync::OutboxEdit &edit, const QJsonObject &serverTicket);

    DeskData &m_data;
    TicketView *m_view;
    QWidget *m_dialogParent;
    qint64 m_current = 0;
};

} // namespace deskside::ui

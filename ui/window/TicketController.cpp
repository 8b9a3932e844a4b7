#include "window/TicketController.h"

#include "ticket/TicketView.h"
#include "window/DeskData.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

QString describe(const sync::OutboxEdit &edit)
{
    switch (edit.kind) {
    case sync::OutboxEdit::Kind::Reply:
        return TicketController::tr("your reply");
    case sync::OutboxEdit::Kind::Note:
        return TicketController::tr("your internal note");
    case sync::OutboxEdit::Kind::Priority:
        return TicketController::tr("your priority change to %1 (\"%2\")")
            .arg(edit.body.value(u"priority"_s).toString(),
                 edit.body.value(u"explanation"_s).toString());
    case sync::OutboxEdit::Kind::Assign:
        return TicketController::tr("your assignment");
    case sync::OutboxEdit::Kind::Status:
        return TicketController::tr("your status change to %1")
            .arg(edit.body.value(u"status"_s).toString());
    case sync::OutboxEdit::Kind::Tier3:
        return TicketController::tr("your move to Tier 3 (%1)")
            .arg(edit.body.value(u"issue_key"_s).toString());
    }
    return {};
}

} // namespace

TicketController::TicketController(DeskData &data, TicketView *view, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    using Kind = sync::OutboxEdit::Kind;
    m_view->setUser(data.login(), data.audience());
    connect(view, &TicketView::replyRequested, this, [this](qint64 id, const QString &body) {
        edit(Kind::Reply, id, {{u"body"_s, body}});
    });
    connect(view, &TicketView::noteRequested, this, [this](qint64 id, const QString &body) {
        edit(Kind::Note, id, {{u"body"_s, body}, {u"internal"_s, true}});
    });
    connect(view, &TicketView::priorityRequested, this,
            [this](qint64 id, ticket::Priority priority, const QString &explanation) {
                edit(Kind::Priority, id,
                     {{u"priority"_s, ticket::toWire(priority)}, {u"explanation"_s, explanation}});
            });
    connect(view, &TicketView::assignRequested, this, [this](qint64 id, const QString &login) {
        edit(Kind::Assign, id,
             {{u"assignee"_s, login.isEmpty() ? QJsonValue() : QJsonValue(login)}});
    });
    connect(view, &TicketView::statusRequested, this,
            [this](qint64 id, ticket::TicketStatus status) {
                edit(Kind::Status, id, {{u"status"_s, ticket::toWire(status)}});
            });
    connect(view, &TicketView::tier3Requested, this, [this](qint64 id, const QString &key) {
        edit(Kind::Tier3, id, {{u"issue_key"_s, key}});
    });
    connect(&data, &DeskData::rowsChanged, this, &TicketController::refresh);
    connect(&data, &DeskData::pendingEditsChanged, this, &TicketController::refresh);
    connect(&data, &DeskData::conflict, this, &TicketController::askAboutConflict);
    connect(&data, &DeskData::editRejected, this,
            [this](const sync::OutboxEdit &edit, const QString &reason) {
                QMessageBox::warning(m_dialogParent, tr("Change refused"),
                                     tr("The server refused %1 on ticket #%2:\n%3")
                                         .arg(describe(edit))
                                         .arg(edit.ticketId)
                                         .arg(reason));
            });
}

void TicketController::showTicket(qint64 id)
{
    m_current = id;
    refresh();
}

void TicketController::refresh()
{
    const auto document = m_current > 0 ? m_data.ticket(m_current) : std::nullopt;
    if (!document) {
        m_view->clear();
        return;
    }
    m_view->setTicket(*document, m_data.pendingEditsFor(m_current));
}

void TicketController::edit(sync::OutboxEdit::Kind kind, qint64 ticketId, const QJsonObject &body)
{
    QString error;
    if (!m_data.edit(kind, ticketId, body, &error)) {
        QMessageBox::critical(m_dialogParent, tr("Not saved"),
                              tr("The change could not be saved on this computer:\n%1").arg(error));
        return;
    }
    Q_EMIT message(
        m_data.connection() == DeskData::Connection::Online
            ? tr("Saved; sending to the server…")
            : tr("Saved on this computer; it will be sent when the server is reachable."));
    refresh();
}

void TicketController::askAboutConflict(const sync::OutboxEdit &edit,
                                        const QJsonObject &serverTicket)
{
    QMessageBox box(QMessageBox::Warning, tr("Ticket changed on the server"),
                    tr("Ticket #%1 was changed by someone else (now version %2) before %3 "
                       "reached the server.")
                        .arg(edit.ticketId)
                        .arg(serverTicket.value(u"version"_s).toInteger())
                        .arg(describe(edit)),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Nothing was overwritten. Apply your change to the current version, "
                              "or discard it?"));
    QPushButton *apply = box.addButton(tr("&Apply to current version"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard my change"), QMessageBox::DestructiveRole);
    box.setDefaultButton(apply);
    box.exec();
    m_data.resolveConflict(edit.id, box.clickedButton() == apply);
}

} // namespace deskside::ui

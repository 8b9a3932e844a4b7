#include "ticket/TicketComposer.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

TicketComposer::TicketComposer(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"composerEdit"_s);
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_note = new QPushButton(tr("Add internal &note"), this);
    m_note->setObjectName(u"addNoteButton"_s);
    m_note->setToolTip(tr("Only staff see internal notes (Ctrl+Shift+Return)"));
    m_reply = new QPushButton(tr("&Send reply"), this);
    m_reply->setObjectName(u"sendReplyButton"_s);
    m_reply->setToolTip(tr("The customer receives this reply (Ctrl+Return)"));
    buttons->addWidget(m_note);
    buttons->addWidget(m_reply);
    layout->addLayout(buttons);

    connect(m_reply, &QPushButton::clicked, this, &TicketComposer::sendReply);
    connect(m_note, &QPushButton::clicked, this, &TicketComposer::addNote);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TicketComposer::updateButtons);
    const auto addShortcut = [this](QKeyCombination keys, void (TicketComposer::*slot)()) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(Qt::CTRL | Qt::Key_Return, &TicketComposer::sendReply);
    addShortcut(Qt::CTRL | Qt::Key_Enter, &TicketComposer::sendReply);
    addShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return, &TicketComposer::addNote);
    updateButtons();
}

void TicketComposer::setNotesAllowed(bool allowed)
{
    m_notesAllowed = allowed;
    m_note->setVisible(allowed);
    m_editor->setPlaceholderText(allowed ? tr("Write a reply to the customer or an internal note")
                                         : tr("Write a reply"));
    updateButtons();
}

QString TicketComposer::text() const
{
    return m_editor->toPlainText();
}

void TicketComposer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void TicketComposer::setPlaceholder(const QString &text)
{
    m_editor->setPlaceholderText(text);
}

void TicketComposer::focusEditor()
{
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

QString TicketComposer::takeText()
{
    const QString body = m_editor->toPlainText().trimmed();
    if (!body.isEmpty()) {
        m_editor->clear();
    }
    return body;
}

void TicketComposer::sendReply()
{
    if (!isEnabled()) {
        return;
    }
    if (const QString body = takeText(); !body.isEmpty()) {
        Q_EMIT replyRequested(body);
    }
}

void TicketComposer::addNote()
{
    if (!isEnabled() || !m_notesAllowed) {
        return;
    }
    if (const QString body = takeText(); !body.isEmpty()) {
        Q_EMIT noteRequested(body);
    }
}

void TicketComposer::updateButtons()
{
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    m_reply->setEnabled(hasText);
    m_note->setEnabled(hasText && m_notesAllowed);
}

} // namespace deskside::ui

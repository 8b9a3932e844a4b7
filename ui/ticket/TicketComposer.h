#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace deskside::ui {

// Writes a public reply or an internal note. Blank text cannot be sent; Ctrl+Return
// sends a reply, Ctrl+Shift+Return adds a note. The text is cleared once handed on.
class TicketComposer : public QWidget
{
    Q_OBJECT

public:
    explicit TicketComposer(QWidget *parent = nullptr);

    // Customers write replies only.
    void setNotesAllowed(bool allowed);
    bool notesAllowed() const { return m_notesAllowed; }
    QString text() const;
    void setText(const QString &text);
    void setPlaceholder(const QString &text);

public Q_SLOTS:
    void sendReply();
    void addNote();
    void focusEditor();

Q_SIGNALS:
    void replyRequested(const QString &body);
    void noteRequested(const QString &body);

private:
    void updateButtons();
    // The trimmed text, or empty when nothing can be sent.
    QString takeText();

    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_note = nullptr;
    bool m_notesAllowed = true;
};

} // namespace deskside::ui

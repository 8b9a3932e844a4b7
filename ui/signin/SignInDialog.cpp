#include "signin/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to Deskside"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(u"https://helpdesk.example.com"_s);
    m_login = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        u"color: palette(highlighted-text); background: #b3261e; padding: 6px;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_server, m_login, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    }
    updateButton();
}

void SignInDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty()) {
        m_password->setFocus();
    }
}

QUrl SignInDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_server, m_login, m_password}) {
        edit->setEnabled(!busy);
    }
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    updateButton();
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->selectAll();
    m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_busy && server().isValid() && !m_server->text().trimmed().isEmpty() &&
                         !login().isEmpty() && !password().isEmpty());
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled()) {
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT signInRequested(server(), login(), password());
}

} // namespace deskside::ui

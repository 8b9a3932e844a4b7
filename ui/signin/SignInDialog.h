#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace deskside::ui {

// Server URL, login and password. It does not talk to the network: accepting emits
// signInRequested; the owner answers with showError() or accepts when signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setLogin(const QString &login);
    QUrl server() const;
    QString login() const;
    QString password() const;

    void setBusy(bool busy);
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &login, const QString &password);

private:
    void updateButton();
    void submit();

    QLineEdit *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
};

} // namespace deskside::ui

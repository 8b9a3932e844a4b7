#pragma once

#include "signin/SignInDialog.h"
#include "window/Preferences.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QSettings;

namespace deskside {
class Clock;
}

namespace deskside::account {
struct Account;
class AccountList;
class CredentialStore;
class SessionClient;
class SessionManager;
} // namespace deskside::account

namespace deskside::ui {

class CacheDeskData;
class MainWindow;

// The desktop app's life: restore the session or ask to sign in, open the account's
// desk (cache, outbox, sync) and its main window; settings, sign-out, switching.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    DesktopApp(const Clock &clock, QSettings &settings, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Restores the last session, or shows the sign-in dialog prefilled with these.
    void start(const QUrl &server = {}, const QString &login = {});
    // Signs in at once (scripts and the demo); on failure the sign-in dialog shows why.
    void signIn(const QUrl &server, const QString &login, const QString &password);

    MainWindow *window() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn.data(); }
    CacheDeskData *desk() const { return m_desk.get(); }

Q_SIGNALS:
    void windowShown();
    void signInShown();

private:
    void showSignIn(const QString &reason);
    void openDesk(const account::Account &account, const QString &token);
    void closeDesk();
    void showSettings();
    void applyPreferences();

    const Clock &m_clock;
    QSettings &m_settings;
    Preferences m_preferences;
    QUrl m_server;
    QString m_login;
    std::unique_ptr<account::AccountList> m_accounts;
    std::unique_ptr<account::CredentialStore> m_credentials;
    std::unique_ptr<account::SessionClient> m_client;
    std::unique_ptr<account::SessionManager> m_sessions;
    std::unique_ptr<CacheDeskData> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
};

} // namespace deskside::ui

#pragma once

#include "account/Account.h"
#include "base/Result.h"

#include <QObject>

namespace deskside {
class Clock;
}

namespace deskside::account {

class AccountList;
class CredentialStore;
class SessionClient;
struct Session;

// Signs in, restores and signs out the current account: the server session through
// SessionClient, the token in the system keychain through CredentialStore, the account (never
// the token) in AccountList. Each of signIn(), restore() and signOut() ends in exactly one of
// its final signals. Several accounts may be configured; switchTo() makes another current.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    // None of the collaborators is owned; all must outlive the manager.
    SessionManager(AccountList *accounts, CredentialStore *credentials, SessionClient *client,
                   const Clock *clock, QObject *parent = nullptr);

    // Ends in signedIn() or signInFailed().
    void signIn(const QUrl &serverUrl, const QString &login, const QString &password);
    // Ends in restored() or needsSignIn().
    void restore();
    // Makes another configured account current and restores it: restored() or needsSignIn().
    void switchTo(const QString &accountId);
    // Revokes the session on the server (best effort), removes the token from the keychain and
    // marks the account signed out. Ends in signedOut().
    void signOut();

    // The signed-in account and its token, held in memory only.
    const Account &account() const { return m_account; }
    const QString &token() const { return m_token; }
    bool isSignedIn() const { return !m_token.isEmpty(); }

Q_SIGNALS:
    void signedIn(const deskside::account::Account &account, const QString &token);
    void signInFailed(const deskside::Error &error);
    void restored(const deskside::account::Account &account, const QString &token);
    void needsSignIn(const QString &reason);
    void signedOut();

private:
    void storeSession(const QUrl &serverUrl, const Session &session);
    Status rememberAccount(const Account &account);
    void failSignIn(const Error &error);
    void finishRestore(const Account &account, const Result<QString> &token);
    void finishSignOut(const Account &account);

    AccountList *m_accounts;
    CredentialStore *m_credentials;
    SessionClient *m_client;
    const Clock *m_clock;
    Account m_account;
    QString m_token;
};

} // namespace deskside::account

#include "account/SessionManager.h"

#include "account/AccountList.h"
#include "account/CredentialStore.h"
#include "account/SessionClient.h"
#include "base/Clock.h"
#include "base/Logging.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace deskside::account {

namespace {

QString describe(const Account &account)
{
    return u"%1 on %2"_s.arg(account.login, account.serverUrl.toDisplayString());
}

} // namespace

SessionManager::SessionManager(AccountList *accounts, CredentialStore *credentials,
                               SessionClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_client(client)
    , m_clock(clock)
{
    Q_ASSERT(m_accounts && m_credentials && m_client && m_clock);
}

void SessionManager::signIn(const QUrl &serverUrl, const QString &login, const QString &password)
{
    SessionJob *job = m_client->signIn(serverUrl, login, password);
    connect(job, &SessionJob::finished, this, [this, serverUrl](const Result<Session> &session) {
        if (!session) {
            failSignIn(session.error());
            return;
        }
        storeSession(serverUrl, session.value());
    });
}

void SessionManager::storeSession(const QUrl &serverUrl, const Session &session)
{
    Account account =
        m_accounts->findByServerAndLogin(serverUrl, session.login).value_or(Account{});
    if (!account.isValid()) {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    account.serverUrl = AccountList::normalizedServerUrl(serverUrl);
    account.login = session.login;
    account.displayName = session.name.isEmpty() ? session.login : session.name;
    account.role = session.role;
    account.email = session.email;
    account.lastUsed = m_clock->now();
    account.signedIn = true;
    CredentialJob *job = m_credentials->write(account.id, session.token);
    connect(job, &CredentialJob::finished, this,
            [this, account, session](const Result<QString> &stored) {
                if (!stored) {
                    // A session the client cannot keep is closed again on the server.
                    m_client->signOut(account.serverUrl, session.token);
                    failSignIn(makeError(
                        stored.error().code,
                        tr("Signed in, but the token could not be kept in the system keychain: %1")
                            .arg(stored.error().message)));
                    return;
                }
                if (const Status remembered = rememberAccount(account); !remembered) {
                    failSignIn(remembered.error());
                    return;
                }
                m_account = account;
                m_token = session.token;
                qCInfo(lcAccount) << "signed in as" << describe(account);
                Q_EMIT signedIn(m_account, m_token);
            });
}

Status SessionManager::rememberAccount(const Account &account)
{
    const Status saved =
        m_accounts->find(account.id) ? m_accounts->update(account) : m_accounts->add(account);
    if (!saved) {
        return saved;
    }
    return m_accounts->setCurrent(account.id);
}

void SessionManager::failSignIn(const Error &error)
{
    Q_EMIT signInFailed(error);
}

void SessionManager::restore()
{
    m_account = {};
    m_token.clear();
    const std::optional<Account> current = m_accounts->current();
    QString reason;
    if (!current) {
        reason = tr("No account is configured yet; sign in to a Deskside server.");
    } else if (!current->signedIn) {
        reason = tr("%1 is signed out; sign in again.").arg(describe(*current));
    }
    if (!reason.isEmpty()) {
        QTimer::singleShot(0, this, [this, reason] { Q_EMIT needsSignIn(reason); });
        return;
    }
    CredentialJob *job = m_credentials->read(current->id);
    connect(job, &CredentialJob::finished, this,
            [this, account = *current](const Result<QString> &token) {
                finishRestore(account, token);
            });
}

void SessionManager::finishRestore(const Account &account, const Result<QString> &token)
{
    if (!token || token.value().isEmpty()) {
        const QString why = token ? tr("the saved token is empty.") : token.error().message;
        Q_EMIT needsSignIn(
            tr("The saved sign-in of %1 could not be used: %2").arg(describe(account), why));
        return;
    }
    Account used = account;
    used.lastUsed = m_clock->now();
    if (const Status saved = m_accounts->update(used); !saved) {
        qCWarning(lcAccount) << "could not note the account's last use:" << saved.error().message;
    }
    m_account = used;
    m_token = token.value();
    qCInfo(lcAccount) << "restored the session of" << describe(used);
    Q_EMIT restored(m_account, m_token);
}

void SessionManager::switchTo(const QString &accountId)
{
    if (const Status chosen = m_accounts->setCurrent(accountId); !chosen) {
        m_account = {};
        m_token.clear();
        QTimer::singleShot(0, this,
                           [this, reason = chosen.error().message] { Q_EMIT needsSignIn(reason); });
        return;
    }
    restore();
}

void SessionManager::signOut()
{
    const Account account =
        m_account.isValid() ? m_account : m_accounts->current().value_or(Account{});
    const QString token = m_token;
    m_account = {};
    m_token.clear();
    if (!account.isValid()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT signedOut(); });
        return;
    }
    if (token.isEmpty()) {
        finishSignOut(account);
        return;
    }
    SessionJob *job = m_client->signOut(account.serverUrl, token);
    connect(job, &SessionJob::finished, this, [this, account](const Result<Session> &revoked) {
        if (!revoked) {
            qCWarning(lcAccount) << "the server session could not be closed:"
                                 << revoked.error().message;
        }
        finishSignOut(account);
    });
}

void SessionManager::finishSignOut(const Account &account)
{
    Account signedOutAccount = account;
    signedOutAccount.signedIn = false;
    if (m_accounts->find(account.id)) {
        if (const Status saved = m_accounts->update(signedOutAccount); !saved) {
            qCWarning(lcAccount) << "could not mark the account signed out:"
                                 << saved.error().message;
        }
    }
    CredentialJob *job = m_credentials->remove(account.id);
    connect(job, &CredentialJob::finished, this, [this, account](const Result<QString> &removed) {
        if (!removed) {
            qCWarning(lcAccount) << "the token of" << describe(account)
                                 << "could not be removed from the keychain:"
                                 << removed.error().message;
        }
        qCInfo(lcAccount) << "signed out" << describe(account);
        Q_EMIT signedOut();
    });
}

} // namespace deskside::account

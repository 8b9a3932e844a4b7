#include "window/DesktopApp.h"

#include "account/AccountList.h"
#include "account/CredentialStore.h"
#include "account/SessionClient.h"
#include "account/SessionManager.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "signin/SignInDialog.h"
#include "sync/SyncEngine.h"
#include "window/AlertController.h"
#include "window/CacheDeskData.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

QString cachePathFor(const QString &accountId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        u"/accounts/"_s + accountId;
    QDir().mkpath(dir);
    return dir + u"/cache.sqlite"_s;
}

QString labelOf(const account::Account &account)
{
    return DesktopApp::tr("%1 on %2").arg(account.login, account.serverUrl.toString());
}

} // namespace

DesktopApp::DesktopApp(const Clock &clock, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_preferences(Preferences::load(settings))
    , m_accounts(std::make_unique<account::AccountList>(&settings))
    , m_credentials(std::make_unique<account::CredentialStore>())
    , m_client(std::make_unique<account::SessionClient>())
    , m_sessions(std::make_unique<account::SessionManager>(m_accounts.get(), m_credentials.get(),
                                                           m_client.get(), &clock))
{
    using account::SessionManager;
    connect(m_sessions.get(), &SessionManager::restored, this, &DesktopApp::openDesk);
    connect(m_sessions.get(), &SessionManager::signedIn, this,
            [this](const account::Account &account, const QString &token) {
                if (m_signIn) {
                    m_signIn->accept();
                }
                openDesk(account, token);
            });
    connect(m_sessions.get(), &SessionManager::signInFailed, this, [this](const Error &error) {
        if (m_signIn) {
            m_signIn->showError(error.message);
        }
    });
    connect(m_sessions.get(), &SessionManager::needsSignIn, this, &DesktopApp::showSignIn);
    connect(m_sessions.get(), &SessionManager::signedOut, this,
            [this]() { showSignIn(tr("Signed out.")); });
}

DesktopApp::~DesktopApp()
{
    closeDesk();
}

void DesktopApp::start(const QUrl &server, const QString &login)
{
    m_server = server;
    m_login = login;
    const auto current = m_accounts->current();
    if (current &&
        (server.isEmpty() || account::AccountList::normalizedServerUrl(server) ==
                                 account::AccountList::normalizedServerUrl(current->serverUrl))) {
        m_sessions->restore();
    } else {
        showSignIn({});
    }
}

void DesktopApp::signIn(const QUrl &server, const QString &login, const QString &password)
{
    m_server = server;
    m_login = login;
    showSignIn({});
    m_signIn->setBusy(true);
    m_sessions->signIn(server, login, password);
}

void DesktopApp::showSignIn(const QString &reason)
{
    closeDesk();
    if (!m_signIn) {
        m_signIn = new SignInDialog();
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signInRequested, m_sessions.get(),
                &account::SessionManager::signIn);
        connect(m_signIn, &QDialog::rejected, this, [this]() {
            if (!m_window) {
                QCoreApplication::quit();
            }
        });
    }
    const auto current = m_accounts->current();
    m_signIn->setServer(!m_server.isEmpty() ? m_server
                        : current           ? current->serverUrl
                                            : QUrl(u"http://127.0.0.1:8480"_s));
    m_signIn->setLogin(!m_login.isEmpty() ? m_login : current ? current->login : QString());
    if (!reason.isEmpty()) {
        m_signIn->showError(reason);
    }
    m_signIn->show();
    Q_EMIT signInShown();
}

void DesktopApp::openDesk(const account::Account &account, const QString &token)
{
    closeDesk();
    CacheDeskData::Setup setup{labelOf(account),  account.login,  account.role != u"customer"_s,
                               account.serverUrl, token.toUtf8(), cachePathFor(account.id)};
    setup.role = account.role;
    auto desk = CacheDeskData::open(setup, m_clock);
    if (!desk) {
        // Keep the unreadable file for inspection and start from an empty cache.
        const QString aside =
            setup.cachePath + u".unreadable-"_s + m_clock.now().toString(u"yyyyMMddHHmmss"_s);
        QFile::rename(setup.cachePath, aside);
        QMessageBox::warning(
            nullptr, tr("Local copy unreadable"),
            tr("The local copy of your tickets could not be read (%1). It was kept as "
               "%2 and a fresh copy is downloaded.")
                .arg(desk.error().message, aside));
        desk = CacheDeskData::open(setup, m_clock);
        if (!desk) {
            showSignIn(desk.error().message);
            return;
        }
    }
    m_desk = std::move(desk.value());
    m_window = std::make_unique<MainWindow>(*m_desk, m_clock, m_settings);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::showSettings);
    connect(m_window.get(), &MainWindow::signOutRequested, m_sessions.get(),
            &account::SessionManager::signOut);
    applyPreferences();
    m_window->show();
    Q_EMIT windowShown();
}

void DesktopApp::closeDesk()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    m_desk.reset();
}

void DesktopApp::applyPreferences()
{
    if (m_desk) {
        m_desk->engine().setPollInterval(std::chrono::seconds(m_preferences.syncIntervalSeconds));
    }
    if (m_window) {
        m_window->setDueSoonHours(m_preferences.dueSoonHours);
        m_window->alerts().setPreferences(m_preferences);
    }
}

void DesktopApp::showSettings()
{
    QList<AccountEntry> entries;
    const auto current = m_accounts->current();
    for (const account::Account &account : m_accounts->list()) {
        entries.append({account.id, labelOf(account), current && current->id == account.id});
    }
    SettingsDialog dialog(m_preferences, entries, m_window.get());
    connect(&dialog, &SettingsDialog::addAccountRequested, this, [this, &dialog]() {
        dialog.reject();
        m_server.clear();
        m_login.clear();
        showSignIn({});
    });
    connect(&dialog, &SettingsDialog::switchAccountRequested, this,
            [this, &dialog](const QString &id) {
                dialog.reject();
                m_sessions->switchTo(id);
            });
    connect(&dialog, &SettingsDialog::removeAccountRequested, this,
            [this, &dialog](const QString &id) {
                dialog.reject();
                const auto current = m_accounts->current();
                if (current && current->id == id) {
                    // Sign out first (the server session and the keychain entry), then forget it.
                    connect(
                        m_sessions.get(), &account::SessionManager::signedOut, this,
                        [this, id]() { m_accounts->remove(id); }, Qt::SingleShotConnection);
                    m_sessions->signOut();
                    return;
                }
                m_credentials->remove(id);
                m_accounts->remove(id);
            });
    if (dialog.exec() == QDialog::Accepted) {
        m_preferences = dialog.preferences();
        m_preferences.save(m_settings);
        applyPreferences();
    }
}

} // namespace deskside::ui

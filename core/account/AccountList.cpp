#include "account/AccountList.h"

#include "base/IsoTime.h"
#include "base/Logging.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::account {

namespace {

const QString group = u"accounts"_s;
const QString currentKey = u"accounts/current"_s;

QString keyOf(const QString &id, const QString &field)
{
    return group + u'/' + id + u'/' + field;
}

Error unknownAccount(const QString &id)
{
    return makeError(u"unknown_account"_s,
                     QCoreApplication::translate("deskside::account::AccountList",
                                                 "No account with the id %1 is configured.")
                         .arg(id));
}

} // namespace

AccountList::AccountList(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QList<Account> AccountList::list() const
{
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Account> accounts;
    for (const QString &id : ids) {
        if (auto account = find(id)) {
            accounts.append(*account);
        }
    }
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        return a.lastUsed != b.lastUsed ? a.lastUsed > b.lastUsed : a.id < b.id;
    });
    return accounts;
}

std::optional<Account> AccountList::find(const QString &id) const
{
    if (id.isEmpty() || !m_settings->contains(keyOf(id, u"serverUrl"_s))) {
        return std::nullopt;
    }
    Account account;
    account.id = id;
    account.serverUrl = QUrl(m_settings->value(keyOf(id, u"serverUrl"_s)).toString());
    account.login = m_settings->value(keyOf(id, u"login"_s)).toString();
    account.displayName = m_settings->value(keyOf(id, u"displayName"_s)).toString();
    account.role = m_settings->value(keyOf(id, u"role"_s)).toString();
    account.email = m_settings->value(keyOf(id, u"email"_s)).toString();
    const auto lastUsed = iso::parse(m_settings->value(keyOf(id, u"lastUsed"_s)).toString());
    if (lastUsed) {
        account.lastUsed = lastUsed.value();
    }
    account.signedIn = m_settings->value(keyOf(id, u"signedIn"_s)).toBool();
    return account;
}

std::optional<Account> AccountList::findByServerAndLogin(const QUrl &serverUrl,
                                                         const QString &login) const
{
    const QUrl wanted = normalizedServerUrl(serverUrl);
    for (const Account &account : list()) {
        if (account.login == login && normalizedServerUrl(account.serverUrl) == wanted) {
            return account;
        }
    }
    return std::nullopt;
}

Status AccountList::add(const Account &account)
{
    if (account.id.isEmpty() || account.id.contains(u'/') || account.id.contains(u'\\')) {
        return makeError(u"invalid_account"_s, tr("An account needs an id without slashes."));
    }
    if (find(account.id)) {
        return makeError(u"duplicate_account"_s,
                         tr("An account with the id %1 is already configured.").arg(account.id));
    }
    write(account);
    commit();
    return {};
}

Status AccountList::update(const Account &account)
{
    if (!find(account.id)) {
        return unknownAccount(account.id);
    }
    write(account);
    commit();
    return {};
}

void AccountList::remove(const QString &id)
{
    if (!find(id)) {
        return;
    }
    m_settings->remove(group + u'/' + id);
    if (m_settings->value(currentKey).toString() == id) {
        m_settings->remove(currentKey);
    }
    commit();
}

std::optional<Account> AccountList::current() const
{
    return find(m_settings->value(currentKey).toString());
}

Status AccountList::setCurrent(const QString &id)
{
    if (!find(id)) {
        return unknownAccount(id);
    }
    m_settings->setValue(currentKey, id);
    commit();
    return {};
}

QUrl AccountList::normalizedServerUrl(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveQuery |
                        QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

void AccountList::write(const Account &account)
{
    const QString &id = account.id;
    m_settings->setValue(keyOf(id, u"serverUrl"_s),
                         normalizedServerUrl(account.serverUrl).toString(QUrl::FullyEncoded));
    m_settings->setValue(keyOf(id, u"login"_s), account.login);
    m_settings->setValue(keyOf(id, u"displayName"_s), account.displayName);
    m_settings->setValue(keyOf(id, u"role"_s), account.role);
    m_settings->setValue(keyOf(id, u"email"_s), account.email);
    m_settings->setValue(keyOf(id, u"lastUsed"_s),
                         account.lastUsed.isValid() ? iso::formatUtc(account.lastUsed) : QString());
    m_settings->setValue(keyOf(id, u"signedIn"_s), account.signedIn);
}

void AccountList::commit()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcAccount) << "the account settings could not be written to"
                             << m_settings->fileName();
    }
    Q_EMIT changed();
}

} // namespace deskside::account

#pragma once

#include "account/Account.h"
#include "base/Result.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace deskside::account {

// The configured accounts, kept in QSettings under the group "accounts" (one child group per
// account id, plus the id of the current account). Tokens are never stored here.
class AccountList : public QObject
{
    Q_OBJECT

public:
    // settings is not owned and must outlive the list.
    explicit AccountList(QSettings *settings, QObject *parent = nullptr);

    // Most recently used first.
    QList<Account> list() const;
    std::optional<Account> find(const QString &id) const;
    std::optional<Account> findByServerAndLogin(const QUrl &serverUrl, const QString &login) const;

    Status add(const Account &account);
    Status update(const Account &account);
    // Removing the current account leaves no account current.
    void remove(const QString &id);

    std::optional<Account> current() const;
    Status setCurrent(const QString &id);

    // The form in which server URLs are compared and stored: no trailing slash, no query.
    static QUrl normalizedServerUrl(const QUrl &url);

Q_SIGNALS:
    void changed();

private:
    void write(const Account &account);
    void commit();

    QSettings *m_settings;
};

} // namespace deskside::account

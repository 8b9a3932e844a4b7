#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace deskside::account {

// A configured account: who signs in where. Never holds the token, which lives only in the
// system keychain under the account's id.
struct Account
{
    QString id; // stable, a UUID without braces
    QUrl serverUrl;
    QString login;
    QString displayName;
    QString role; // as on the wire: "customer", "specialist", "manager", "admin"
    QString email;
    QDateTime lastUsed; // UTC
    bool signedIn = false;

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace deskside::account

Q_DECLARE_METATYPE(deskside::account::Account)

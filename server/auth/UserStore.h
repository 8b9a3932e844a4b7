#pragma once

#include "auth/AuthUser.h"
#include "auth/PasswordHasher.h"
#include "base/Result.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace deskside::server {

class Database;

struct NewUser
{
    QString login;
    QString email;
    QString name;
    Role role = Role::Customer;
    QString password;
};

// Accounts: staff created by administrators, customers by sign-up.
class UserStore
{
public:
    explicit UserStore(Database &db, PasswordHasher hasher = PasswordHasher())
        : m_db(db)
        , m_hasher(hasher)
    {}

    // Checks login (letters, digits, . _ -; 2-64), e-mail shape, password length (>= 8).
    Result<AuthUser> add(const NewUser &user, qint64 now);
    std::optional<AuthUser> findByLogin(const QString &login) const;
    // The user when the password matches and the account is enabled.
    std::optional<AuthUser> authenticate(const QString &login, const QString &password) const;
    Result<QList<AuthUser>> list() const;
    Result<QStringList> staffLogins() const;
    Status setDisabled(const QString &login, bool disabled);
    bool isDisabled(const QString &login) const;

    // Self sign-up: the address is unproven until the mailed code comes back.
    Status setVerificationCode(qint64 userId, const QString &code);
    Status verify(qint64 userId, const QString &code);

    static QString columns(); // for SELECTs joined as "u"
    static AuthUser fromRow(const QSqlQuery &row);
    static Status validate(const NewUser &user);

private:
    Database &m_db;
    PasswordHasher m_hasher;
};

} // namespace deskside::server

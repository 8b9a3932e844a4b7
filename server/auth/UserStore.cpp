#include "auth/UserStore.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString codeHash(const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(code.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString UserStore::columns()
{
    return u"u.id, u.login, u.email, u.name, u.role, u.email_verified"_s;
}

AuthUser UserStore::fromRow(const QSqlQuery &row)
{
    AuthUser user;
    user.id = row.value(0).toLongLong();
    user.login = row.value(1).toString();
    user.email = row.value(2).toString();
    user.name = row.value(3).toString();
    user.role = roleFromWire(row.value(4).toString()).value_or(Role::Customer);
    user.emailVerified = row.value(5).toInt() != 0;
    return user;
}

Status UserStore::validate(const NewUser &user)
{
    static const QRegularExpression login(u"^[A-Za-z0-9._-]{2,64}$"_s);
    static const QRegularExpression email(u"^[^@\\s|]+@[^@\\s|]+\\.[^@\\s|]+$"_s);
    if (!login.match(user.login).hasMatch()) {
        return makeError(u"login"_s, u"a login is 2 to 64 letters, digits, '.', '_' or '-'"_s);
    }
    if (!email.match(user.email).hasMatch() || user.email.size() > 254) {
        return makeError(u"email"_s, u"'%1' is not an e-mail address"_s.arg(user.email));
    }
    if (user.password.size() < 8) {
        return makeError(u"password"_s, u"a password needs at least 8 characters"_s);
    }
    if (user.name.trimmed().isEmpty() || user.name.size() > 200) {
        return makeError(u"name"_s, u"a name is required (at most 200 characters)"_s);
    }
    return {};
}

Result<AuthUser> UserStore::add(const NewUser &user, qint64 now)
{
    if (const Status valid = validate(user); !valid) {
        return valid.error();
    }
    if (findByLogin(user.login)) {
        return makeError(u"login_taken"_s, u"the login '%1' is already taken"_s.arg(user.login));
    }
    auto id = m_db.scalar(u"INSERT INTO users (login, email, name, role, password_hash, created_at)"
                          " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {user.login, user.email.trimmed(), user.name.trimmed(),
                           roleToWire(user.role), m_hasher.hash(user.password), now});
    if (!id) {
        return id.error();
    }
    return AuthUser{id.value().toLongLong(), user.login, user.email.trimmed(),
                    user.name.trimmed(),     user.role,  true};
}

std::optional<AuthUser> UserStore::findByLogin(const QString &login) const
{
    auto query =
        m_db.exec(u"SELECT "_s + columns() + u" FROM users u WHERE u.login = ?"_s, {login});
    if (!query || !query.value().next()) {
        return std::nullopt;
    }
    return fromRow(query.value());
}

std::optional<AuthUser> UserStore::authenticate(const QString &login, const QString &password) const
{
    auto query =
        m_db.exec(u"SELECT "_s + columns() +
                      u", u.password_hash FROM users u WHERE u.login = ? AND u.disabled = 0"_s,
                  {login});
    if (!query || !query.value().next()) {
        PasswordHasher::verify(password, u"pbkdf2-sha256$120000$AAAA$AAAA"_s); // same cost
        return std::nullopt;
    }
    if (!PasswordHasher::verify(password, query.value().value(6).toString())) {
        return std::nullopt;
    }
    return fromRow(query.value());
}

Result<QList<AuthUser>> UserStore::list() const
{
    auto query = m_db.exec(u"SELECT "_s + columns() + u" FROM users u ORDER BY u.login"_s);
    if (!query) {
        return query.error();
    }
    QList<AuthUser> users;
    while (query.value().next()) {
        users.append(fromRow(query.value()));
    }
    return users;
}

Result<QStringList> UserStore::staffLogins() const
{
    auto query = m_db.exec(
        u"SELECT login FROM users WHERE role <> 'customer' AND disabled = 0 ORDER BY login"_s);
    if (!query) {
        return query.error();
    }
    QStringList logins;
    while (query.value().next()) {
        logins.append(query.value().value(0).toString());
    }
    return logins;
}

Status UserStore::setDisabled(const QString &login, bool disabled)
{
    auto done =
        m_db.exec(u"UPDATE users SET disabled = ? WHERE login = ?"_s, {disabled ? 1 : 0, login});
    if (!done) {
        return done.error();
    }
    if (done.value().numRowsAffected() == 0) {
        return makeError(u"not_found"_s, u"no user with the login '%1'"_s.arg(login));
    }
    return {};
}

bool UserStore::isDisabled(const QString &login) const
{
    const auto disabled = m_db.scalar(u"SELECT disabled FROM users WHERE login = ?"_s, {login});
    return disabled && disabled.value().toInt() != 0;
}

Status UserStore::setVerificationCode(qint64 userId, const QString &code)
{
    auto done =
        m_db.exec(u"UPDATE users SET email_verified = 0, verify_code_hash = ? WHERE id = ?"_s,
                  {codeHash(code), userId});
    if (!done) {
        return done.error();
    }
    return {};
}

Status UserStore::verify(qint64 userId, const QString &code)
{
    auto done = m_db.exec(u"UPDATE users SET email_verified = 1, verify_code_hash = NULL"
                          " WHERE id = ? AND verify_code_hash = ?"_s,
                          {userId, codeHash(code)});
    if (!done) {
        return done.error();
    }
    if (done.value().numRowsAffected() == 0) {
        return makeError(u"code"_s, u"the verification code is not right"_s);
    }
    return {};
}

} // namespace deskside::server

#include "admin/AdminCommand.h"

#include "admin/IntegrationCommand.h"

#include "auth/UserStore.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace deskside::server {

bool AdminCommand::handles(const QStringList &arguments)
{
    return arguments.size() > 1 &&
           (arguments.at(1) == u"user"_s || arguments.at(1) == u"integration"_s);
}

Result<std::unique_ptr<Database>> AdminCommand::openDatabase(const QString &url)
{
    auto db = Database::open(url);
    if (!db) {
        return db.error();
    }
    if (const Status migrated = db.value()->migrate(); !migrated) {
        return migrated.error();
    }
    return db;
}

int AdminCommand::run(const QStringList &arguments)
{
    const auto result =
        arguments.at(1) == u"integration"_s
            ? IntegrationCommand::execute(arguments, QDateTime::currentSecsSinceEpoch())
            : execute(arguments);
    if (!result) {
        std::fprintf(m_err, "deskside-server: %s\n", qPrintable(result.error().message));
        return 2;
    }
    std::fputs(qPrintable(result.value()), m_out);
    return 0;
}

QString AdminCommand::readPassword()
{
    QByteArray line;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, m_in)) {
        line += buffer;
        if (line.endsWith('\n')) {
            break;
        }
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

Result<QString> AdminCommand::execute(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Account administration.\n  user add --database DB --login LOGIN --role "
        "customer|specialist|manager|admin --email ADDR [--name NAME] --password-stdin\n"
        "  user list --database DB\n  user disable --database DB --login LOGIN"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption database(u"database"_s, u"sqlite:PATH or postgresql://..."_s,
                                      u"url"_s);
    const QCommandLineOption login(u"login"_s, u"The account's login."_s, u"login"_s);
    const QCommandLineOption role(u"role"_s, u"customer, specialist, manager or admin."_s,
                                  u"role"_s);
    const QCommandLineOption email(u"email"_s, u"The account's e-mail address."_s, u"address"_s);
    const QCommandLineOption name(u"name"_s, u"Display name (default: the login)."_s, u"name"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           u"Read the password from standard input."_s);
    parser.addOptions({help, database, login, role, email, name, passwordStdin});
    if (!parser.parse(arguments.mid(2).isEmpty()
                          ? arguments
                          : QStringList{arguments.first()} + arguments.mid(3))) {
        return makeError(u"usage"_s, parser.errorText());
    }
    if (parser.isSet(help) || action.isEmpty() || action == u"--help"_s) {
        return parser.helpText();
    }
    if (!parser.isSet(database)) {
        return makeError(u"usage"_s, u"--database is required"_s);
    }
    auto db = openDatabase(parser.value(database));
    if (!db) {
        return db.error();
    }
    UserStore users(*db.value());
    if (action == u"list"_s) {
        auto all = users.list();
        if (!all) {
            return all.error();
        }
        QString text;
        for (const AuthUser &user : all.value()) {
            text += u"%1\t%2\t%3\t%4\n"_s.arg(user.login, roleToWire(user.role), user.email,
                                              users.isDisabled(user.login) ? u"disabled"_s
                                                                           : u"enabled"_s);
        }
        return text;
    }
    if (!parser.isSet(login)) {
        return makeError(u"usage"_s, u"--login is required"_s);
    }
    if (action == u"disable"_s) {
        if (const Status done = users.setDisabled(parser.value(login), true); !done) {
            return done.error();
        }
        return u"disabled %1\n"_s.arg(parser.value(login));
    }
    if (action != u"add"_s) {
        return makeError(u"usage"_s,
                         u"unknown action 'user %1' (add, list or disable)"_s.arg(action));
    }
    const auto wantedRole = roleFromWire(parser.value(role));
    if (!wantedRole) {
        return makeError(u"usage"_s, u"--role must be customer, specialist, manager or admin"_s);
    }
    if (!parser.isSet(passwordStdin)) {
        return makeError(
            u"usage"_s, u"--password-stdin is required (passwords never go on the command line)"_s);
    }
    const NewUser user{parser.value(login), parser.value(email),
                       parser.isSet(name) ? parser.value(name) : parser.value(login), *wantedRole,
                       readPassword()};
    auto added = users.add(user, QDateTime::currentSecsSinceEpoch());
    if (!added) {
        return added.error();
    }
    return u"added %1 (%2)\n"_s.arg(added->login, roleToWire(added->role));
}

} // namespace deskside::server

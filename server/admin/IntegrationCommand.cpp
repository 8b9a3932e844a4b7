#include "admin/IntegrationCommand.h"

#include "admin/AdminCommand.h"
#include "db/Database.h"
#include "ingest/IntegrationStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace deskside::server {

Result<QString> IntegrationCommand::execute(const QStringList &arguments, qint64 now)
{
    const QString action = arguments.value(2);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Monitoring integrations (bearer tokens for Alertmanager and the generic alert API).\n"
        "  integration add --database DB --kind alertmanager|generic --name NAME\n"
        "      prints the new token once; only its SHA-256 hash is stored\n"
        "  integration list --database DB"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption database(u"database"_s, u"sqlite:PATH or postgresql://..."_s,
                                      u"url"_s);
    const QCommandLineOption kind(u"kind"_s, u"alertmanager or generic."_s, u"kind"_s);
    const QCommandLineOption name(u"name"_s, u"A unique name, e.g. prometheus-eu."_s, u"name"_s);
    parser.addOptions({help, database, kind, name});
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(3))) {
        return makeError(u"usage"_s, parser.errorText());
    }
    if (parser.isSet(help) || action.isEmpty() || action == u"--help"_s || action == u"-h"_s) {
        return parser.helpText();
    }
    if (action != u"add"_s && action != u"list"_s) {
        return makeError(u"usage"_s,
                         u"unknown action 'integration %1' (add or list)"_s.arg(action));
    }
    if (!parser.isSet(database)) {
        return makeError(u"usage"_s, u"--database is required"_s);
    }
    if (action == u"add"_s && (!parser.isSet(kind) || !parser.isSet(name))) {
        return makeError(u"usage"_s, u"--kind and --name are required"_s);
    }
    if (action == u"add"_s && !IntegrationStore::isKind(parser.value(kind))) {
        return makeError(u"usage"_s, u"--kind must be alertmanager or generic, not '%1'"_s.arg(
                                         parser.value(kind)));
    }
    auto db = AdminCommand::openDatabase(parser.value(database));
    if (!db) {
        return db.error();
    }
    IntegrationStore integrations(*db.value());
    if (action == u"add"_s) {
        auto token = integrations.add(parser.value(kind), parser.value(name), now);
        if (!token) {
            return token.error();
        }
        return QString(QString::fromLatin1(token.value()) + u'\n');
    }
    auto all = integrations.list();
    if (!all) {
        return all.error();
    }
    QString text;
    for (const auto &integration : all.value()) {
        text += u"%1\t%2\t%3\t%4\n"_s.arg(
            integration.name, integration.kind, integration.disabled ? u"disabled"_s : u"enabled"_s,
            QDateTime::fromSecsSinceEpoch(integration.createdAt, QTimeZone::utc())
                .toString(Qt::ISODate));
    }
    return text;
}

} // namespace deskside::server

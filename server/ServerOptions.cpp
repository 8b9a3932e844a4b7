#include "ServerOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace deskside::server {

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Deskside reference server: REST API /api/v1 on SQLite or PostgreSQL.\n"
        "Administration: deskside-server user add|list|disable --help"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address and port to listen on (only this one)."_s,
                                    u"host:port"_s, u"127.0.0.1:8480"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"sqlite:PATH or postgresql://user@host:port/db (default: %1)."_s.arg(
            u"a SQLite file in the user's data directory"_s),
        u"url"_s);
    const QCommandLineOption smtp(u"smtp"_s, u"Outgoing mail server, smtp://HOST:PORT."_s,
                                  u"url"_s);
    const QCommandLineOption from(u"mail-from"_s, u"Sender of outgoing mail."_s, u"address"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed a demo organisation into an empty database."_s);
    const QCommandLineOption rate(u"rate-limit"_s,
                                  u"Requests a minute per token and per address (0: off)."_s,
                                  u"n"_s, u"600"_s);
    const QCommandLineOption maxBody(u"max-body"_s, u"Largest request body in bytes."_s, u"bytes"_s,
                                     u"262144"_s);
    parser.addOptions({listen, database, smtp, from, demo, rate, maxBody});
    parser.process(arguments);

    ServerOptions options;
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535 || !options.address.setAddress(where.left(colon))) {
        return makeError(u"bad_listen"_s,
                         u"--listen wants HOST:PORT such as 127.0.0.1:8480, not '%1'"_s.arg(where));
    }
    options.port = static_cast<quint16>(port);
    options.database = parser.value(database);
    options.smtpUrl = parser.value(smtp);
    if (parser.isSet(from)) {
        options.mailFrom = parser.value(from);
    }
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.limits.requestsPerMinute = parser.value(rate).toInt(&ok);
    if (!ok || options.limits.requestsPerMinute < 0) {
        return makeError(u"bad_rate"_s,
                         u"--rate-limit wants a whole number of requests a minute"_s);
    }
    options.limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.limits.maxBodyBytes < 1024) {
        return makeError(u"bad_body"_s, u"--max-body wants a number of bytes, at least 1024"_s);
    }
    return options;
}

} // namespace deskside::server

#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::server {

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Deskside reference server"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on."_s,
                                    u"host:port"_s, u"127.0.0.1:8480"_s);
    const QCommandLineOption database(u"database"_s, u"sqlite:PATH or postgresql://..."_s,
                                      u"url"_s);
    parser.addOptions({listen, database});
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
    return options;
}

} // namespace deskside::server

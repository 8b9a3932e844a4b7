#include "Server.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "admin/AdminCommand.h"
#include "base/Clock.h"
#include "base/Logging.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskside-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKSIDE_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (deskside::server::AdminCommand::handles(arguments)) {
        return deskside::server::AdminCommand(stdin, stdout, stderr).run(arguments);
    }
    const auto options = deskside::server::ServerOptions::parse(arguments);
    if (!options) {
        std::fprintf(stderr, "deskside-server: %s\n", qPrintable(options.error().message));
        return 2;
    }
    deskside::SystemClock clock;
    deskside::server::Server server(clock);
    if (const auto started = server.start(options.value()); !started) {
        std::fprintf(stderr, "deskside-server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    deskside::server::ShutdownSignals signals;
    QObject::connect(&signals, &deskside::server::ShutdownSignals::shutdownRequested, &app, []() {
        qCInfo(lcServer) << "shutting down";
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

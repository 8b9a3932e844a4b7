#include "ServerOptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskside-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKSIDE_VERSION));
    const auto options = deskside::server::ServerOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "deskside-server: %s\n", qPrintable(options.error().message));
        return 2;
    }
    return 0;
}

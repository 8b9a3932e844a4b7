#include "cli/CliApp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskside-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKSIDE_VERSION));
    deskside::cli::CliApp cli(stdout, stderr);
    return cli.run(QCoreApplication::arguments());
}

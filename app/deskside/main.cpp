#include "base/Clock.h"
#include "window/DesktopApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deskside"));
    QApplication::setOrganizationName(QStringLiteral("Deskside"));
    QApplication::setApplicationVersion(QStringLiteral(DESKSIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("deskside"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Deskside helpdesk client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Server to sign in to."),
                                    QStringLiteral("url"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QApplication::translate("main", "Login to sign in with."),
                                   QStringLiteral("login"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QApplication::translate("main",
                                "Sign in at once with the password read from standard input."));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for smoke tests)."),
        QStringLiteral("ms"));
    parser.addOptions({server, login, passwordStdin, quitAfter});
    parser.process(app);

    deskside::SystemClock clock;
    QSettings settings;
    deskside::ui::DesktopApp desktop(clock, settings);
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        desktop.signIn(QUrl(parser.value(server)), parser.value(login), in.readLine());
    } else {
        desktop.start(QUrl(parser.value(server)), parser.value(login));
    }
    if (parser.isSet(quitAfter)) {
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    }
    return QApplication::exec();
}

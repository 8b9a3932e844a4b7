#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;

static ProgramRun cli(const QStringList &arguments)
{
    return runProgram(u"" DESKSIDE_CLI ""_s, arguments);
}

// deskside-cli: exit codes and output format of every subcommand.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommands()
    {
        const auto run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Usage: deskside-cli"_s));
    }

    void commandHelpNamesTheCommand()
    {
        const auto run = cli({u"oncall"_s, u"who"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage: deskside-cli oncall who [options]"_s),
                 qPrintable(run.out));
    }

    void noArgumentsIsUsageError()
    {
        const auto run = cli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Usage"_s));
    }

    void unknownCommandIsOneLine()
    {
        const auto run = cli({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(u"deskside-cli: unknown command"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

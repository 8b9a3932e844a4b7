#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Every program starts, answers --version and --help, and exits cleanly.
class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addRow("deskside") << u"" DESKSIDE_APP ""_s;
        QTest::addRow("deskside-server") << u"" DESKSIDE_SERVER ""_s;
        QTest::addRow("deskside-cli") << u"" DESKSIDE_CLI ""_s;
    }
    void versionAndHelp()
    {
        QFETCH(QString, program);
        const auto version = runProgram(program, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(u"" DESKSIDE_VERSION ""_s), qPrintable(version.out));
        const auto help = runProgram(program, {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"Usage"_s), qPrintable(help.out));
    }

    void desktopAppStartsAndQuits()
    {
        const auto run = runProgram(u"" DESKSIDE_APP ""_s,
                                    {u"-platform"_s, u"offscreen"_s, u"--quit-after"_s, u"200"_s});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 0);
    }

    void serverRefusesBadListen()
    {
        const auto run = runProgram(u"" DESKSIDE_SERVER ""_s, {u"--listen"_s, u"nowhere"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--listen"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"

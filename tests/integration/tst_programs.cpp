#include "CliRunner.h"

#include <QTemporaryDir>
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

    void serverAdministersUsers()
    {
        QTemporaryDir dir;
        const QString db = u"sqlite:"_s + dir.filePath(u"admin.sqlite"_s);
        const QString server = u"" DESKSIDE_SERVER ""_s;
        const auto added = runProgram(server,
                                      {u"user"_s, u"add"_s, u"--database"_s, db, u"--login"_s,
                                       u"lee"_s, u"--role"_s, u"specialist"_s, u"--email"_s,
                                       u"lee@example.com"_s, u"--password-stdin"_s},
                                      "a-long-password\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"added lee (specialist)"_s),
                 qPrintable(added.out + added.err));
        const auto twice = runProgram(server,
                                      {u"user"_s, u"add"_s, u"--database"_s, db, u"--login"_s,
                                       u"lee"_s, u"--role"_s, u"specialist"_s, u"--email"_s,
                                       u"lee@example.com"_s, u"--password-stdin"_s},
                                      "a-long-password\n");
        QCOMPARE(twice.exitCode, 2);
        QVERIFY(twice.err.contains(u"already taken"_s));
        const auto badRole = runProgram(server,
                                        {u"user"_s, u"add"_s, u"--database"_s, db, u"--login"_s,
                                         u"kim"_s, u"--role"_s, u"boss"_s, u"--email"_s,
                                         u"kim@example.com"_s, u"--password-stdin"_s},
                                        "a-long-password\n");
        QCOMPARE(badRole.exitCode, 2);
        QCOMPARE(badRole.err.count(u'\n'), 1);
        QCOMPARE(runProgram(server,
                            {u"user"_s, u"disable"_s, u"--database"_s, db, u"--login"_s, u"lee"_s})
                     .exitCode,
                 0);
        const auto listed = runProgram(server, {u"user"_s, u"list"_s, u"--database"_s, db});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(u"lee\tspecialist\tlee@example.com\tdisabled"_s),
                 qPrintable(listed.out));
    }

    void serverStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(u"" DESKSIDE_SERVER ""_s, {u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                                u"sqlite:"_s + dir.filePath(u"s.sqlite"_s)});
        QVERIFY(server.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += server.readAll()).contains("listening on"), 20000);
        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        output += server.readAll();
        QVERIFY2(output.contains("shutting down"), output.constData());
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

#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;

static ProgramRun cli(const QStringList &arguments)
{
    return runProgram(u"" DESKSIDE_CLI ""_s, arguments);
}

static ProgramRun slaDue(const QStringList &arguments)
{
    return cli(QStringList{u"sla"_s, u"due"_s} + arguments);
}

// deskside-cli sla due: output format and exit codes.
class TestCliSla : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheDueTime_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("due");
        QTest::addRow("design: high, Friday 16:00")
            << QStringList{u"--priority"_s, u"high"_s, u"--opened"_s,
                           u"2026-03-06T16:00:00-06:00"_s}
            << u"2026-03-10T16:00:00-05:00"_s;
        QTest::addRow("design: medium over Christmas")
            << QStringList{u"--priority"_s, u"medium"_s, u"--opened"_s,
                           u"2026-12-24T16:59:59-06:00"_s}
            << u"2026-12-31T16:59:59-06:00"_s;
        QTest::addRow("opened given in UTC")
            << QStringList{u"--priority"_s, u"high"_s, u"--opened"_s, u"2026-03-06T22:00:00Z"_s}
            << u"2026-03-10T16:00:00-05:00"_s;
        QTest::addRow("low") << QStringList{u"--priority"_s, u"low"_s, u"--opened"_s,
                                            u"2026-03-02T08:00:00-06:00"_s}
                             << u"2026-03-11T17:00:00-05:00"_s;
        QTest::addRow("respond target")
            << QStringList{u"--priority"_s, u"high"_s,     u"--target"_s,
                           u"respond"_s,    u"--opened"_s, u"2026-03-06T16:00:00-06:00"_s}
            << u"2026-03-10T16:00:00-05:00"_s;
        QTest::addRow("resolve target named")
            << QStringList{u"--priority"_s, u"medium"_s,   u"--target"_s,
                           u"resolve"_s,    u"--opened"_s, u"2026-03-02T10:00:00-06:00"_s}
            << u"2026-03-06T10:00:00-06:00"_s;
    }
    void printsTheDueTime()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, due);
        const auto run = slaDue(arguments);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, due + u'\n');
    }

    void explainAddsTheReasons()
    {
        const auto run = slaDue({u"--priority"_s, u"high"_s, u"--opened"_s,
                                 u"2026-03-06T16:00:00-06:00"_s, u"--explain"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n'),
                 QStringList({u"2026-03-10T16:00:00-05:00"_s,
                              u"Opened Fri 2026-03-06 16:00 CST; the clock counts business hours "
                              "Mon–Fri 08:00–17:00 America/Chicago."_s,
                              u"High priority: resolve within 2 business days (18 h)."_s,
                              u"Counted: 1 h Fri Mar 6, 9 h Mon Mar 9, 8 h Tue Mar 10 → due Tue "
                              "2026-03-10 16:00 CDT."_s,
                              u"Closed: Sat–Sun Mar 7–8."_s, QString()}));
    }

    void badInputIsOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString opened = u"2026-03-06T16:00:00-06:00"_s;
        QTest::addRow("bad priority")
            << QStringList{u"--priority"_s, u"critical"_s, u"--opened"_s, opened} << u"critical"_s;
        QTest::addRow("capitalised priority")
            << QStringList{u"--priority"_s, u"High"_s, u"--opened"_s, opened} << u"High"_s;
        QTest::addRow("bad time") << QStringList{u"--priority"_s, u"high"_s, u"--opened"_s,
                                                 u"tomorrow"_s}
                                  << u"--opened"_s;
        QTest::addRow("time without offset")
            << QStringList{u"--priority"_s, u"high"_s, u"--opened"_s, u"2026-03-06T16:00:00"_s}
            << u"--opened"_s;
        QTest::addRow("impossible date") << QStringList{u"--priority"_s, u"high"_s, u"--opened"_s,
                                                        u"2026-02-30T16:00:00-06:00"_s}
                                         << u"--opened"_s;
        QTest::addRow("missing priority") << QStringList{u"--opened"_s, opened} << u"--priority"_s;
        QTest::addRow("missing opened") << QStringList{u"--priority"_s, u"low"_s} << u"--opened"_s;
        QTest::addRow("bad target") << QStringList{u"--priority"_s, u"low"_s,      u"--opened"_s,
                                                   opened,          u"--target"_s, u"close"_s}
                                    << u"--target"_s;
        QTest::addRow("unknown option")
            << QStringList{u"--priority"_s, u"low"_s, u"--opened"_s, opened, u"--colour"_s}
            << u"colour"_s;
        QTest::addRow("stray argument")
            << QStringList{u"--priority"_s, u"low"_s, u"--opened"_s, opened, u"now"_s} << u"now"_s;
    }
    void badInputIsOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto run = slaDue(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.endsWith(u'\n'));
        QVERIFY2(run.err.startsWith(u"deskside-cli: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    }

    void helpExitsZero()
    {
        const auto run = slaDue({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.contains(u"Usage: deskside-cli sla due"_s));
        QVERIFY(run.out.contains(u"--priority"_s));
        QVERIFY(run.out.contains(u"--explain"_s));
    }

    void listedInTopLevelHelp()
    {
        const auto run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"sla due"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSla)
#include "tst_cli_sla.moc"

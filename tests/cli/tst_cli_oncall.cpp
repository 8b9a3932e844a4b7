#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;

static ProgramRun cli(const QStringList &arguments)
{
    return runProgram(u"" DESKSIDE_CLI ""_s, arguments);
}

static QString data(const QString &name)
{
    return u"" DESKSIDE_TEST_DATA "/oncall/"_s + name;
}

// deskside-cli oncall who / escalation plan: output format and exit codes.
class TestCliOnCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whoPrintsTheLogin_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("who");
        QTest::addRow("first shift") << u"2026-01-05T09:00:00-06:00"_s << u"maria"_s;
        QTest::addRow("second before spring hand-off")
            << u"2026-03-09T08:59:59-05:00"_s << u"priya"_s;
        QTest::addRow("at spring hand-off") << u"2026-03-09T14:00:00Z"_s << u"maria"_s;
        QTest::addRow("during the override") << u"2026-03-10T12:00:00-05:00"_s << u"alex"_s;
        QTest::addRow("override has ended") << u"2026-03-11T00:00:00-05:00"_s << u"maria"_s;
    }
    void whoPrintsTheLogin()
    {
        QFETCH(QString, at);
        QFETCH(QString, who);
        const auto run =
            cli({u"oncall"_s, u"who"_s, u"--schedule"_s, data(u"primary.json"_s), u"--at"_s, at});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, who + u'\n');
    }

    void whoVerboseExplains()
    {
        const auto run = cli({u"oncall"_s, u"who"_s, u"--schedule"_s, data(u"primary.json"_s),
                              u"--at"_s, u"2026-03-10T12:00:00-05:00"_s, u"--verbose"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n'),
                 QStringList({u"alex"_s, u"schedule primary (Primary on-call)"_s,
                              u"via override (swap)"_s, u"until 2026-03-11T00:00:00-05:00"_s,
                              QString()}));
    }

    void planWithoutAck()
    {
        const auto run =
            cli({u"escalation"_s, u"plan"_s, u"--policy"_s, data(u"policy.json"_s), u"--raised"_s,
                 u"2026-03-10T10:00:00-05:00"_s, u"--schedule"_s, data(u"primary.json"_s)});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.out.split(u'\n'),
            QStringList({u"2026-03-10T10:00:00-05:00  tier 1  round 1  schedule primary -> alex"_s,
                         u"2026-03-10T10:10:00-05:00  tier 2  round 1  user maria"_s,
                         u"2026-03-10T10:10:00-05:00  tier 2  round 1  team support-leads"_s,
                         u"2026-03-10T10:25:00-05:00  tier 3  round 1  everyone"_s,
                         u"2026-03-10T10:55:00-05:00  tier 1  round 2  schedule primary -> alex"_s,
                         u"2026-03-10T11:05:00-05:00  tier 2  round 2  user maria"_s,
                         u"2026-03-10T11:05:00-05:00  tier 2  round 2  team support-leads"_s,
                         u"2026-03-10T11:20:00-05:00  tier 3  round 2  everyone"_s, QString()}));
    }

    void planStopsAtAckInUtc()
    {
        // No schedule given: times in UTC; the step at exactly the ack time is not sent.
        const auto run =
            cli({u"escalation"_s, u"plan"_s, u"--policy"_s, data(u"policy.json"_s), u"--raised"_s,
                 u"2026-03-10T15:00:00Z"_s, u"--acked"_s, u"2026-03-10T15:25:00Z"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n'),
                 QStringList({u"2026-03-10T15:00:00+00:00  tier 1  round 1  schedule primary"_s,
                              u"2026-03-10T15:10:00+00:00  tier 2  round 1  user maria"_s,
                              u"2026-03-10T15:10:00+00:00  tier 2  round 1  team support-leads"_s,
                              QString()}));
    }

    void planCatastrophicNotifiesEveryoneFirst()
    {
        const auto run =
            cli({u"escalation"_s, u"plan"_s, u"--policy"_s, data(u"policy.json"_s), u"--raised"_s,
                 u"2026-03-10T15:00:00Z"_s, u"--resolved"_s, u"2026-03-10T15:05:00Z"_s,
                 u"--severity"_s, u"catastrophic"_s, u"--zone"_s, u"America/Chicago"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n'),
                 QStringList({u"2026-03-10T10:00:00-05:00  tier 1  round 1  everyone"_s,
                              u"2026-03-10T10:00:00-05:00  tier 1  round 1  schedule primary"_s,
                              QString()}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        const QString policy = data(u"policy.json"_s);
        const QString raised = u"2026-03-10T15:00:00Z"_s;
        QTest::addRow("malformed schedule")
            << QStringList{u"oncall"_s, u"who"_s, u"--schedule"_s, data(u"bad-schedule.json"_s),
                           u"--at"_s,   raised}
            << data(u"bad-schedule.json"_s) + u": rotation.period_days is missing"_s;
        QTest::addRow("malformed policy")
            << QStringList{u"escalation"_s, u"plan"_s, u"--policy"_s, data(u"bad-policy.json"_s),
                           u"--raised"_s,   raised}
            << data(u"bad-policy.json"_s) + u": is not valid JSON"_s;
        QTest::addRow("malformed schedule for a plan")
            << QStringList{u"escalation"_s, u"plan"_s,
                           u"--policy"_s,   policy,
                           u"--raised"_s,   raised,
                           u"--schedule"_s, data(u"bad-schedule.json"_s)}
            << data(u"bad-schedule.json"_s);
        QTest::addRow("missing schedule option")
            << QStringList{u"oncall"_s, u"who"_s, u"--at"_s, raised} << u"--schedule is required"_s;
        QTest::addRow("missing raised option")
            << QStringList{u"escalation"_s, u"plan"_s, u"--policy"_s, policy}
            << u"--raised is required"_s;
        QTest::addRow("time without offset")
            << QStringList{u"oncall"_s,     u"who"_s,
                           u"--schedule"_s, data(u"primary.json"_s),
                           u"--at"_s,       u"2026-03-10T12:00"_s}
            << u"--at: '2026-03-10T12:00' is not an ISO-8601 time"_s;
        QTest::addRow("unknown severity")
            << QStringList{u"escalation"_s, u"plan"_s, u"--policy"_s,   policy,
                           u"--raised"_s,   raised,    u"--severity"_s, u"apocalyptic"_s}
            << u"--severity: 'apocalyptic' is not one of"_s;
        QTest::addRow("ack before raise")
            << QStringList{u"escalation"_s, u"plan"_s, u"--policy"_s, policy,
                           u"--raised"_s,   raised,    u"--acked"_s,  u"2026-03-10T14:00:00Z"_s}
            << u"acknowledged before it was raised"_s;
        QTest::addRow("nobody on call before start")
            << QStringList{u"oncall"_s,     u"who"_s,
                           u"--schedule"_s, data(u"primary.json"_s),
                           u"--at"_s,       u"2026-01-05T08:59:59-06:00"_s}
            << u"nobody is on call in primary"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const auto run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"deskside-cli: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    void helpDocumentsTheFormat_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("oncall who")
            << QStringList{u"oncall"_s, u"who"_s} << u"Line 1 is the login"_s;
        QTest::addRow("escalation plan") << QStringList{u"escalation"_s, u"plan"_s}
                                         << u"<time>  tier <n>  round <r>  <target>"_s;
    }
    void helpDocumentsTheFormat()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, fragment);
        const auto run = cli(command + QStringList{u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(fragment), qPrintable(run.out));
        QVERIFY(run.out.contains(u"--schedule"_s));
    }

    void commandsAreListed()
    {
        const auto run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"oncall who"_s));
        QVERIFY(run.out.contains(u"escalation plan"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliOnCall)
#include "tst_cli_oncall.moc"

#include "runbook/RunbookLibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::runbook;
using oncall::Severity;

static Runbook sample(const QString &type, Severity level)
{
    return Runbook{type,           level, u"Title"_s, {u"Do this."_s}, {u"On-call engineer"_s},
                   u"Tell them."_s};
}

class TestRunbookLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsCoverThePolicyScenarios()
    {
        const RunbookLibrary library = RunbookLibrary::defaults();
        QCOMPARE(library.types(), QStringList({u"catastrophic_event"_s, u"customer_down"_s,
                                               u"performance_degraded"_s, u"system_outage"_s}));
        QVERIFY(library.runbooks().size() >= 8);
        for (const Runbook &runbook : library.runbooks()) {
            QVERIFY2(runbook.validate().ok(), qPrintable(runbook.type));
            QVERIFY2(!runbook.contacts.isEmpty(), qPrintable(runbook.type));
            QVERIFY2(!runbook.communication.isEmpty(), qPrintable(runbook.type));
        }
        const auto catastrophic = library.find(u"catastrophic_event"_s, Severity::Catastrophic);
        QVERIFY(catastrophic);
        QVERIFY(catastrophic->steps.join(u' ').contains(u"entire staff"_s));
        QVERIFY(catastrophic->communication.contains(u"status page"_s));
        QVERIFY(catastrophic->communication.contains(u"onest"_s));
        const auto outage = library.find(u"system_outage"_s, Severity::Major);
        QVERIFY(outage);
        QVERIFY(outage->steps.join(u' ').contains(u"status page"_s));
    }

    void findsExactOrNearestLowerLevel_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Severity>("asked");
        QTest::addColumn<bool>("found");
        QTest::addColumn<Severity>("level");
        QTest::addRow("exact") << u"customer_down"_s << Severity::Major << true << Severity::Major;
        QTest::addRow("falls back to a lower level")
            << u"customer_down"_s << Severity::Catastrophic << true << Severity::Critical;
        QTest::addRow("nothing lower")
            << u"customer_down"_s << Severity::Minor << false << Severity::Minor;
        QTest::addRow("unknown type")
            << u"alien_invasion"_s << Severity::Critical << false << Severity::Minor;
        QTest::addRow("performance at critical")
            << u"performance_degraded"_s << Severity::Critical << true << Severity::Major;
    }
    void findsExactOrNearestLowerLevel()
    {
        QFETCH(QString, type);
        QFETCH(Severity, asked);
        QFETCH(bool, found);
        QFETCH(Severity, level);
        const auto runbook = RunbookLibrary::defaults().find(type, asked);
        QCOMPARE(runbook.has_value(), found);
        if (found) {
            QCOMPARE(runbook->type, type);
            QCOMPARE(runbook->level, level);
        }
    }

    void forSeverityGivesOnePerType()
    {
        const QList<Runbook> minor = RunbookLibrary::defaults().forSeverity(Severity::Minor);
        QCOMPARE(minor.size(), 1);
        QCOMPARE(minor.first().type, u"performance_degraded"_s);
        const QList<Runbook> critical = RunbookLibrary::defaults().forSeverity(Severity::Critical);
        QCOMPARE(critical.size(), 3);
        QCOMPARE(critical.at(0).type, u"customer_down"_s);
        QCOMPARE(critical.at(0).level, Severity::Critical);
        QCOMPARE(critical.at(1).level, Severity::Major);
        QCOMPARE(critical.at(2).type, u"system_outage"_s);
    }

    void addsNewScenariosAndRefusesDuplicates()
    {
        RunbookLibrary library;
        QVERIFY(library.add(sample(u"data_breach"_s, Severity::Critical)).ok());
        QVERIFY(library.add(sample(u"data_breach"_s, Severity::Major)).ok());
        const Status again = library.add(sample(u"data_breach"_s, Severity::Critical));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"duplicate_runbook"_s);
        QCOMPARE(library.runbooks().size(), 2);
        QVERIFY(!library.add(sample(u"Bad Type"_s, Severity::Minor)).ok());
        Runbook noSteps = sample(u"no_steps"_s, Severity::Minor);
        noSteps.steps.clear();
        QVERIFY(!library.add(noSteps).ok());
        QCOMPARE(library.find(u"data_breach"_s, Severity::Catastrophic)->level, Severity::Critical);
    }

    void roundTrips()
    {
        const RunbookLibrary defaults = RunbookLibrary::defaults();
        const QByteArray written = defaults.toJson();
        const auto again = RunbookLibrary::fromJson(written, u"written.json"_s);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->runbooks(), defaults.runbooks());
        QCOMPARE(again->toJson(), written);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        const auto entry = [](const QByteArray &fields) -> QByteArray {
            return QByteArray(R"({"runbooks": [{"type": "customer_down", "title": "T", )") +
                   fields + "}]}";
        };
        const QByteArray rest = R"("contacts": ["x"], "communication": "c")";
        QTest::addRow("not JSON") << QByteArray("runbooks") << u"is not valid JSON"_s;
        QTest::addRow("no list") << QByteArray("{}") << u"runbooks is missing"_s;
        QTest::addRow("entry not an object")
            << QByteArray(R"({"runbooks": [1]})") << u"runbooks[0] must be an object"_s;
        QTest::addRow("missing steps")
            << entry(R"("level": "major", )" + rest) << u"runbooks[0].steps is missing"_s;
        QTest::addRow("empty steps") << entry(R"("level": "major", "steps": [], )" + rest)
                                     << u"runbooks[0].steps must list at least one entry"_s;
        QTest::addRow("unknown level")
            << entry(R"("level": "apocalyptic", "steps": ["s"], )" + rest)
            << u"runbooks[0].level 'apocalyptic' is not one of minor, moderate, major"_s;
        QTest::addRow("missing communication")
            << entry(R"("level": "major", "steps": ["s"], "contacts": [])")
            << u"runbooks[0].communication is missing"_s;
        QTest::addRow("bad type")
            << QByteArray(R"({"runbooks": [{"type": "Customer Down", "level": "major",
                 "title": "T", "steps": ["s"], )" +
                          rest + "}]}")
            << u"runbooks[0]: The issue type 'Customer Down'"_s;
        const QByteArray one =
            R"({"type": "x", "level": "minor", "title": "T", "steps": ["s"], )" + rest + "}";
        QTest::addRow("duplicate")
            << QByteArray(R"({"runbooks": [)" + one + ", " + one + "]}")
            << u"runbooks[1]: There is already a runbook for x at level minor"_s;
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto parsed = RunbookLibrary::fromJson(json, u"ops/runbooks.json"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"bad_runbook"_s);
        QVERIFY2(parsed.error().message.startsWith(u"ops/runbooks.json: "_s),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    }

    void loadsFiles()
    {
        const QString dir = u"" DESKSIDE_TEST_DATA "/runbook/"_s;
        const auto good = RunbookLibrary::loadFile(dir + u"extra.json"_s);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
        QCOMPARE(good->types(), QStringList{u"data_breach"_s});
        const auto bad = RunbookLibrary::loadFile(dir + u"missing-steps.json"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(dir + u"missing-steps.json: "_s));
        QVERIFY(bad.error().message.contains(u"steps is missing"_s));
        const auto absent = RunbookLibrary::loadFile(dir + u"absent.json"_s);
        QVERIFY(!absent.ok());
        QVERIFY(absent.error().message.contains(u"absent.json: cannot be read"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunbookLibrary)
#include "tst_runbooklibrary.moc"

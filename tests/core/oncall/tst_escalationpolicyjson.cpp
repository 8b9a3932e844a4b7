#include "oncall/EscalationPolicyJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::oncall;

static const QByteArray sample = R"({"id": "default", "name": "Default escalation", "repeat": 1,
  "tiers": [{"wait_minutes": 10, "targets": [{"schedule": "primary"}]},
            {"wait_minutes": 15, "targets": [{"user": "maria"}, {"team": "support-leads"}]},
            {"wait_minutes": 30, "targets": [{"everyone": true}]}]})";

class TestEscalationPolicyJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        const auto parsed = policyFromJson(sample, u"default.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const EscalationPolicy &policy = parsed.value();
        QCOMPARE(policy.id(), u"default"_s);
        QCOMPARE(policy.name(), u"Default escalation"_s);
        QCOMPARE(policy.repeat(), 1);
        QCOMPARE(policy.rounds(), 2);
        QCOMPARE(policy.tiers().size(), 3);
        QCOMPARE(policy.roundMinutes(), 55);
        QCOMPARE(policy.offsetMinutes(2), 25);
        QCOMPARE(policy.tiers().at(0).targets, QList<Target>{Target::schedule(u"primary"_s)});
        QCOMPARE(policy.tiers().at(1).targets,
                 (QList<Target>{Target::user(u"maria"_s), Target::team(u"support-leads"_s)}));
        QCOMPARE(policy.tiers().at(2).targets, QList<Target>{Target::everyone()});
        QCOMPARE(policy.tiers().at(2).waitMinutes, 30);
        QCOMPARE(policy.tiers().at(1).targets.at(1).describe(), u"team support-leads"_s);
        QCOMPARE(policy.tiers().at(2).targets.at(0).describe(), u"everyone"_s);
    }

    void defaultsOptionalFields()
    {
        const auto parsed = policyFromJson(
            R"({"id": "tiny", "tiers": [{"wait_minutes": 0, "targets": [{"user": "a"}]}]})",
            u"tiny.json"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->name(), u"tiny"_s);
        QCOMPARE(parsed->repeat(), 0);
    }

    void roundTrips()
    {
        const auto first = policyFromJson(sample, u"default.json"_s);
        QVERIFY(first.ok());
        const QByteArray written = policyToJson(first.value());
        const auto second = policyFromJson(written, u"written"_s);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->tiers(), first->tiers());
        QCOMPARE(second->repeat(), first->repeat());
        QCOMPARE(second->name(), first->name());
        QCOMPARE(policyToJson(second.value()), written);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        const auto tiers = [](const QByteArray &list) -> QByteArray {
            return QByteArray(R"({"id": "p", "tiers": )") + list + '}';
        };
        QTest::addRow("not JSON") << QByteArray("{\"id\": \"p\", \"tiers\": [")
                                  << u"is not valid JSON"_s;
        QTest::addRow("no id") << QByteArray(R"({"tiers": []})") << u"id is missing"_s;
        QTest::addRow("no tiers") << QByteArray(R"({"id": "p"})") << u"tiers is missing"_s;
        QTest::addRow("empty tiers") << tiers("[]") << u"tiers must list at least one tier"_s;
        QTest::addRow("negative repeat") << QByteArray(R"({"id": "p", "repeat": -1, "tiers": []})")
                                         << u"repeat must be a whole number of at least 0"_s;
        QTest::addRow("tier not an object") << tiers("[5]") << u"tiers[0] must be an object"_s;
        QTest::addRow("missing wait")
            << tiers(R"([{"targets": [{"user": "a"}]}])") << u"tiers[0].wait_minutes is missing"_s;
        QTest::addRow("negative wait")
            << tiers(R"([{"wait_minutes": -5, "targets": [{"user": "a"}]}])")
            << u"tiers[0].wait_minutes must be a whole number of at least 0"_s;
        QTest::addRow("no targets") << tiers(R"([{"wait_minutes": 5, "targets": []}])")
                                    << u"tiers[0].targets must list at least one target"_s;
        QTest::addRow("unknown target kind")
            << tiers(R"([{"wait_minutes": 5, "targets": [{"user": "a"}]},
                         {"wait_minutes": 5, "targets": [{"group": "x"}]}])")
            << u"tiers[1].targets[0] must name exactly one of user, schedule, team or everyone"_s;
        QTest::addRow("two kinds in one target")
            << tiers(R"([{"wait_minutes": 5, "targets": [{"user": "a", "team": "b"}]}])")
            << u"tiers[0].targets[0] must name exactly one of"_s;
        QTest::addRow("everyone false")
            << tiers(R"([{"wait_minutes": 5, "targets": [{"everyone": false}]}])")
            << u"tiers[0].targets[0].everyone must be true"_s;
        QTest::addRow("empty user") << tiers(R"([{"wait_minutes": 5, "targets": [{"user": ""}]}])")
                                    << u"tiers[0].targets[0].user must be a non-empty string"_s;
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto parsed = policyFromJson(json, u"policies/default.json"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"bad_policy"_s);
        QVERIFY2(parsed.error().message.startsWith(u"policies/default.json: "_s),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    }

    void loadsFiles()
    {
        const QString dir = u"" DESKSIDE_TEST_DATA "/oncall/"_s;
        const auto good = loadPolicyFile(dir + u"policy.json"_s);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
        QCOMPARE(good->tiers().size(), 3);
        const auto bad = loadPolicyFile(dir + u"bad-policy.json"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(dir + u"bad-policy.json: is not valid JSON"_s));
        const auto missing = loadPolicyFile(dir + u"absent.json"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"absent.json: cannot be read"_s));
    }
};

QTEST_GUILESS_MAIN(TestEscalationPolicyJson)
#include "tst_escalationpolicyjson.moc"

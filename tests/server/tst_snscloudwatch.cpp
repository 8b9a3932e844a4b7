#include "AlertFixtures.h"
#include "ingest/CloudWatchAlarm.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;

namespace {
const QString topic = u"arn:aws:sns:eu-west-1:123456789012:ops-alarms"_s;
}

// CloudWatchAlarm: the alarm JSON in an SNS Message → an AlertSignal.
class TestSnsCloudWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("signalled");
        QTest::addColumn<bool>("firing");
        QTest::addRow("ALARM") << u"ALARM"_s << true << true;
        QTest::addRow("OK") << u"OK"_s << true << false;
        QTest::addRow("INSUFFICIENT_DATA") << u"INSUFFICIENT_DATA"_s << false << false;
    }
    void states()
    {
        QFETCH(QString, state);
        QFETCH(bool, signalled);
        QFETCH(bool, firing);
        const auto decoded = CloudWatchAlarm::decode(AlertFixtures::cloudWatchAlarm(state), topic);
        QVERIFY(decoded);
        QCOMPARE(decoded->has_value(), signalled);
        if (signalled) {
            const AlertSignal &signal = **decoded;
            QCOMPARE(signal.firing, firing);
            QCOMPARE(signal.source, u"sns"_s);
            QCOMPARE(signal.integration, topic);
            QCOMPARE(signal.key, QString::fromLatin1(AlertFixtures::AlarmArn));
            QVERIFY(signal.summary.startsWith(u"api-5xx-rate: Threshold Crossed"_s));
            QCOMPARE(signal.details.value(u"region"_s).toString(), u"EU (Ireland)"_s);
            QCOMPARE(signal.details.value(u"trigger"_s).toObject().value(u"MetricName"_s),
                     u"5XXError"_s);
        }
    }

    void descriptionTokens_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("scenario");
        QTest::addRow("severity=")
            << u"5xx high severity=critical"_s << u"critical"_s << u"system_outage"_s;
        QTest::addRow("[name]") << u"[minor] latency creeping up"_s << u"minor"_s
                                << u"system_outage"_s;
        QTest::addRow("catastrophic with scenario")
            << u"Everything down severity=catastrophic scenario=data_loss"_s << u"catastrophic"_s
            << u"data_loss"_s;
        QTest::addRow("unknown bracket word skipped")
            << u"[prod] [moderate] disk"_s << u"moderate"_s << u"system_outage"_s;
        QTest::addRow("nothing: major") << u"Plain words"_s << u"major"_s << u"system_outage"_s;
        QTest::addRow("no description") << QString() << u"major"_s << u"system_outage"_s;
    }
    void descriptionTokens()
    {
        QFETCH(QString, description);
        QFETCH(QString, severity);
        QFETCH(QString, scenario);
        const auto decoded = CloudWatchAlarm::decode(
            AlertFixtures::cloudWatchAlarm(u"ALARM"_s, u"OK"_s, description), topic);
        QVERIFY(decoded && decoded->has_value());
        QCOMPARE(oncall::severityName((*decoded)->severity), severity);
        QCOMPARE((*decoded)->scenario, scenario);
    }

    void keyWithoutAlarmArn()
    {
        const auto decoded = CloudWatchAlarm::decode(
            AlertFixtures::cloudWatchAlarm(u"ALARM"_s, u"OK"_s, u"x"_s, false), topic);
        QVERIFY(decoded && decoded->has_value());
        QCOMPARE((*decoded)->key, u"123456789012/EU (Ireland)/api-5xx-rate"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::addRow("not JSON") << u"ALARM!"_s << u"Message"_s;
        QTest::addRow("no AlarmName") << u"{\"NewStateValue\":\"ALARM\"}"_s << u"AlarmName"_s;
        QTest::addRow("unknown state")
            << u"{\"AlarmName\":\"a\",\"NewStateValue\":\"PANIC\"}"_s << u"NewStateValue"_s;
        QTest::addRow("no ARN and no account")
            << u"{\"AlarmName\":\"a\",\"NewStateValue\":\"ALARM\",\"Region\":\"r\"}"_s
            << u"AWSAccountId"_s;
    }
    void malformed()
    {
        QFETCH(QString, message);
        QFETCH(QString, field);
        const auto decoded = CloudWatchAlarm::decode(message, topic);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, field);
        QVERIFY(decoded.error().message.contains(field));
    }
};

QTEST_GUILESS_MAIN(TestSnsCloudWatch)
#include "tst_snscloudwatch.moc"

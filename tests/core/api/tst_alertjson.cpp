#include "AlertSamples.h"
#include "api/AlertJson.h"
#include "api/AlertRequests.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::api::AlertRecord;
using deskside::oncall::Severity;

class TestAlertJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTheServerForm_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("acknowledgedBy");
        QTest::addColumn<AlertRecord::Status>("expectedStatus");
        QTest::addColumn<Severity>("expectedSeverity");
        QTest::addColumn<bool>("open");
        QTest::addRow("triggered") << u"triggered"_s << u"critical"_s << QString()
                                   << AlertRecord::Status::Triggered << Severity::Critical << true;
        QTest::addRow("acknowledged")
            << u"acknowledged"_s << u"minor"_s << u"maria"_s << AlertRecord::Status::Acknowledged
            << Severity::Minor << true;
        QTest::addRow("resolved") << u"resolved"_s << u"Catastrophic"_s << QString()
                                  << AlertRecord::Status::Resolved << Severity::Catastrophic
                                  << false;
    }
    void decodesTheServerForm()
    {
        QFETCH(QString, status);
        QFETCH(QString, severity);
        QFETCH(QString, acknowledgedBy);
        alertsamples::Sample sample;
        sample.status = status;
        sample.severity = severity;
        sample.acknowledgedBy = acknowledgedBy;
        sample.version = 3;
        const auto decoded = api::alertFromJson(alertsamples::alert(sample));
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
        const AlertRecord &alert = decoded.value();
        QTEST(alert.status, "expectedStatus");
        QTEST(alert.severity, "expectedSeverity");
        QTEST(alert.isOpen(), "open");
        QCOMPARE(api::alertStatusName(alert.status), status);
        QCOMPARE(alert.id, 7);
        QCOMPARE(alert.version, 3);
        QCOMPARE(alert.source, u"sns"_s);
        QCOMPARE(alert.integration, u"arn:aws:sns:eu-west-1:123456789012:ops"_s);
        QCOMPARE(alert.summary, u"Database disk 95% full"_s);
        QCOMPARE(alert.details.value(u"region"_s).toString(), u"eu-west-1"_s);
        QCOMPARE(alert.raisedAt, QDateTime(QDate(2026, 3, 6), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(alert.updatedAt, QDateTime(QDate(2026, 3, 6), QTime(16, 5), QTimeZone::utc()));
        QCOMPARE(alert.acknowledgedBy, acknowledgedBy);
        QCOMPARE(alert.acknowledgedAt.has_value(), !acknowledgedBy.isEmpty());
        QCOMPARE(alert.resolvedAt.has_value(), status == u"resolved"_s);
        QCOMPARE(alert.nextEscalationAt.has_value(), status == u"triggered"_s);
        QVERIFY(alert.resolvedBy.isEmpty());
        QCOMPARE(alert.policy, u"default"_s);
        QCOMPARE(alert.tier, 0);
        QCOMPARE(alert.notified, QStringList({u"sam"_s, u"maria"_s}));
        QCOMPARE(alert.runbook.title, u"System outage"_s);
        QCOMPARE(alert.runbook.steps, QStringList({u"Check the dashboard"_s, u"Fail over"_s}));
        QCOMPARE(alert.runbook.contacts, QStringList({u"dba on call"_s}));
        QCOMPARE(alert.runbook.communication, u"Post on the status page"_s);
        QCOMPARE(alert.timeline.size(), 2);
        QCOMPARE(alert.timeline.at(0).kind, u"raised"_s);
        QCOMPARE(alert.timeline.at(0).tier, -1);
        QVERIFY(alert.timeline.at(0).actor.isEmpty());
        QCOMPARE(alert.timeline.at(1).kind, u"notified"_s);
        QCOMPARE(alert.timeline.at(1).tier, 0);
        QCOMPARE(alert.timeline.at(1).people, QStringList({u"sam"_s, u"maria"_s}));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("errorCode");
        QTest::addRow("no id") << u"id"_s << QJsonValue() << u"id"_s;
        QTest::addRow("negative id") << u"id"_s << QJsonValue(-3) << u"id"_s;
        QTest::addRow("no version") << u"version"_s << QJsonValue() << u"version"_s;
        QTest::addRow("unknown severity")
            << u"severity"_s << QJsonValue(u"dire"_s) << u"severity"_s;
        QTest::addRow("unknown status") << u"status"_s << QJsonValue(u"open"_s) << u"status"_s;
        QTest::addRow("raised_at missing") << u"raised_at"_s << QJsonValue() << u"raised_at"_s;
        QTest::addRow("raised_at garbage")
            << u"raised_at"_s << QJsonValue(u"yesterday"_s) << u"raised_at"_s;
        QTest::addRow("acknowledged_at number")
            << u"acknowledged_at"_s << QJsonValue(12) << u"acknowledged_at"_s;
        QTest::addRow("resolved_by number")
            << u"resolved_by"_s << QJsonValue(1) << u"resolved_by"_s;
        QTest::addRow("summary object")
            << u"summary"_s << QJsonValue(QJsonObject()) << u"summary"_s;
        QTest::addRow("tier text") << u"tier"_s << QJsonValue(u"one"_s) << u"tier"_s;
        QTest::addRow("notified text") << u"notified"_s << QJsonValue(u"sam"_s) << u"notified"_s;
        QTest::addRow("notified numbers")
            << u"notified"_s << QJsonValue(QJsonArray{1, 2}) << u"notified"_s;
        QTest::addRow("runbook text") << u"runbook"_s << QJsonValue(u"x"_s) << u"runbook"_s;
        QTest::addRow("timeline object")
            << u"timeline"_s << QJsonValue(QJsonObject()) << u"timeline"_s;
        QTest::addRow("timeline entry without time")
            << u"timeline"_s << QJsonValue(QJsonArray{QJsonObject{{u"kind"_s, u"raised"_s}}})
            << u"timeline"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject object = alertsamples::alert();
        if (value.isUndefined() || value.isNull()) {
            object.remove(field);
        } else {
            object.insert(field, value);
        }
        const auto decoded = api::alertFromJson(object);
        QVERIFY(!decoded.ok());
        QTEST(decoded.error().code, "errorCode");
        QVERIFY(!decoded.error().message.isEmpty());
    }

    void decodesNotifications_data()
    {
        QTest::addColumn<qint64>("alertId");
        QTest::addRow("about an alert") << qint64(7);
        QTest::addRow("about nothing in particular") << qint64(0);
    }
    void decodesNotifications()
    {
        QFETCH(qint64, alertId);
        const auto decoded = api::notificationFromJson(alertsamples::notification(12, alertId));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().id, 12);
        QCOMPARE(decoded.value().kind, u"alert_raised"_s);
        QCOMPARE(decoded.value().login, u"sam"_s);
        QCOMPARE(decoded.value().title, u"Alert raised"_s);
        QCOMPARE(decoded.value().alertId, alertId);
        QCOMPARE(decoded.value().ticketId, 0);
        QCOMPARE(decoded.value().at,
                 QDateTime(QDate(2026, 3, 6), QTime(16, 0, 1), QTimeZone::utc()));
    }

    void refusesBadNotifications_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("no id") << u"id"_s << QJsonValue();
        QTest::addRow("no kind") << u"kind"_s << QJsonValue();
        QTest::addRow("no login") << u"login"_s << QJsonValue(u""_s);
        QTest::addRow("title number") << u"title"_s << QJsonValue(5);
        QTest::addRow("alert_id text") << u"alert_id"_s << QJsonValue(u"7"_s);
        QTest::addRow("bad time") << u"at"_s << QJsonValue(u"soon"_s);
    }
    void refusesBadNotifications()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject object = alertsamples::notification(12);
        if (value.isUndefined() || value.isNull()) {
            object.remove(field);
        } else {
            object.insert(field, value);
        }
        const auto decoded = api::notificationFromJson(object);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, field);
    }

    void actionPaths_data()
    {
        QTest::addColumn<api::AlertAction>("action");
        QTest::addColumn<QString>("path");
        QTest::addRow("acknowledge")
            << api::AlertAction::Acknowledge << u"/api/v1/alerts/42/acknowledge"_s;
        QTest::addRow("resolve") << api::AlertAction::Resolve << u"/api/v1/alerts/42/resolve"_s;
        QTest::addRow("escalate") << api::AlertAction::Escalate << u"/api/v1/alerts/42/escalate"_s;
    }
    void actionPaths()
    {
        QFETCH(api::AlertAction, action);
        QTEST(api::alertActionPath(42, action), "path");
        QCOMPARE(api::alertActionFromName(api::alertActionName(action)), action);
        QVERIFY(!api::alertActionFromName(u"snooze"_s));
    }
};

QTEST_GUILESS_MAIN(TestAlertJson)
#include "tst_alertjson.moc"

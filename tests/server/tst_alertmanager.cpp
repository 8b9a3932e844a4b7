#include "AlertFixtures.h"
#include "ServerFixture.h"
#include "ingest/AlertmanagerPayload.h"
#include "ingest/IntegrationStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;
using AlertFixtures::alertmanagerAlert;
using AlertFixtures::alertmanagerPayload;

namespace {

const QString path = u"/api/v1/integrations/alertmanager"_s;

} // namespace

// Alertmanager webhooks (version 4): the decoder, and POST
// /api/v1/integrations/alertmanager with per-integration bearer tokens.
class TestAlertmanager : public QObject
{
    Q_OBJECT

    QByteArray addIntegration(const QString &kind, const QString &name)
    {
        IntegrationStore store(*m_fixture->context().db);
        auto token = store.add(kind, name, m_fixture->clock().now().toSecsSinceEpoch());
        return token ? token.value() : QByteArray();
    }
    HttpReply post(const QJsonObject &payload, const QByteArray &token) const
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isNull()) {
            headers.append({"Authorization", "Bearer " + token});
        }
        return m_fixture->client().post(path, payload, headers);
    }
    QJsonArray alerts() const
    {
        return m_staff->get(u"/api/v1/alerts?status=all"_s).json().value(u"alerts"_s).toArray();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
        m_staff = std::make_unique<TestHttp>(m_fixture->signedIn(u"sam"_s, Role::Specialist));
        m_token = addIntegration(u"alertmanager"_s, u"prometheus-eu"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        m_staff.reset();
        m_fixture.reset();
    }

    void severityLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("severity");
        const QList<std::pair<QString, QString>> rows{
            {u"critical"_s, u"critical"_s}, {u"page"_s, u"critical"_s},
            {u"major"_s, u"major"_s},       {u"error"_s, u"major"_s},
            {u"warning"_s, u"moderate"_s},  {u"info"_s, u"minor"_s},
            {u"minor"_s, u"minor"_s},       {u"catastrophic"_s, u"catastrophic"_s},
            {u"Critical"_s, u"critical"_s}, {u""_s, u"major"_s},
            {u"whatever"_s, u"major"_s}};
        for (const auto &[label, severity] : rows) {
            QTest::addRow("'%s'", qPrintable(label)) << label << severity;
        }
    }
    void severityLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, severity);
        QCOMPARE(oncall::severityName(AlertmanagerPayload::severityForLabel(label)), severity);
    }

    void decodes()
    {
        QJsonObject alert = alertmanagerAlert(u"c0ffee01"_s, u"firing"_s, u"page"_s, u"DiskFull"_s);
        QJsonObject labels = alert.value(u"labels"_s).toObject();
        labels.insert(u"scenario"_s, u"data_loss"_s);
        alert.insert(u"labels"_s, labels);
        const auto decoded = AlertmanagerPayload::decode(
            QJsonDocument(alertmanagerPayload(u"firing"_s, {alert})).toJson(), u"prom"_s);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 1);
        const AlertSignal &signal = decoded->first();
        QCOMPARE(signal.source, u"alertmanager"_s);
        QCOMPARE(signal.integration, u"prom"_s);
        QCOMPARE(signal.key, u"c0ffee01"_s);
        QVERIFY(signal.firing);
        QCOMPARE(signal.severity, oncall::Severity::Critical);
        QCOMPARE(signal.scenario, u"data_loss"_s);
        QCOMPARE(signal.summary, u"DiskFull: Disk almost full on db-1"_s);
        QCOMPARE(signal.details.value(u"generator_url"_s).toString().left(30),
                 u"http://prometheus.example:9090"_s);
        QCOMPARE(signal.details.value(u"receiver"_s).toString(), u"deskside"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good = alertmanagerPayload(
            u"firing"_s, {alertmanagerAlert(u"f1"_s, u"firing"_s, u"critical"_s, u"A"_s)});
        const auto variant = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject copy = good;
            change(copy);
            return QJsonDocument(copy).toJson();
        };
        const auto alertVariant = [&](const QString &key, const QJsonValue &value) {
            return variant([&](QJsonObject &payload) {
                QJsonObject alert = payload.value(u"alerts"_s).toArray().first().toObject();
                if (value.isUndefined()) {
                    alert.remove(key);
                } else {
                    alert.insert(key, value);
                }
                payload.insert(u"alerts"_s, QJsonArray{alert});
            });
        };
        QTest::addRow("not JSON") << "nope"_ba << u"json"_s;
        QTest::addRow("version 3")
            << variant([](QJsonObject &p) { p.insert(u"version"_s, u"3"_s); }) << u"version"_s;
        QTest::addRow("alerts not an array")
            << variant([](QJsonObject &p) { p.insert(u"alerts"_s, 1); }) << u"alerts"_s;
        QTest::addRow("no fingerprint")
            << alertVariant(u"fingerprint"_s, QJsonValue::Undefined) << u"alerts[0].fingerprint"_s;
        QTest::addRow("bad status")
            << alertVariant(u"status"_s, u"pending"_s) << u"alerts[0].status"_s;
        QTest::addRow("labels not an object")
            << alertVariant(u"labels"_s, u"x"_s) << u"alerts[0].labels"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto decoded = AlertmanagerPayload::decode(body, u"prom"_s);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, field);
        const HttpReply reply =
            m_fixture->client().send("POST", path, body, {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(reply.status, field == u"json"_s ? 400 : 422);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(alerts().size(), 0);
    }

    void firingThenResolvedByFingerprint()
    {
        const QJsonObject disk =
            alertmanagerAlert(u"8a1b2c3d4e5f6071"_s, u"firing"_s, u"warning"_s, u"DiskFull"_s);
        const QJsonObject cpu =
            alertmanagerAlert(u"1f2e3d4c5b6a7980"_s, u"firing"_s, u"critical"_s, u"CpuHot"_s);
        HttpReply reply = post(alertmanagerPayload(u"firing"_s, {disk, cpu}), m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(u"alerts"_s).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(u"outcome"_s).toString(), u"opened"_s);
        QCOMPARE(results.at(0).toObject().value(u"fingerprint"_s).toString(),
                 u"8a1b2c3d4e5f6071"_s);
        QCOMPARE(alerts().size(), 2);

        // Alertmanager repeats the group: the same fingerprints update, not duplicate.
        reply = post(alertmanagerPayload(u"firing"_s, {disk, cpu}), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"alerts"_s).toArray().at(1).toObject().value(u"outcome"_s),
                 u"updated"_s);
        QCOMPARE(alerts().size(), 2);

        const QJsonObject diskResolved =
            alertmanagerAlert(u"8a1b2c3d4e5f6071"_s, u"resolved"_s, u"warning"_s, u"DiskFull"_s);
        reply = post(alertmanagerPayload(u"resolved"_s, {diskResolved}), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"alerts"_s).toArray().at(0).toObject().value(u"outcome"_s),
                 u"resolved"_s);
        int open = 0;
        for (const QJsonValue &alert : alerts()) {
            const QJsonObject object = alert.toObject();
            QCOMPARE(object.value(u"source"_s).toString(), u"alertmanager"_s);
            QCOMPARE(object.value(u"integration"_s).toString(), u"prometheus-eu"_s);
            if (object.value(u"key"_s).toString() == u"8a1b2c3d4e5f6071"_s) {
                QCOMPARE(object.value(u"status"_s).toString(), u"resolved"_s);
                QCOMPARE(object.value(u"severity"_s).toString(), u"moderate"_s);
            } else {
                ++open;
                QCOMPARE(object.value(u"severity"_s).toString(), u"critical"_s);
            }
        }
        QCOMPARE(open, 1);
    }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QString>("token"); // "good", "generic", "session", "wrong", "none"
        QTest::addColumn<int>("status");
        QTest::addRow("no token") << u"none"_s << 401;
        QTest::addRow("wrong token") << u"wrong"_s << 401;
        QTest::addRow("a staff session token") << u"session"_s << 401;
        QTest::addRow("a generic integration's token") << u"generic"_s << 403;
        QTest::addRow("the alertmanager integration's token") << u"good"_s << 200;
    }
    void tokensAreChecked()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        const QByteArray generic = addIntegration(u"generic"_s, u"uptime-robot"_s);
        const QHash<QString, QByteArray> tokens{{u"good"_s, m_token},
                                                {u"generic"_s, generic},
                                                {u"session"_s, m_staff->token()},
                                                {u"wrong"_s, m_token + "x"},
                                                {u"none"_s, QByteArray()}};
        const HttpReply reply =
            post(alertmanagerPayload(
                     u"firing"_s, {alertmanagerAlert(u"f9"_s, u"firing"_s, u"critical"_s, u"A"_s)}),
                 tokens.value(token));
        QCOMPARE(reply.status, status);
        QCOMPARE(alerts().size(), status == 200 ? 1 : 0);
        if (status != 200) {
            QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        }
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<TestHttp> m_staff;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"

#include "ServerFixture.h"
#include "ingest/GenericAlert.h"
#include "ingest/IntegrationStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;

// The generic alert API: GenericAlert (the body) and POST /api/v1/alerts with a generic
// integration's token.
class TestGenericAlerts : public QObject
{
    Q_OBJECT

    HttpReply post(const QJsonObject &body, const QByteArray &token) const
    {
        return m_fixture->client().post(u"/api/v1/alerts"_s, body,
                                        {{"Authorization", "Bearer " + token}});
    }
    QJsonArray alerts() const
    {
        return m_staff->get(u"/api/v1/alerts?status=all"_s).json().value(u"alerts"_s).toArray();
    }
    static QJsonObject diskAlert(const QString &status)
    {
        return {{u"key"_s, u"db-disk"_s},
                {u"summary"_s, u"Disk 93% full on db-1"_s},
                {u"severity"_s, u"critical"_s},
                {u"status"_s, status},
                {u"scenario"_s, u"system_outage"_s},
                {u"details"_s, QJsonObject{{u"host"_s, u"db-1"_s}, {u"used"_s, 93}}}};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
        m_staff = std::make_unique<TestHttp>(m_fixture->signedIn(u"sam"_s, Role::Specialist));
        IntegrationStore store(*m_fixture->context().db);
        m_token = store.add(u"generic"_s, u"uptime-robot"_s, 0).value();
        m_alertmanagerToken = store.add(u"alertmanager"_s, u"prom"_s, 0).value();
    }
    void cleanup()
    {
        m_staff.reset();
        m_fixture.reset();
    }

    void decodes()
    {
        const auto signal =
            GenericAlert::decode(QJsonDocument(diskAlert(u"firing"_s)).toJson(), u"robot"_s);
        QVERIFY(signal);
        QCOMPARE(signal->source, u"generic"_s);
        QCOMPARE(signal->integration, u"robot"_s);
        QCOMPARE(signal->key, u"db-disk"_s);
        QVERIFY(signal->firing);
        QCOMPARE(signal->severity, oncall::Severity::Critical);
        QCOMPARE(signal->details.value(u"used"_s).toInt(), 93);
        const auto minimal = GenericAlert::decode(R"({"key":"k","summary":"s"})", u"robot"_s);
        QVERIFY(minimal);
        QCOMPARE(minimal->severity, oncall::Severity::Major);
        QCOMPARE(minimal->scenario, u"system_outage"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addRow("not JSON") << "{"_ba << u"json"_s;
        QTest::addRow("no key") << R"({"summary":"s"})"_ba << u"key"_s;
        QTest::addRow("key not a string") << R"({"key":5,"summary":"s"})"_ba << u"key"_s;
        QTest::addRow("firing without summary") << R"({"key":"k"})"_ba << u"summary"_s;
        QTest::addRow("unknown severity")
            << R"({"key":"k","summary":"s","severity":"apocalyptic"})"_ba << u"severity"_s;
        QTest::addRow("unknown status")
            << R"({"key":"k","summary":"s","status":"maybe"})"_ba << u"status"_s;
        QTest::addRow("bad scenario")
            << R"({"key":"k","summary":"s","scenario":"Not A Type"})"_ba << u"scenario"_s;
        QTest::addRow("details not an object")
            << R"({"key":"k","summary":"s","details":[1]})"_ba << u"details"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto decoded = GenericAlert::decode(body, u"robot"_s);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, field);
        QVERIFY(decoded.error().message.contains(field == u"json"_s ? u"JSON"_s : field));
        const HttpReply reply = m_fixture->client().send("POST", u"/api/v1/alerts"_s, body,
                                                         {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(reply.status, field == u"json"_s ? 400 : 422);
        if (field != u"json"_s) {
            QCOMPARE(reply.json().value(u"field"_s).toString(), field);
        }
        QCOMPARE(alerts().size(), 0);
    }

    void firingUpdatingResolving()
    {
        HttpReply reply = post(diskAlert(u"firing"_s), m_token);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"opened"_s);
        const qint64 id = reply.json().value(u"alert_id"_s).toInteger();
        QVERIFY(id > 0);
        const QJsonObject alert = alerts().first().toObject();
        QCOMPARE(alert.value(u"integration"_s).toString(), u"uptime-robot"_s);
        QCOMPARE(alert.value(u"summary"_s).toString(), u"Disk 93% full on db-1"_s);
        QCOMPARE(alert.value(u"severity"_s).toString(), u"critical"_s);

        reply = post(diskAlert(u"firing"_s), m_token);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"updated"_s);
        QCOMPARE(reply.json().value(u"alert_id"_s).toInteger(), id);

        reply = post(diskAlert(u"resolved"_s), m_token);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"resolved"_s);
        QCOMPARE(alerts().first().toObject().value(u"status"_s).toString(), u"resolved"_s);

        reply = post(diskAlert(u"resolved"_s), m_token);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"ignored"_s);
        QVERIFY(reply.json().value(u"alert_id"_s).isNull());
        QCOMPARE(alerts().size(), 1);
    }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("status");
        QTest::addRow("mistyped token") << u"wrong"_s << 401;
        QTest::addRow("an alertmanager integration's token") << u"alertmanager"_s << 403;
        QTest::addRow("a staff session token") << u"session"_s << 401;
    }
    void tokensAreChecked()
    {
        QFETCH(QString, which);
        QFETCH(int, status);
        const QByteArray token = which == u"wrong"_s          ? QByteArray("not-a-token")
                                 : which == u"alertmanager"_s ? m_alertmanagerToken
                                                              : m_staff->token();
        const HttpReply reply = post(diskAlert(u"firing"_s), token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(alerts().size(), 0);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<TestHttp> m_staff;
    QByteArray m_token;
    QByteArray m_alertmanagerToken;
};

QTEST_GUILESS_MAIN(TestGenericAlerts)
#include "tst_genericalerts.moc"

#include "AlertFixtures.h"
#include "LoopbackHttpServer.h"
#include "ServerFixture.h"
#include "SnsSigner.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {

const QString topic = QString::fromLatin1(SnsSigner::TopicArn);
const QString otherTopic = u"arn:aws:sns:eu-west-1:123456789012:someone-else"_s;
const QString snsPath = u"/api/v1/integrations/sns"_s;

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// POST /api/v1/integrations/sns end to end: CloudWatch alarms delivered as signed SNS
// messages open, update and resolve alerts; forged, replayed, wrong-topic, malformed and
// oversized deliveries are refused and change nothing; subscriptions are confirmed only
// for allowed topics.
class TestSnsIngest : public QObject
{
    Q_OBJECT

    bool startServer(bool withCertificate = true)
    {
        m_fixture = std::make_unique<ServerFixture>();
        ServerOptions options;
        options.sns.allowedTopics = {topic};
        if (withCertificate) {
            options.sns.certificateFile = m_signer.certificateFile();
        }
        if (!m_fixture->start(options)) {
            return false;
        }
        m_staff = std::make_unique<TestHttp>(m_fixture->signedIn(u"sam"_s, Role::Specialist));
        return true;
    }
    HttpReply deliver(const QJsonObject &envelope) const { return deliver(bytes(envelope)); }
    HttpReply deliver(const QByteArray &body) const
    {
        // SNS posts its JSON as text/plain.
        return m_fixture->client().send("POST", snsPath, body,
                                        {{"Content-Type", "text/plain; charset=UTF-8"},
                                         {"x-amz-sns-message-type", "Notification"}});
    }
    QJsonArray alerts() const
    {
        return m_staff->get(u"/api/v1/alerts?status=all"_s).json().value(u"alerts"_s).toArray();
    }
    qint64 storedMessages() const
    {
        const auto count = m_fixture->context().db->scalar(u"SELECT COUNT(*) FROM sns_messages"_s);
        return count ? count->toLongLong() : -1;
    }
    QJsonObject alarm(const QString &state, const QString &messageId,
                      const QString &version = u"2"_s) const
    {
        return m_signer.notification(AlertFixtures::cloudWatchAlarm(state), messageId,
                                     u"ALARM: \"api-5xx-rate\" in EU (Ireland)"_s, version);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_signer.isValid()); }
    void cleanup()
    {
        m_staff.reset();
        m_fixture.reset();
    }

    void alarmOpensUpdatesAndResolves()
    {
        QVERIFY(startServer());
        const HttpReply opened = deliver(alarm(u"ALARM"_s, u"6b7a1ad2-0001"_s));
        QCOMPARE(opened.status, 200);
        QCOMPARE(opened.json().value(u"outcome"_s).toString(), u"opened"_s);
        const qint64 id = opened.json().value(u"alert_id"_s).toInteger();
        QVERIFY(id > 0);
        QJsonArray listed = alerts();
        QCOMPARE(listed.size(), 1);
        QJsonObject alert = listed.first().toObject();
        QCOMPARE(alert.value(u"id"_s).toInteger(), id);
        QCOMPARE(alert.value(u"source"_s).toString(), u"sns"_s);
        QCOMPARE(alert.value(u"integration"_s).toString(), topic);
        QCOMPARE(alert.value(u"key"_s).toString(), QString::fromLatin1(AlertFixtures::AlarmArn));
        QCOMPARE(alert.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(alert.value(u"status"_s).toString(), u"triggered"_s);
        QVERIFY(alert.value(u"summary"_s).toString().startsWith(u"api-5xx-rate: "_s));

        const HttpReply updated = deliver(alarm(u"ALARM"_s, u"6b7a1ad2-0002"_s));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"outcome"_s).toString(), u"updated"_s);
        QCOMPARE(updated.json().value(u"alert_id"_s).toInteger(), id);
        QCOMPARE(alerts().size(), 1);

        const HttpReply resolved = deliver(alarm(u"OK"_s, u"6b7a1ad2-0003"_s));
        QCOMPARE(resolved.status, 200);
        QCOMPARE(resolved.json().value(u"outcome"_s).toString(), u"resolved"_s);
        alert = alerts().first().toObject();
        QCOMPARE(alert.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(alert.value(u"resolved_by"_s).isNull());
        QCOMPARE(storedMessages(), 3);
    }

    void bothSignatureVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addRow("SignatureVersion 1 (SHA1withRSA)") << u"1"_s;
        QTest::addRow("SignatureVersion 2 (SHA256withRSA)") << u"2"_s;
    }
    void bothSignatureVersions()
    {
        QFETCH(QString, version);
        QVERIFY(startServer());
        const HttpReply reply = deliver(alarm(u"ALARM"_s, u"v-"_s + version, version));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"opened"_s);
    }

    void insufficientDataIsIgnored()
    {
        QVERIFY(startServer());
        const HttpReply reply = deliver(alarm(u"INSUFFICIENT_DATA"_s, u"idata-1"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"ignored"_s);
        QVERIFY(reply.json().value(u"alert_id"_s).isNull());
        QCOMPARE(alerts().size(), 0);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QJsonObject forged = alarm(u"ALARM"_s, u"forged-1"_s);
        QString message = forged.value(u"Message"_s).toString();
        message[message.indexOf(u"ALARM"_s)] = u'B'; // one byte of Message
        forged.insert(u"Message"_s, message);
        QTest::addRow("forged signature") << bytes(forged) << 403 << u"signature"_s;
        QTest::addRow("wrong topic")
            << bytes(m_signer.notification(AlertFixtures::cloudWatchAlarm(u"ALARM"_s), u"w-1"_s, {},
                                           u"2"_s, otherTopic))
            << 403 << u"not allowed"_s;
        QTest::addRow("unsupported SignatureVersion")
            << bytes(alarm(u"ALARM"_s, u"v3-1"_s, u"3"_s)) << 422 << u"SignatureVersion"_s;
        QJsonObject foreign = alarm(u"ALARM"_s, u"cert-1"_s);
        foreign.insert(u"SigningCertURL"_s, u"https://certs.evil.example/sns.pem"_s);
        QTest::addRow("certificate URL on a foreign host")
            << bytes(m_signer.sign(foreign)) << 403 << u"SigningCertURL"_s;
        QTest::addRow("not JSON") << "{\"Type\":"_ba << 400 << u"JSON"_s;
        QJsonObject noId = alarm(u"ALARM"_s, u"x-1"_s);
        noId.remove(u"MessageId"_s);
        QTest::addRow("MessageId missing") << bytes(noId) << 422 << u"MessageId"_s;
        QTest::addRow("Message is not an alarm")
            << bytes(m_signer.notification(u"plain text"_s, u"text-1"_s)) << 422 << u"CloudWatch"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, detail);
        QVERIFY(startServer());
        const HttpReply reply = deliver(body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QVERIFY2(reply.json().value(u"detail"_s).toString().contains(detail),
                 reply.body.constData());
        QCOMPARE(alerts().size(), 0);
        QCOMPARE(storedMessages(), 0);
    }

    void replayIsRefused()
    {
        QVERIFY(startServer());
        const QJsonObject delivery = alarm(u"ALARM"_s, u"replay-1"_s);
        QCOMPARE(deliver(delivery).status, 200);
        const QJsonObject before = alerts().first().toObject();
        const HttpReply replay = deliver(delivery);
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(replay.json().value(u"detail"_s).toString(),
                 u"this SNS message was already received"_s);
        QCOMPARE(alerts().first().toObject(), before);
        QCOMPARE(storedMessages(), 1);
    }

    void oversizedBodyIsRefused()
    {
        QVERIFY(startServer());
        const QString huge = AlertFixtures::cloudWatchAlarm(
            u"ALARM"_s, u"OK"_s, u"severity=critical "_s + QString(300 * 1024, u'x'));
        const HttpReply reply = deliver(m_signer.notification(huge, u"huge-1"_s));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(alerts().size(), 0);
        QCOMPARE(storedMessages(), 0);
    }

    void subscriptionIsConfirmedForAnAllowedTopic()
    {
        QVERIFY(startServer());
        LoopbackHttpServer sns;
        QVERIFY(sns.start());
        const QString url =
            sns.url(u"/?Action=ConfirmSubscription&TopicArn="_s + topic + u"&Token=2336412f37fb"_s);
        const HttpReply reply =
            deliver(m_signer.confirmation(u"SubscriptionConfirmation"_s, url, u"sub-1"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"confirmed"_s);
        QCOMPARE(sns.requests(), QStringList{u"GET /?Action=ConfirmSubscription&TopicArn="_s +
                                             topic + u"&Token=2336412f37fb"_s});
        const auto type = m_fixture->context().db->scalar(
            u"SELECT type FROM sns_messages WHERE message_id = ?"_s, {u"sub-1"_s});
        QVERIFY(type);
        QCOMPARE(type->toString(), u"SubscriptionConfirmation"_s);
    }

    void subscriptionIsNotFetched_data()
    {
        QTest::addColumn<QString>("topicArn");
        QTest::addColumn<bool>("loopbackUrl");
        QTest::addRow("wrong topic") << otherTopic << true;
        QTest::addRow("SubscribeURL on a foreign host") << topic << false;
    }
    void subscriptionIsNotFetched()
    {
        QFETCH(QString, topicArn);
        QFETCH(bool, loopbackUrl);
        QVERIFY(startServer());
        LoopbackHttpServer sns;
        QVERIFY(sns.start());
        const QString url = loopbackUrl ? sns.url(u"/?Action=ConfirmSubscription"_s)
                                        : u"https://sns.evil.example/?Action=ConfirmSubscription"_s;
        const HttpReply reply = deliver(m_signer.confirmation(u"SubscriptionConfirmation"_s, url,
                                                              u"sub-2"_s, u"2"_s, topicArn));
        QCOMPARE(reply.status, 403);
        QCOMPARE(sns.connections(), 0);
        QCOMPARE(storedMessages(), 0);
    }

    void unsubscribeIsRecorded()
    {
        QVERIFY(startServer());
        const HttpReply reply = deliver(m_signer.confirmation(
            u"UnsubscribeConfirmation"_s,
            u"https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=x"_s,
            u"unsub-1"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"outcome"_s).toString(), u"unsubscribed"_s);
        QCOMPARE(storedMessages(), 1);
    }

    // Without --sns-certificate the certificate is fetched, but never from a host that
    // is not Amazon SNS: the loopback server sees no connection at all.
    void foreignCertificateUrlIsNotFetched()
    {
        QVERIFY(startServer(false));
        LoopbackHttpServer host;
        QVERIFY(host.start());
        QJsonObject delivery = alarm(u"ALARM"_s, u"cert-2"_s);
        delivery.insert(u"SigningCertURL"_s,
                        u"https://127.0.0.1:%1/SimpleNotificationService.pem"_s.arg(host.port()));
        const HttpReply reply = deliver(m_signer.sign(delivery));
        QCOMPARE(reply.status, 403);
        QCOMPARE(host.connections(), 0);
        QCOMPARE(alerts().size(), 0);
    }

private:
    SnsSigner m_signer;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<TestHttp> m_staff;
};

QTEST_GUILESS_MAIN(TestSnsIngest)
#include "tst_snsingest.moc"

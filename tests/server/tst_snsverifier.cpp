#include "SnsSigner.h"
#include "ingest/SnsMessage.h"
#include "ingest/SnsVerifier.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;

namespace {

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QDateTime now(QDate(2026, 3, 9), QTime(15, 0), QTimeZone::utc());

} // namespace

// SnsMessage (the envelope and its canonical string) and SnsVerifier (signatures,
// versions, certificates), against envelopes signed by the test's own key.
class TestSnsVerifier : public QObject
{
    Q_OBJECT

    SnsMessage parsed(const QJsonObject &envelope)
    {
        auto message = SnsMessage::parse(bytes(envelope));
        if (!message) {
            qWarning("%s", qPrintable(message.error().message));
            return {};
        }
        return message.value();
    }
    SnsVerifier verifier(int *fetches = nullptr, QByteArray pem = {})
    {
        return SnsVerifier(SnsSettings{{}, pem.isEmpty() ? m_signer.certificateFile() : QString()},
                           [fetches, pem](const QUrl &) -> Result<QByteArray> {
                               if (fetches) {
                                   ++*fetches;
                               }
                               return pem;
                           });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_signer.isValid()); }

    void canonicalString_data()
    {
        QTest::addColumn<QJsonObject>("envelope");
        QTest::addColumn<QByteArray>("expected");
        QJsonObject plain{{u"Type"_s, u"Notification"_s},
                          {u"MessageId"_s, u"m-1"_s},
                          {u"TopicArn"_s, u"arn:t"_s},
                          {u"Message"_s, u"hello\nworld"_s},
                          {u"Timestamp"_s, u"2026-03-09T15:00:00.000Z"_s},
                          {u"SignatureVersion"_s, u"2"_s},
                          {u"Signature"_s, u"AAAA"_s},
                          {u"SigningCertURL"_s, u"https://x/c.pem"_s}};
        QTest::addRow("notification without subject")
            << plain
            << "Message\nhello\nworld\nMessageId\nm-1\nTimestamp\n2026-03-09T15:00:00.000Z\n"
               "TopicArn\narn:t\nType\nNotification\n"_ba;
        QJsonObject subject = plain;
        subject.insert(u"Subject"_s, u"ALARM: x"_s);
        QTest::addRow("notification with subject")
            << subject
            << "Message\nhello\nworld\nMessageId\nm-1\nSubject\nALARM: x\nTimestamp\n"
               "2026-03-09T15:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n"_ba;
        QJsonObject confirmation = plain;
        confirmation.insert(u"Type"_s, u"SubscriptionConfirmation"_s);
        confirmation.insert(u"SubscribeURL"_s, u"https://s/?a=1"_s);
        confirmation.insert(u"Token"_s, u"tok"_s);
        QTest::addRow("subscription confirmation")
            << confirmation
            << "Message\nhello\nworld\nMessageId\nm-1\nSubscribeURL\nhttps://s/?a=1\nTimestamp\n"
               "2026-03-09T15:00:00.000Z\nToken\ntok\nTopicArn\narn:t\nType\n"
               "SubscriptionConfirmation\n"_ba;
    }
    void canonicalString()
    {
        QFETCH(QJsonObject, envelope);
        QFETCH(QByteArray, expected);
        QCOMPARE(parsed(envelope).stringToSign(), expected);
    }

    void malformedEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good = m_signer.notification(u"{}"_s, u"m-1"_s);
        QTest::addRow("not JSON") << "{nope"_ba << u"json"_s;
        QTest::addRow("an array") << "[1]"_ba << u"json"_s;
        for (const QString &field :
             {u"Type"_s, u"MessageId"_s, u"TopicArn"_s, u"Message"_s, u"Timestamp"_s,
              u"SignatureVersion"_s, u"Signature"_s, u"SigningCertURL"_s}) {
            QJsonObject missing = good;
            missing.remove(field);
            QTest::addRow("no %s", qPrintable(field)) << bytes(missing) << field;
        }
        QJsonObject type = good;
        type.insert(u"Type"_s, u"Gossip"_s);
        QTest::addRow("unknown type") << bytes(type) << u"Type"_s;
        QJsonObject signature = good;
        signature.insert(u"Signature"_s, u"***"_s);
        QTest::addRow("signature not base64") << bytes(signature) << u"Signature"_s;
        QJsonObject confirmation =
            m_signer.confirmation(u"SubscriptionConfirmation"_s, u"https://x/"_s, u"m-2"_s);
        confirmation.remove(u"Token"_s);
        QTest::addRow("confirmation without Token") << bytes(confirmation) << u"Token"_s;
    }
    void malformedEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto message = SnsMessage::parse(body);
        QVERIFY(!message);
        QCOMPARE(message.error().code, field);
        QVERIFY(!message.error().message.isEmpty());
    }

    void signatures_data()
    {
        QTest::addColumn<QJsonObject>("envelope");
        QTest::addColumn<QString>("error"); // empty: verified
        const QString alarm = u"{\"AlarmName\":\"x\",\"NewStateValue\":\"ALARM\"}"_s;
        QTest::addRow("v1") << m_signer.notification(alarm, u"a"_s, {}, u"1"_s) << QString();
        QTest::addRow("v2") << m_signer.notification(alarm, u"b"_s, {}, u"2"_s) << QString();
        QTest::addRow("v2 with subject")
            << m_signer.notification(alarm, u"c"_s, u"ALARM: \"x\""_s) << QString();
        QTest::addRow("confirmation v1")
            << m_signer.confirmation(u"SubscriptionConfirmation"_s, u"https://s/"_s, u"d"_s, u"1"_s)
            << QString();
        QJsonObject forged = m_signer.notification(alarm, u"e"_s);
        QString changed = forged.value(u"Message"_s).toString();
        changed[changed.indexOf(u'x')] = u'y'; // one byte of Message
        forged.insert(u"Message"_s, changed);
        QTest::addRow("one byte of Message changed") << forged << u"forbidden"_s;
        QJsonObject retyped = m_signer.notification(alarm, u"f"_s, {}, u"1"_s);
        retyped.insert(u"SignatureVersion"_s, u"2"_s);
        QTest::addRow("v1 signature claimed as v2") << retyped << u"forbidden"_s;
        QTest::addRow("version 3")
            << m_signer.notification(alarm, u"g"_s, {}, u"3"_s) << u"SignatureVersion"_s;
        QJsonObject foreign = m_signer.notification(alarm, u"h"_s);
        foreign.insert(u"SigningCertURL"_s, u"https://evil.example.com/sns.pem"_s);
        QTest::addRow("certificate on a foreign host") << m_signer.sign(foreign) << u"forbidden"_s;
        QJsonObject lookalike = m_signer.notification(alarm, u"i"_s);
        lookalike.insert(u"SigningCertURL"_s,
                         u"https://sns.eu-west-1.amazonaws.com.evil.example/sns.pem"_s);
        QTest::addRow("look-alike host") << m_signer.sign(lookalike) << u"forbidden"_s;
        QJsonObject plainHttp = m_signer.notification(alarm, u"j"_s);
        plainHttp.insert(u"SigningCertURL"_s, u"http://sns.eu-west-1.amazonaws.com/c.pem"_s);
        QTest::addRow("certificate over http") << m_signer.sign(plainHttp) << u"forbidden"_s;
    }
    void signatures()
    {
        QFETCH(QJsonObject, envelope);
        QFETCH(QString, error);
        SnsVerifier checker = verifier();
        const Status verified = checker.verify(parsed(envelope), now);
        QCOMPARE(verified.ok() ? QString() : verified.error().code, error);
    }

    void foreignCertificateIsNotFetched()
    {
        int fetches = 0;
        SnsVerifier checker = verifier(&fetches, m_signer.certificatePem());
        QJsonObject foreign = m_signer.notification(u"{}"_s, u"k"_s);
        foreign.insert(u"SigningCertURL"_s, u"https://127.0.0.1/sns.pem"_s);
        QVERIFY(!checker.verify(parsed(m_signer.sign(foreign)), now));
        QCOMPARE(fetches, 0);
    }

    void fetchedCertificateIsCached()
    {
        int fetches = 0;
        SnsVerifier checker = verifier(&fetches, m_signer.certificatePem());
        QVERIFY(checker.verify(parsed(m_signer.notification(u"{}"_s, u"l"_s)), now).ok());
        QVERIFY(
            checker.verify(parsed(m_signer.notification(u"{}"_s, u"m"_s, {}, u"1"_s)), now).ok());
        QCOMPARE(fetches, 1);
    }

    void certificateMustBeCurrent_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("valid");
        QTest::addRow("before notBefore")
            << QDateTime(QDate(2024, 12, 31), QTime(23, 0), QTimeZone::utc()) << false;
        QTest::addRow("inside") << now << true;
        QTest::addRow("after notAfter")
            << QDateTime(QDate(2027, 1, 1), QTime(0, 1), QTimeZone::utc()) << false;
    }
    void certificateMustBeCurrent()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, valid);
        SnsVerifier checker = verifier();
        QCOMPARE(checker.verify(parsed(m_signer.notification(u"{}"_s, u"n"_s)), at).ok(), valid);
    }

    void unreadableCertificateFile()
    {
        SnsVerifier checker(SnsSettings{{}, u"/nonexistent/sns.pem"_s});
        const Status verified = checker.verify(parsed(m_signer.notification(u"{}"_s, u"o"_s)), now);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, u"unavailable"_s);
        QVERIFY(verified.error().message.contains(u"/nonexistent/sns.pem"_s));
    }

private:
    SnsSigner m_signer;
};

QTEST_GUILESS_MAIN(TestSnsVerifier)
#include "tst_snsverifier.moc"

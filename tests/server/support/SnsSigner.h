#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// The test's own Amazon SNS signer: a fresh RSA key and self-signed certificate (made
// with the OpenSSL API), written as PEM for --sns-certificate, and envelopes built from
// the published SNS HTTP(S) formats, signed with SignatureVersion 1 (SHA1withRSA) or 2
// (SHA256withRSA). The canonical string is built here independently of the server.
class SnsSigner
{
public:
    static constexpr auto TopicArn = "arn:aws:sns:eu-west-1:123456789012:ops-alarms";
    static constexpr auto CertUrl =
        "https://sns.eu-west-1.amazonaws.com/"
        "SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem";

    // The certificate is valid in [validFrom, validTo].
    explicit SnsSigner(const QDateTime &validFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0),
                                                              QTimeZone::utc()),
                       const QDateTime &validTo = QDateTime(QDate(2027, 1, 1), QTime(0, 0),
                                                            QTimeZone::utc()));
    ~SnsSigner();

    bool isValid() const { return !m_pem.isEmpty(); }
    QByteArray certificatePem() const { return m_pem; }
    QString certificateFile() const { return m_file; }

    // A signed Notification (Subject left out when empty).
    QJsonObject notification(const QString &message, const QString &messageId,
                             const QString &subject = {},
                             const QString &version = QStringLiteral("2"),
                             const QString &topicArn = QString::fromLatin1(TopicArn)) const;
    // A signed SubscriptionConfirmation or UnsubscribeConfirmation.
    QJsonObject confirmation(const QString &type, const QString &subscribeUrl,
                             const QString &messageId, const QString &version = QStringLiteral("2"),
                             const QString &topicArn = QString::fromLatin1(TopicArn)) const;
    // (Re)signs an envelope as it stands, with its SignatureVersion.
    QJsonObject sign(QJsonObject envelope) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QTemporaryDir m_dir;
    QByteArray m_pem;
    QString m_file;
};

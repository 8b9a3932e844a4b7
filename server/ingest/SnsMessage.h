#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace deskside::server {

// One Amazon SNS HTTP(S) delivery: the JSON envelope of a Notification,
// SubscriptionConfirmation or UnsubscribeConfirmation, as AWS documents it.
struct SnsMessage
{
    enum class Type
    {
        Notification,
        SubscriptionConfirmation,
        UnsubscribeConfirmation
    };

    Type type = Type::Notification;
    QString typeName;
    QString messageId;
    QString topicArn;
    QString subject;
    bool hasSubject = false;
    QString message;
    QString timestamp;
    QString signatureVersion;
    QByteArray signature; // decoded from base64
    QString signingCertUrl;
    QString subscribeUrl; // confirmations only
    QString token;        // confirmations only

    // Decodes the envelope; errors name the field ("json" for a body that is not JSON).
    static Result<SnsMessage> parse(const QByteArray &body);

    // The canonical "key\nvalue\n" string AWS signs for this message type.
    QByteArray stringToSign() const;
};

} // namespace deskside::server

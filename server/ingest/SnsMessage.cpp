#include "ingest/SnsMessage.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

Error fieldError(const QString &field, const QString &problem)
{
    return makeError(field, u"the SNS message's %1 %2"_s.arg(field, problem));
}

// A required string field; `error` is set when it is missing or not a non-empty string.
QString required(const QJsonObject &object, const QString &field, std::optional<Error> &error)
{
    const QJsonValue value = object.value(field);
    if (!error && (!value.isString() || value.toString().isEmpty())) {
        error = fieldError(field,
                           value.isUndefined() ? u"is missing"_s : u"must be a non-empty string"_s);
    }
    return value.toString();
}

void append(QByteArray &out, const char *key, const QString &value)
{
    out += key;
    out += '\n';
    out += value.toUtf8();
    out += '\n';
}

} // namespace

Result<SnsMessage> SnsMessage::parse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(u"json"_s, u"the SNS message is not a JSON object"_s);
    }
    const QJsonObject object = document.object();
    SnsMessage sns;
    std::optional<Error> error;
    sns.typeName = required(object, u"Type"_s, error);
    if (error) {
        return *error;
    }
    if (sns.typeName == u"Notification"_s) {
        sns.type = Type::Notification;
    } else if (sns.typeName == u"SubscriptionConfirmation"_s) {
        sns.type = Type::SubscriptionConfirmation;
    } else if (sns.typeName == u"UnsubscribeConfirmation"_s) {
        sns.type = Type::UnsubscribeConfirmation;
    } else {
        return fieldError(
            u"Type"_s,
            u"'%1' is not Notification, SubscriptionConfirmation or UnsubscribeConfirmation"_s.arg(
                sns.typeName));
    }
    sns.messageId = required(object, u"MessageId"_s, error);
    sns.topicArn = required(object, u"TopicArn"_s, error);
    sns.message = required(object, u"Message"_s, error);
    sns.timestamp = required(object, u"Timestamp"_s, error);
    sns.signatureVersion = required(object, u"SignatureVersion"_s, error);
    const QString signature = required(object, u"Signature"_s, error);
    sns.signingCertUrl = required(object, u"SigningCertURL"_s, error);
    if (sns.type != Type::Notification) {
        sns.subscribeUrl = required(object, u"SubscribeURL"_s, error);
        sns.token = required(object, u"Token"_s, error);
    }
    if (error) {
        return *error;
    }
    const QJsonValue subject = object.value(u"Subject"_s);
    sns.hasSubject = subject.isString();
    sns.subject = subject.toString();
    const auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return fieldError(u"Signature"_s, u"is not base64"_s);
    }
    sns.signature = decoded.decoded;
    return sns;
}

QByteArray SnsMessage::stringToSign() const
{
    QByteArray out;
    append(out, "Message", message);
    append(out, "MessageId", messageId);
    if (type == Type::Notification) {
        if (hasSubject) {
            append(out, "Subject", subject);
        }
    } else {
        append(out, "SubscribeURL", subscribeUrl);
    }
    append(out, "Timestamp", timestamp);
    if (type != Type::Notification) {
        append(out, "Token", token);
    }
    append(out, "TopicArn", topicArn);
    append(out, "Type", typeName);
    return out;
}

} // namespace deskside::server

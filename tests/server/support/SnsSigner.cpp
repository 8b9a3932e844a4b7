#include "SnsSigner.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

struct SnsSigner::Keys
{
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    ~Keys()
    {
        X509_free(certificate);
        EVP_PKEY_free(key);
    }
};

namespace {

QByteArray toPem(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

// The fields AWS signs, in its documented order, for each message type.
QStringList signedFields(const QJsonObject &envelope)
{
    if (envelope.value(u"Type"_s).toString() == u"Notification"_s) {
        QStringList fields{u"Message"_s, u"MessageId"_s};
        if (envelope.contains(u"Subject"_s)) {
            fields.append(u"Subject"_s);
        }
        return fields + QStringList{u"Timestamp"_s, u"TopicArn"_s, u"Type"_s};
    }
    return {u"Message"_s, u"MessageId"_s, u"SubscribeURL"_s, u"Timestamp"_s,
            u"Token"_s,   u"TopicArn"_s,  u"Type"_s};
}

} // namespace

SnsSigner::SnsSigner(const QDateTime &validFrom, const QDateTime &validTo)
    : m_keys(std::make_unique<Keys>())
{
    m_keys->key = EVP_RSA_gen(2048);
    X509 *x509 = X509_new();
    m_keys->certificate = x509;
    if (!m_keys->key || !x509) {
        return;
    }
    X509_set_version(x509, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509), 1);
    ASN1_TIME_set(X509_getm_notBefore(x509), time_t(validFrom.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x509), time_t(validTo.toSecsSinceEpoch()));
    X509_set_pubkey(x509, m_keys->key);
    X509_NAME *name = X509_get_subject_name(x509);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("sns.amazonaws.com"), -1, -1,
                               0);
    X509_set_issuer_name(x509, name);
    if (X509_sign(x509, m_keys->key, EVP_sha256()) == 0) {
        return;
    }
    const QByteArray pem = toPem(x509);
    m_file = m_dir.filePath(u"sns-signing.pem"_s);
    QFile file(m_file);
    if (file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size()) {
        m_pem = pem;
    }
}

SnsSigner::~SnsSigner() = default;

QJsonObject SnsSigner::sign(QJsonObject envelope) const
{
    QByteArray canonical;
    for (const QString &field : signedFields(envelope)) {
        canonical += field.toUtf8() + '\n' + envelope.value(field).toString().toUtf8() + '\n';
    }
    const bool v1 = envelope.value(u"SignatureVersion"_s).toString() == u"1"_s;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, v1 ? EVP_sha1() : EVP_sha256(), nullptr,
                           m_keys->key) == 1 &&
        EVP_DigestSign(context, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(canonical.constData()),
                       size_t(canonical.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(canonical.constData()),
                       size_t(canonical.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    envelope.insert(u"Signature"_s, QString::fromLatin1(signature.toBase64()));
    return envelope;
}

QJsonObject SnsSigner::notification(const QString &message, const QString &messageId,
                                    const QString &subject, const QString &version,
                                    const QString &topicArn) const
{
    QJsonObject envelope{
        {u"Type"_s, u"Notification"_s},
        {u"MessageId"_s, messageId},
        {u"TopicArn"_s, topicArn},
        {u"Message"_s, message},
        {u"Timestamp"_s, u"2026-03-09T15:00:00.000Z"_s},
        {u"SignatureVersion"_s, version},
        {u"SigningCertURL"_s, QString::fromLatin1(CertUrl)},
        {u"UnsubscribeURL"_s,
         QString(u"https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn="_s +
                 topicArn + u":2bcfbf39-05c3-41de-beaa-fcfcc21c8f55"_s)}};
    if (!subject.isEmpty()) {
        envelope.insert(u"Subject"_s, subject);
    }
    return sign(envelope);
}

QJsonObject SnsSigner::confirmation(const QString &type, const QString &subscribeUrl,
                                    const QString &messageId, const QString &version,
                                    const QString &topicArn) const
{
    return sign(
        {{u"Type"_s, type},
         {u"MessageId"_s, messageId},
         {u"Token"_s, u"2336412f37fb687f5d51e6e241d7700ae02f7124d8268910b858cb4db727ceeb"
                      "2474bb937929d3bdd7ce5d0cce19325d036bc858d3c217426bcafa9c501a2cace"_s},
         {u"TopicArn"_s, topicArn},
         {u"Message"_s, QString(u"You have chosen to subscribe to the topic "_s + topicArn +
                                u".\nTo confirm the subscription, visit the "
                                "SubscribeURL included in this message."_s)},
         {u"SubscribeURL"_s, subscribeUrl},
         {u"Timestamp"_s, u"2026-03-09T15:00:00.000Z"_s},
         {u"SignatureVersion"_s, version},
         {u"SigningCertURL"_s, QString::fromLatin1(CertUrl)}});
}

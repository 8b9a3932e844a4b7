#include "ingest/SnsVerifier.h"

#include "base/Logging.h"
#include "ingest/HttpFetcher.h"
#include "ingest/SnsMessage.h"

#include <QFile>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace deskside::server {

struct SnsVerifier::Certificate
{
    X509 *x509 = nullptr;
    ~Certificate() { X509_free(x509); }
};

namespace {

Error forbidden(const QString &message)
{
    return makeError(u"forbidden"_s, message);
}

struct DigestDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

SnsVerifier::SnsVerifier(SnsSettings settings, Fetch fetch)
    : m_settings(std::move(settings))
    , m_fetch(fetch ? std::move(fetch) : Fetch(&HttpFetcher::get))
{}

SnsVerifier::~SnsVerifier() = default;

Result<std::shared_ptr<SnsVerifier::Certificate>> SnsVerifier::parsePem(const QByteArray &pem,
                                                                        const QString &source)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    auto certificate = std::make_shared<Certificate>();
    certificate->x509 = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!certificate->x509) {
        ERR_clear_error();
        return makeError(u"unavailable"_s,
                         u"%1 does not hold a PEM X.509 certificate"_s.arg(source));
    }
    return certificate;
}

Result<std::shared_ptr<SnsVerifier::Certificate>>
SnsVerifier::certificateFor(const QString &certUrl)
{
    if (!m_settings.certificateFile.isEmpty()) {
        if (!m_fileCertificate) {
            QFile file(m_settings.certificateFile);
            if (!file.open(QIODevice::ReadOnly)) {
                return makeError(u"unavailable"_s,
                                 u"cannot read the SNS certificate %1: %2"_s.arg(
                                     m_settings.certificateFile, file.errorString()));
            }
            auto parsed = parsePem(file.readAll(), m_settings.certificateFile);
            if (!parsed) {
                return parsed.error();
            }
            m_fileCertificate = parsed.value();
        }
        return m_fileCertificate;
    }
    if (const auto cached = m_cache.constFind(certUrl); cached != m_cache.cend()) {
        return *cached;
    }
    auto pem = m_fetch(QUrl(certUrl, QUrl::StrictMode));
    if (!pem) {
        qCWarning(lcServerHttp) << "SNS certificate:" << pem.error().message;
        return forbidden(u"the signing certificate could not be fetched from %1"_s.arg(certUrl));
    }
    auto parsed = parsePem(pem.value(), certUrl);
    if (!parsed) {
        return forbidden(parsed.error().message);
    }
    m_cache.insert(certUrl, parsed.value());
    return parsed;
}

Status SnsVerifier::verify(const SnsMessage &message, const QDateTime &now)
{
    const EVP_MD *digest = nullptr;
    if (message.signatureVersion == u"1"_s) {
        digest = EVP_sha1();
    } else if (message.signatureVersion == u"2"_s) {
        digest = EVP_sha256();
    } else {
        return makeError(
            u"SignatureVersion"_s,
            u"SignatureVersion '%1' is not supported (1 or 2)"_s.arg(message.signatureVersion));
    }
    const QUrl url(message.signingCertUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || !HttpFetcher::isSnsHost(url.host()) ||
        !url.userInfo().isEmpty() || !url.path().endsWith(u".pem"_s)) {
        return forbidden(u"the SigningCertURL '%1' is not an https .pem URL on an Amazon SNS "
                         "host"_s.arg(message.signingCertUrl));
    }
    auto certificate = certificateFor(message.signingCertUrl);
    if (!certificate) {
        return certificate.error();
    }
    X509 *x509 = certificate.value()->x509;
    time_t at = time_t(now.toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notBefore(x509), &at) >= 0 ||
        X509_cmp_time(X509_get0_notAfter(x509), &at) <= 0) {
        return forbidden(u"the SNS signing certificate is not valid at this time"_s);
    }
    EVP_PKEY *key = X509_get0_pubkey(x509);
    std::unique_ptr<EVP_MD_CTX, DigestDeleter> context(EVP_MD_CTX_new());
    const QByteArray signed_ = message.stringToSign();
    const bool valid =
        key && context && EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key) == 1 &&
        EVP_DigestVerify(context.get(),
                         reinterpret_cast<const unsigned char *>(message.signature.constData()),
                         size_t(message.signature.size()),
                         reinterpret_cast<const unsigned char *>(signed_.constData()),
                         size_t(signed_.size())) == 1;
    if (!valid) {
        ERR_clear_error();
        return forbidden(u"the SNS message's signature does not match its content"_s);
    }
    return {};
}

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "ingest/SnsSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>

namespace deskside::server {

struct SnsMessage;

// Verifies that an SNS message was signed by Amazon SNS (or, with
// SnsSettings::certificateFile, by the configured certificate's key):
// SignatureVersion "1" is SHA1withRSA, "2" SHA256withRSA, over the canonical string.
// Errors: "forbidden" (forged, bad or expired certificate, foreign certificate URL),
// "SignatureVersion" (an unsupported version), "unavailable" (the certificate could not
// be loaded).
class SnsVerifier
{
public:
    using Fetch = std::function<Result<QByteArray>(const QUrl &)>;

    // fetch: how certificates are downloaded (default: HttpFetcher::get).
    explicit SnsVerifier(SnsSettings settings, Fetch fetch = {});
    ~SnsVerifier();

    Status verify(const SnsMessage &message, const QDateTime &now);

private:
    struct Certificate;
    Result<std::shared_ptr<Certificate>> certificateFor(const QString &url);
    static Result<std::shared_ptr<Certificate>> parsePem(const QByteArray &pem,
                                                         const QString &source);

    SnsSettings m_settings;
    Fetch m_fetch;
    std::shared_ptr<Certificate> m_fileCertificate;
    QHash<QString, std::shared_ptr<Certificate>> m_cache; // by SigningCertURL
};

} // namespace deskside::server

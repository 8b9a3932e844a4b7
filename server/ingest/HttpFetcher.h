#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QUrl>

namespace deskside::server {

// Small blocking HTTP(S) GETs through libcurl, for the SNS signing certificate and
// subscription confirmations. Redirects are not followed; answers are size-capped.
class HttpFetcher
{
public:
    static constexpr long TimeoutSecs = 10;
    static constexpr qsizetype MaxBytes = 64 * 1024;

    // The body of a 2xx answer, or an error (code "fetch") naming the URL and the cause.
    static Result<QByteArray> get(const QUrl &url);

    // Whether host is an Amazon SNS endpoint: sns.<region>.amazonaws.com(.cn).
    static bool isSnsHost(const QString &host);
    // Whether host is a loopback IP address (127.0.0.0/8, ::1).
    static bool isLoopback(const QString &host);
};

} // namespace deskside::server

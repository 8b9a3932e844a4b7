#include "ingest/HttpFetcher.h"

#include "mail/CurlEasy.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

struct Download
{
    QByteArray data;
    bool tooLarge = false;
};

size_t receive(char *buffer, size_t size, size_t count, void *user)
{
    auto *download = static_cast<Download *>(user);
    const size_t length = size * count;
    if (download->data.size() + qsizetype(length) > HttpFetcher::MaxBytes) {
        download->tooLarge = true;
        return 0;
    }
    download->data.append(buffer, qsizetype(length));
    return length;
}

} // namespace

Result<QByteArray> HttpFetcher::get(const QUrl &url)
{
    CurlEasy::initialiseLibrary();
    const QString shown = url.toDisplayString();
    const CurlEasy curl(TimeoutSecs, TimeoutSecs);
    if (!curl.handle()) {
        return makeError(u"fetch"_s, u"libcurl could not start a transfer"_s);
    }
    Download download;
    const QByteArray encoded = url.toEncoded();
    CURL *handle = curl.handle();
    curl_easy_setopt(handle, CURLOPT_URL, encoded.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &receive);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &download);
    const CURLcode code = curl_easy_perform(handle);
    if (download.tooLarge) {
        return makeError(u"fetch"_s,
                         u"%1 answered with more than %2 bytes"_s.arg(shown).arg(MaxBytes));
    }
    if (code != CURLE_OK) {
        return makeError(u"fetch"_s, u"cannot fetch %1: %2"_s.arg(shown, curl.errorText(code)));
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status > 299) {
        return makeError(u"fetch"_s, u"%1 answered HTTP %2"_s.arg(shown).arg(status));
    }
    return download.data;
}

bool HttpFetcher::isSnsHost(const QString &host)
{
    static const QRegularExpression pattern(u"^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$"_s);
    return pattern.match(host).hasMatch();
}

bool HttpFetcher::isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace deskside::server

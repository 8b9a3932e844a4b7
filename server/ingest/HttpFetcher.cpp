#include "ingest/HttpFetcher.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <curl/curl.h>

#include <memory>
#include <mutex>

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

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};

} // namespace

Result<QByteArray> HttpFetcher::get(const QUrl &url)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const QString shown = url.toDisplayString();
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl) {
        return makeError(u"fetch"_s, u"libcurl could not start a transfer"_s);
    }
    Download download;
    const QByteArray encoded = url.toEncoded();
    char errorText[CURL_ERROR_SIZE] = {};
    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, encoded.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &receive);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &download);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, TimeoutSecs);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, TimeoutSecs);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode code = curl_easy_perform(handle);
    if (download.tooLarge) {
        return makeError(u"fetch"_s,
                         u"%1 answered with more than %2 bytes"_s.arg(shown).arg(MaxBytes));
    }
    if (code != CURLE_OK) {
        return makeError(
            u"fetch"_s,
            u"cannot fetch %1: %2"_s.arg(
                shown, QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code))));
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

#pragma once

#include <QString>

#include <curl/curl.h>

namespace deskside::server {

// One libcurl transfer handle with the settings every transfer of the server shares: no
// signals, bounded connect and total times, and a buffer for libcurl's detailed error.
class CurlEasy
{
public:
    // Initialises libcurl for the process (once); call it before transfers start.
    static void initialiseLibrary();

    CurlEasy(long connectTimeoutSecs, long totalTimeoutSecs);
    ~CurlEasy();
    CurlEasy(const CurlEasy &) = delete;
    CurlEasy &operator=(const CurlEasy &) = delete;

    // Null when libcurl could not start a transfer.
    CURL *handle() const { return m_handle; }
    // Why a transfer ended with `code`: libcurl's detailed message, else its generic one.
    QString errorText(CURLcode code) const;

private:
    CURL *m_handle = nullptr;
    char m_errorText[CURL_ERROR_SIZE] = {};
};

} // namespace deskside::server

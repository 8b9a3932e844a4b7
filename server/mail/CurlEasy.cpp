#include "mail/CurlEasy.h"

#include <mutex>

namespace deskside::server {

void CurlEasy::initialiseLibrary()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlEasy::CurlEasy(long connectTimeoutSecs, long totalTimeoutSecs)
    : m_handle(curl_easy_init())
{
    if (!m_handle) {
        return;
    }
    curl_easy_setopt(m_handle, CURLOPT_CONNECTTIMEOUT, connectTimeoutSecs);
    curl_easy_setopt(m_handle, CURLOPT_TIMEOUT, totalTimeoutSecs);
    curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, m_errorText);
}

CurlEasy::~CurlEasy()
{
    if (m_handle) {
        curl_easy_cleanup(m_handle);
    }
}

QString CurlEasy::errorText(CURLcode code) const
{
    return QString::fromUtf8(m_errorText[0] ? m_errorText : curl_easy_strerror(code));
}

} // namespace deskside::server

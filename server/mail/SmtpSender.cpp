#include "mail/SmtpSender.h"

#include "mail/CurlEasy.h"

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load() && offset < data.size(); }
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    if (upload->cancelled()) {
        return CURL_READFUNC_ABORT;
    }
    const auto length =
        std::min<qsizetype>(qsizetype(size * count), upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(length));
    upload->offset += length;
    return size_t(length);
}

// Stops a send that has not handed over the whole message yet; once it has, the
// server's answer is awaited (bounded by the timeout), so accepted mail is never lost.
int checkCancel(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Upload *>(user)->cancelled() ? 1 : 0;
}

struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

Result<SmtpSender> SmtpSender::create(const QString &smtpUrl, const QString &from)
{
    CurlEasy::initialiseLibrary();
    const QUrl url(smtpUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"smtp"_s && url.scheme() != u"smtps"_s) ||
        url.host().isEmpty()) {
        return makeError(
            u"bad_smtp"_s,
            u"--smtp wants smtp://HOST:PORT or smtps://USER:PASSWORD@HOST:PORT, not '%1'"_s.arg(
                smtpUrl));
    }
    auto composer = MailComposer::create(from);
    if (!composer) {
        return composer.error();
    }
    return SmtpSender(url, composer.value());
}

QString SmtpSender::displayUrl() const
{
    return m_url.toString(QUrl::RemoveUserInfo);
}

Status SmtpSender::send(const OutgoingMail &mail, const QDateTime &date,
                        const std::atomic<bool> *cancel) const
{
    auto message = m_composer.compose(mail, date);
    if (!message) {
        return makeError(u"bad_mail"_s, message.error().message);
    }
    const CurlEasy curl(ConnectTimeoutSecs, TotalTimeoutSecs);
    if (!curl.handle()) {
        return makeError(u"smtp"_s, u"libcurl could not start a transfer"_s);
    }
    Upload upload{message.value(), 0, cancel};
    const QByteArray url = m_url.toEncoded();
    const QByteArray sender = QByteArray("<" + m_composer.senderAddress().toUtf8() + ">");
    std::unique_ptr<curl_slist, ListDeleter> recipients(
        curl_slist_append(nullptr, QByteArray("<" + mail.recipient.toUtf8() + ">").constData()));
    CURL *handle = curl.handle();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, sender.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &checkCancel);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &upload);

    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK) {
        return {};
    }
    if (code == CURLE_ABORTED_BY_CALLBACK || (code == CURLE_READ_ERROR && upload.cancelled())) {
        return makeError(u"aborted"_s, u"the server is stopping; the mail will be sent later"_s);
    }
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    const QString detail = curl.errorText(code);
    return makeError(u"smtp"_s, u"cannot send the mail to %1 through %2: %3%4"_s.arg(
                                    mail.recipient, displayUrl(), detail,
                                    reply > 0 ? u" (SMTP %1)"_s.arg(reply) : QString()));
}

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "mail/MailComposer.h"

#include <QUrl>

#include <atomic>

namespace deskside::server {

// Sends one message through libcurl's SMTP client (smtp:// or smtps://, credentials in
// the URL when the relay wants them). Blocking: meant for the mail worker's thread.
class SmtpSender
{
public:
    static Result<SmtpSender> create(const QString &smtpUrl, const QString &from);

    // Succeeds only when the SMTP server accepted the message. Error codes: "bad_mail"
    // (refused before sending, e.g. header injection), "aborted" (cancel was set before
    // the whole message was handed over), "smtp" (curl's or the server's answer).
    Status send(const OutgoingMail &mail, const QDateTime &date,
                const std::atomic<bool> *cancel = nullptr) const;

    const MailComposer &composer() const { return m_composer; }
    // The URL without credentials, for messages and logs.
    QString displayUrl() const;

    static constexpr long ConnectTimeoutSecs = 10;
    static constexpr long TotalTimeoutSecs = 30;

private:
    SmtpSender(QUrl url, MailComposer composer)
        : m_url(std::move(url))
        , m_composer(std::move(composer))
    {}

    QUrl m_url;
    MailComposer m_composer;
};

} // namespace deskside::server

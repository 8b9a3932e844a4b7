#pragma once

#include "base/Result.h"
#include "mail/MailOutbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace deskside::server {

// Turns an outbox row into an RFC 5322 message: From, To, Subject (RFC 2047 when not
// plain ASCII), Date, Message-ID, MIME-Version, text/plain in UTF-8 (7bit or
// quoted-printable), CRLF line endings. Refuses header injection.
class MailComposer
{
public:
    // from: "Display Name <address@domain>" or a bare address.
    static Result<MailComposer> create(const QString &from);

    QString senderAddress() const { return m_address; }
    Result<QByteArray> compose(const OutgoingMail &mail, const QDateTime &date) const;

    // A recipient is one bare address; a subject is one line. Anything else could
    // smuggle headers (Bcc:) into the message.
    static Status checkHeaders(const QString &recipient, const QString &subject);
    static Status checkAddress(const QString &address);

private:
    MailComposer(QString name, QString address)
        : m_name(std::move(name))
        , m_address(std::move(address))
    {}

    QByteArray fromHeader() const;

    QString m_name;
    QString m_address;
};

} // namespace deskside::server

#include "mail/MailComposer.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

constexpr qsizetype MaxEncodedLine = 76; // RFC 2047 section 2
constexpr qsizetype MaxQuotedPrintableLine = 76;
constexpr qsizetype MaxPlainLine = 998;

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
}

// RFC 2047 "B" encoded words, cut at character boundaries and folded with CRLF SP so
// that every line stays within 76 characters; `used` is what the line already holds.
QByteArray encodedWords(const QString &text, qsizetype used)
{
    const auto capacity = [](qsizetype lineUsed) {
        return (MaxEncodedLine - lineUsed - 12) / 4 * 3;
    };
    QByteArray out;
    QByteArray chunk;
    qsizetype limit = std::max<qsizetype>(capacity(used), 3);
    const auto flush = [&] {
        if (!out.isEmpty()) {
            out += "\r\n ";
        }
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
        limit = capacity(1);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (!chunk.isEmpty() && chunk.size() + character.size() > limit) {
            flush();
        }
        chunk += character;
    }
    if (!chunk.isEmpty() || out.isEmpty()) {
        flush();
    }
    return out;
}

// A header value: as is when it is short printable ASCII, encoded words otherwise.
QByteArray headerText(const QString &text, qsizetype used)
{
    if (isPrintableAscii(text) && text.size() <= 900 && !text.contains(u"=?"_s)) {
        return text.toLatin1();
    }
    return encodedWords(text, used);
}

QByteArray quotedPrintableLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype width = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        const bool last = i + 1 == line.size();
        const bool literal =
            (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
        const QByteArray token =
            literal ? QByteArray(1, char(byte))
                    : "=" + QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        if (width + token.size() > MaxQuotedPrintableLine - 1) {
            out += "=\r\n";
            width = 0;
        }
        out += token;
        width += token.size();
    }
    return out;
}

// The body with CRLF line endings, and the transfer encoding it needs.
QPair<QByteArray, QByteArray> encodeBody(const QString &body)
{
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (!text.endsWith(u'\n')) {
        text += u'\n';
    }
    const QList<QByteArray> lines = text.toUtf8().split('\n');
    const bool plain = std::all_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        return line.size() <= MaxPlainLine &&
               std::all_of(line.cbegin(), line.cend(), [](char c) { return c > 0 && c != 0x7f; });
    });
    QByteArray out;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        out += (plain ? lines.at(i) : quotedPrintableLine(lines.at(i))) + "\r\n";
    }
    return {out, plain ? "7bit"_ba : "quoted-printable"_ba};
}

QByteArray rfc5322Date(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss '+0000'"_s).toLatin1();
}

} // namespace

Result<MailComposer> MailComposer::create(const QString &from)
{
    QString name;
    QString address = from.trimmed();
    const qsizetype open = address.lastIndexOf(u'<');
    if (open >= 0 && address.endsWith(u'>')) {
        name = address.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
            name = name.mid(1, name.size() - 2);
        }
        address = address.mid(open + 1, address.size() - open - 2).trimmed();
    }
    if (hasControl(name)) {
        return makeError(u"bad_sender"_s, u"the sender's name must be one line"_s);
    }
    if (const Status valid = checkAddress(address); !valid) {
        return makeError(u"bad_sender"_s,
                         u"--mail-from is not usable: %1"_s.arg(valid.error().message));
    }
    return MailComposer(name, address);
}

Status MailComposer::checkAddress(const QString &address)
{
    static const QString forbidden = u" <>,;:\"()[]\\"_s;
    const qsizetype at = address.lastIndexOf(u'@');
    if (address.isEmpty() || hasControl(address) ||
        std::any_of(address.cbegin(), address.cend(),
                    [](QChar c) { return forbidden.contains(c); })) {
        return makeError(u"bad_address"_s,
                         u"'%1' is not one plain e-mail address (no spaces, line breaks, "
                         "brackets or lists)"_s.arg(address.simplified()));
    }
    if (at <= 0 || at == address.size() - 1) {
        return makeError(
            u"bad_address"_s,
            u"'%1' is not an e-mail address: it needs a name, an @ and a domain"_s.arg(address));
    }
    return {};
}

Status MailComposer::checkHeaders(const QString &recipient, const QString &subject)
{
    if (const Status address = checkAddress(recipient); !address) {
        return address;
    }
    if (hasControl(subject)) {
        return makeError(u"bad_subject"_s,
                         u"an e-mail subject must be one line without control characters"_s);
    }
    return {};
}

QByteArray MailComposer::fromHeader() const
{
    const QByteArray address = "<" + m_address.toUtf8() + ">";
    if (m_name.isEmpty()) {
        return address;
    }
    static const QString atext = u" !#$%&'*+-/=?^_`{|}~"_s;
    const bool atoms = std::all_of(m_name.cbegin(), m_name.cend(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || atext.contains(c));
    });
    if (atoms && !m_name.contains(u"=?"_s)) {
        return m_name.toLatin1() + " " + address;
    }
    if (isPrintableAscii(m_name) && !m_name.contains(u"=?"_s)) {
        QString quoted = m_name;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        return "\"" + quoted.toLatin1() + "\" " + address;
    }
    return encodedWords(m_name, 6) + " " + address;
}

Result<QByteArray> MailComposer::compose(const OutgoingMail &mail, const QDateTime &date) const
{
    if (const Status valid = checkHeaders(mail.recipient, mail.subject); !valid) {
        return valid.error();
    }
    const QString domain = m_address.section(u'@', -1);
    const QByteArray messageId = "<deskside." + QByteArray::number(mail.id) + "." +
                                 QUuid::createUuid().toByteArray(QUuid::Id128) + "@" +
                                 domain.toUtf8() + ">";
    const auto [body, encoding] = encodeBody(mail.body);
    QByteArray message;
    message += "From: " + fromHeader() + "\r\n";
    message += "To: <" + mail.recipient.toUtf8() + ">\r\n";
    message += "Subject: " + headerText(mail.subject, 9) + "\r\n";
    message += "Date: " + rfc5322Date(date) + "\r\n";
    message += "Message-ID: " + messageId + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n";
    message += "Content-Transfer-Encoding: " + encoding + "\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    message += "\r\n";
    message += body;
    return message;
}

} // namespace deskside::server

#include "auth/SecretToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace deskside::server {

QByteArray SecretToken::generate()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString SecretToken::hash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace deskside::server

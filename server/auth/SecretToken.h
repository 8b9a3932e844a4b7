#pragma once

#include <QByteArray>
#include <QString>

namespace deskside::server {

// Bearer secrets (session and integration tokens): 32 random bytes, base64url without
// padding. Only their SHA-256 (hex) is stored, so a leaked database grants nothing.
class SecretToken
{
public:
    static QByteArray generate();
    static QString hash(const QByteArray &token);
};

} // namespace deskside::server

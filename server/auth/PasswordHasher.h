#pragma once

#include <QString>

namespace deskside::server {

// Salted PBKDF2-HMAC-SHA256 (QPasswordDigestor), stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>".
class PasswordHasher
{
public:
    explicit PasswordHasher(int iterations = 120000)
        : m_iterations(iterations)
    {}

    QString hash(const QString &password) const;
    // Constant-time comparison; false for any malformed stored value.
    static bool verify(const QString &password, const QString &stored);

private:
    int m_iterations;
};

} // namespace deskside::server

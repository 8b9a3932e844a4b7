#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace deskside::server {

// Token buckets per key (a token or an address): `perMinute` requests a minute with
// bursts up to the same number. take() answers the seconds to wait when empty.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute)
        : m_perMinute(perMinute)
    {}

    std::optional<int> take(const QString &key, qint64 nowMs);
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace deskside::server

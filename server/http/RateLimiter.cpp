#include "http/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace deskside::server {

std::optional<int> RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_perMinute <= 0) {
        return std::nullopt;
    }
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000) {
            m_buckets.clear(); // bounded memory under address floods
        }
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    }
    Bucket &bucket = it.value();
    bucket.tokens =
        std::min(double(m_perMinute), bucket.tokens + double(nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
}

} // namespace deskside::server

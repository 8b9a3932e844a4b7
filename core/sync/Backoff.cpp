#include "sync/Backoff.h"

#include <algorithm>

namespace deskside::sync {

using std::chrono::milliseconds;

Backoff::Backoff(milliseconds base, milliseconds cap)
    : Backoff(base, cap, QRandomGenerator::global()->generate())
{}

Backoff::Backoff(milliseconds base, milliseconds cap, quint32 seed)
    : m_base(std::max(base, milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_random(seed)
{}

milliseconds Backoff::next(std::optional<std::chrono::seconds> retryAfter)
{
    // base * 2^failures, computed without overflow: stop doubling once at the cap.
    qint64 ceiling = m_base.count();
    for (int i = 0; i < m_failures && ceiling < m_cap.count(); ++i) {
        ceiling *= 2;
    }
    ceiling = std::min(ceiling, qint64(m_cap.count()));
    ++m_failures;
    const qint64 half = ceiling / 2;
    const qint64 jitter = qint64(m_random.bounded(quint64(ceiling - half) + 1));
    milliseconds delay(half + jitter);
    if (retryAfter) {
        const auto asked = std::clamp(*retryAfter, std::chrono::seconds(0), maxRetryAfter);
        delay = std::max<milliseconds>(delay, asked);
    }
    return delay;
}

} // namespace deskside::sync

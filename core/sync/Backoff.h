#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace deskside::sync {

// How long to wait before the next attempt after a failure: exponential from base up
// to cap, with jitter (half fixed, half random) so many desks do not retry in step. A
// server's Retry-After wins when it asks for longer. A seeded generator makes the
// sequence reproducible (tests).
class Backoff
{
public:
    // The longest Retry-After honoured: a server asking for more is retried after an hour.
    static constexpr std::chrono::seconds maxRetryAfter{3600};

    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
                     std::chrono::milliseconds cap = std::chrono::minutes(5));
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed);

    // The delay before the next attempt; counts one more failure.
    std::chrono::milliseconds next(std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    // After a success: the next failure waits about base again.
    void reset() { m_failures = 0; }

    int failures() const { return m_failures; }
    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace deskside::sync

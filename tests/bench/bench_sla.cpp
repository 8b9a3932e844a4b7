// bench_sla: the SLA targets of DESIGN.md section 6, measured on one core.
//   due-time computations per second (target >= 1,000,000/s)
//   recompute the SLA snapshots of 100k tickets (target < 100 ms)
#include "sla/SlaClock.h"
#include "sla/SlaTracker.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <vector>

using namespace deskside;
using namespace deskside::sla;
using ticket::Priority;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;
const Priority priorities[] = {Priority::Low, Priority::Medium, Priority::High, Priority::Urgent};

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Best of several runs, in nanoseconds.
template<typename Work> qint64 bestOf(int runs, Work work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

// Tickets opened over the 60 days before now, in every state the clock knows.
std::vector<SlaInput> tickets(std::mt19937_64 &random, qint64 now, int count)
{
    std::uniform_int_distribution<qint64> age(0, 60 * day);
    std::uniform_int_distribution<qint64> offset(hour, 20 * hour);
    std::vector<SlaInput> inputs;
    inputs.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const qint64 opened = now - age(random);
        SlaInput in;
        in.openedAt = utc(opened);
        in.priority = priorities[i % 4];
        const qint64 later = std::min(now, opened + offset(random));
        switch (i % 6) {
        case 0: // untouched
            break;
        case 1: // answered
            in.firstResponseAt = utc(later);
            break;
        case 2: // answered and resolved
            in.firstResponseAt = utc(opened + (later - opened) / 2);
            in.resolvedAt = utc(later);
            break;
        case 3: // waited on the customer once
            in.pauses.append({utc(opened + (later - opened) / 3), utc(later)});
            break;
        case 4: // waiting on the customer now
            in.pauses.append({utc(later), QDateTime()});
            break;
        default: // waited twice, answered
            in.firstResponseAt = utc(opened + (later - opened) / 4);
            in.pauses.append(
                {utc(opened + (later - opened) / 3), utc(opened + (later - opened) / 2)});
            in.pauses.append({utc(later), utc(std::min(now, later + 2 * hour))});
            break;
        }
        inputs.push_back(std::move(in));
    }
    return inputs;
}

} // namespace

int main()
{
    const SlaClock clock = SlaClock::standard();
    std::mt19937_64 random(20260306);
    qint64 sink = 0;
    bool allMet = true;

    // 1. Due times: varied openings over six years (business hours, nights, weekends,
    //    holidays) and every priority.
    const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    std::uniform_int_distribution<qint64> instant(from, from + 6 * 365 * day);
    std::vector<qint64> openings(1 << 16);
    std::generate(openings.begin(), openings.end(), [&] { return instant(random); });
    const std::size_t mask = openings.size() - 1;
    constexpr qint64 computations = 5'000'000;
    const qint64 dueNs = bestOf(3, [&] {
        for (qint64 i = 0; i < computations; ++i) {
            const qint64 opened = openings[std::size_t(i) & mask];
            sink += clock.dueUtc(opened, priorities[(i >> 3) & 3],
                                 (i & 1) != 0 ? SlaTarget::Respond : SlaTarget::Resolve);
        }
    });
    const double perSecond = double(computations) * 1e9 / double(dueNs);
    allMet &= perSecond >= 1e6;
    std::printf("due-time computations: %.1f M/s (target >= 1,000,000/s)\n", perSecond / 1e6);

    // 2. Recompute the snapshots of 100k tickets in varied states; then also the tracker.
    const qint64 now = QDateTime(QDate(2026, 3, 10), QTime(15, 30), Qt::UTC).toSecsSinceEpoch();
    const std::vector<SlaInput> inputs = tickets(random, now, 100'000);
    std::vector<SlaSnapshot> snapshots(inputs.size());
    const qint64 recomputeNs = bestOf(5, [&] {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            snapshots[i] = clock.evaluate(inputs[i], now);
        }
    });
    for (const SlaSnapshot &snapshot : snapshots) {
        sink += snapshot.resolve.dueUtc + int(snapshot.resolve.state) + snapshot.respond.dueUtc;
    }
    allMet &= recomputeNs < 100'000'000;
    std::printf("recompute 100k tickets: %.1f ms (target < 100 ms)\n", double(recomputeNs) / 1e6);

    const SlaTracker tracker(clock);
    const qint64 trackNs = bestOf(5, [&] {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const SlaUpdate update = tracker.update({}, clock.evaluate(inputs[i], now));
            sink += update.events.size() + update.flags.toInt();
        }
    });
    std::printf("recompute + track events of 100k tickets: %.1f ms (for information)\n",
                double(trackNs) / 1e6);

    std::printf("(checksum %lld)\n", static_cast<long long>(sink));
    return allMet ? 0 : 1;
}

#include "sla/SlaTracker.h"

#include "sla/SlaClock.h"

#include <algorithm>

namespace deskside::sla {

SlaTracker::SlaTracker(calendar::BusinessCalendar calendar, SlaPolicy policy)
    : m_calendar(std::move(calendar))
    , m_policy(std::move(policy))
{}

SlaTracker::SlaTracker(const SlaClock &clock)
    : SlaTracker(clock.calendar(), clock.policy())
{}

std::optional<qint64> SlaTracker::track(SlaTarget target, const SlaSnapshot &snapshot,
                                        SlaUpdate &update) const
{
    const SlaTargetStatus &status = snapshot.status(target);
    if (status.state == SlaState::Met) {
        return std::nullopt;
    }
    const SlaFlag warned75 = flagFor(target, SlaEventKind::Warning75);
    const SlaFlag warned1h = flagFor(target, SlaEventKind::Warning1h);
    const SlaFlag breached = flagFor(target, SlaEventKind::Breach);
    const auto announce = [&](SlaEventKind kind) {
        update.events.append(SlaEvent{target, kind, snapshot.now(), status.due()});
        update.flags |= flagFor(target, kind);
    };

    if (status.state == SlaState::Breached) {
        if (!update.flags.testFlag(breached)) {
            announce(SlaEventKind::Breach);
            update.flags |= warned75;
            update.flags |= warned1h;
        }
        return std::nullopt;
    }
    const qint64 at75 = m_policy.warningUsedThreshold(status.targetSeconds);
    const qint64 at1h = m_policy.remainingUsedThreshold(status.targetSeconds);
    if (!update.flags.testFlag(warned75) && status.usedSeconds >= at75) {
        announce(SlaEventKind::Warning75);
    }
    if (!update.flags.testFlag(warned1h) && status.usedSeconds >= at1h) {
        announce(SlaEventKind::Warning1h);
    }
    if (!status.isRunning()) {
        return std::nullopt; // paused: nothing moves until the ticket changes
    }
    // The breach is the first second past the due time.
    std::optional<qint64> next;
    if (!update.flags.testFlag(breached)) {
        next = status.dueUtc + 1;
    }
    for (const auto &[flag, used] : {std::pair{warned75, at75}, std::pair{warned1h, at1h}}) {
        if (!update.flags.testFlag(flag)) {
            const qint64 when =
                m_calendar.addBusinessSeconds(snapshot.nowUtc, used - status.usedSeconds);
            next = next ? std::min(*next, when) : when;
        }
    }
    return next;
}

SlaUpdate SlaTracker::update(SlaFlags previous, const SlaSnapshot &snapshot) const
{
    SlaUpdate update;
    update.flags = previous;
    std::optional<qint64> next;
    for (const SlaTarget target : {SlaTarget::Respond, SlaTarget::Resolve}) {
        const auto candidate = track(target, snapshot, update);
        if (candidate && (!next || *candidate < *next)) {
            next = candidate;
        }
    }
    if (next) {
        update.nextCheckAt = QDateTime::fromSecsSinceEpoch(*next, Qt::UTC);
    }
    return update;
}

} // namespace deskside::sla

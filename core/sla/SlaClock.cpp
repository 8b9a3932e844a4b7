#include "sla/SlaClock.h"

#include <algorithm>

namespace deskside::sla {

using ticket::Priority;

namespace {

std::optional<qint64> secsOf(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid()) {
        return std::nullopt;
    }
    return when->toSecsSinceEpoch();
}

} // namespace

SlaClock::SlaClock(calendar::BusinessCalendar calendar, SlaPolicy policy)
    : m_calendar(std::move(calendar))
    , m_policy(std::move(policy))
{}

SlaClock SlaClock::standard()
{
    const auto &calendar = calendar::BusinessCalendar::standard();
    return SlaClock(calendar, SlaPolicy::standard(calendar));
}

qint64 SlaClock::dueUtc(qint64 openedUtc, Priority priority, SlaTarget target) const
{
    return m_calendar.addBusinessSeconds(openedUtc, m_policy.target(target, priority));
}

QDateTime SlaClock::due(const QDateTime &openedAt, Priority priority, SlaTarget target) const
{
    if (!openedAt.isValid()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(dueUtc(openedAt.toSecsSinceEpoch(), priority, target),
                                         Qt::UTC);
}

bool SlaClock::clipPause(const ticket::PauseSpan &pause, qint64 openedUtc, qint64 endUtc,
                         qint64 &startOut, qint64 &endOut)
{
    if (!pause.start.isValid()) {
        return false;
    }
    startOut = std::max(pause.start.toSecsSinceEpoch(), openedUtc);
    endOut = pause.isOpen() ? endUtc : std::min(pause.end.toSecsSinceEpoch(), endUtc);
    return endOut > startOut;
}

qint64 SlaClock::counted(qint64 openedUtc, qint64 endUtc) const
{
    return std::max<qint64>(0, m_calendar.businessSecondsBetween(openedUtc, endUtc));
}

SlaTargetStatus SlaClock::finish(qint64 target, qint64 due, qint64 used, qint64 nowUtc,
                                 const std::optional<qint64> &doneUtc, bool paused) const
{
    SlaTargetStatus status;
    status.dueUtc = due;
    status.targetSeconds = target;
    status.usedSeconds = used;
    status.remainingSeconds = target - used;
    status.fractionUsed = target > 0 ? double(used) / double(target) : 1.0;
    if (doneUtc) {
        status.state = *doneUtc <= due ? SlaState::Met : SlaState::Breached;
    } else if (nowUtc > due) {
        status.state = SlaState::Breached;
    } else if (paused) {
        status.state = SlaState::Paused;
    } else if (used >= m_policy.warningUsedThreshold(target) ||
               used >= m_policy.remainingUsedThreshold(target)) {
        status.state = SlaState::Warning;
    } else {
        status.state = SlaState::OnTrack;
    }
    return status;
}

SlaSnapshot SlaClock::evaluate(const SlaInput &input, qint64 nowUtc) const
{
    const qint64 opened = input.openedAt.toSecsSinceEpoch();
    SlaSnapshot snapshot;
    snapshot.nowUtc = nowUtc;

    // First response: never paused. Resolving a ticket also ends its wait for a response.
    const std::optional<qint64> resolved = secsOf(input.resolvedAt);
    std::optional<qint64> responded = secsOf(input.firstResponseAt);
    if (resolved && (!responded || *resolved < *responded)) {
        responded = resolved;
    }
    const qint64 respondEnd = responded.value_or(nowUtc);
    const qint64 respondTarget = m_policy.respondTarget(input.priority);
    const qint64 respondDue = m_calendar.addBusinessSeconds(opened, respondTarget);
    const qint64 respondUsed = counted(opened, respondEnd);
    snapshot.respond = finish(respondTarget, respondDue, respondUsed, nowUtc, responded, false);

    // Resolution: business time paused is not counted, and moves the due time later
    // when the pause began before the (so far) due time.
    const qint64 resolveEnd = resolved.value_or(nowUtc);
    const qint64 resolveTarget = m_policy.resolveTarget(input.priority);
    qint64 due = resolveTarget == respondTarget
                     ? respondDue
                     : m_calendar.addBusinessSeconds(opened, resolveTarget);
    qint64 shift = 0;
    qint64 paused = 0;
    bool pausedNow = false;
    for (const ticket::PauseSpan &pause : input.pauses) {
        if (pause.isOpen() && !resolved && pause.start.isValid() &&
            pause.start.toSecsSinceEpoch() <= nowUtc) {
            pausedNow = true;
        }
        qint64 start = 0;
        qint64 end = 0;
        if (!clipPause(pause, opened, resolveEnd, start, end)) {
            continue;
        }
        const qint64 business = m_calendar.businessSecondsBetween(start, end);
        if (business <= 0) {
            continue;
        }
        paused += business;
        if (start < due) {
            shift += business;
            due = m_calendar.addBusinessSeconds(opened, resolveTarget + shift);
        }
    }
    const qint64 elapsed = resolveEnd == respondEnd ? respondUsed : counted(opened, resolveEnd);
    const qint64 resolveUsed = std::max<qint64>(0, elapsed - paused);
    snapshot.resolve = finish(resolveTarget, due, resolveUsed, nowUtc, resolved, pausedNow);
    return snapshot;
}

SlaSnapshot SlaClock::evaluate(const SlaInput &input, const QDateTime &now) const
{
    return evaluate(input, now.toSecsSinceEpoch());
}

} // namespace deskside::sla

#pragma once

#include "sla/SlaPolicy.h"

#include <QDateTime>

namespace deskside::sla {

enum class SlaState
{
    OnTrack,
    Warning,  // the warning thresholds are crossed, the target is not
    Breached, // past due, or done late
    Paused,   // waiting on the customer: the resolution clock stands still
    Met       // done in time
};

QString toWire(SlaState state); // "on_track", "warning", "breached", "paused", "met"
QString displayName(SlaState state);

// One clock (respond or resolve) at one instant. Times are UTC epoch seconds.
struct SlaTargetStatus
{
    qint64 dueUtc = 0;
    qint64 targetSeconds = 0;    // business seconds allowed
    qint64 usedSeconds = 0;      // business seconds counted so far (or until done)
    qint64 remainingSeconds = 0; // target - used; negative once overdue
    double fractionUsed = 0.0;
    SlaState state = SlaState::OnTrack;

    QDateTime due() const { return QDateTime::fromSecsSinceEpoch(dueUtc, Qt::UTC); }
    // Still counting: neither met nor paused, so thresholds lie ahead in time.
    bool isRunning() const { return state != SlaState::Met && state != SlaState::Paused; }
};

// Both clocks of one ticket, evaluated at nowUtc.
struct SlaSnapshot
{
    qint64 nowUtc = 0;
    SlaTargetStatus respond;
    SlaTargetStatus resolve;

    const SlaTargetStatus &status(SlaTarget target) const
    {
        return target == SlaTarget::Respond ? respond : resolve;
    }
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(nowUtc, Qt::UTC); }
    QDateTime respondDue() const { return respond.due(); }
    QDateTime resolveDue() const { return resolve.due(); }
};

} // namespace deskside::sla

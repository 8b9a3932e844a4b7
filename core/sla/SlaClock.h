#pragma once

#include "calendar/BusinessCalendar.h"
#include "sla/SlaInput.h"
#include "sla/SlaPolicy.h"
#include "sla/SlaSnapshot.h"

namespace deskside::sla {

// The SLA clocks of a ticket as a pure function of its input and an instant.
//
// Both clocks start at the opening (or the next business opening). The resolution
// clock stands still while waiting on the customer, so its due time moves later by
// the business time spent paused; while paused it is computed as if resumed now.
// After a priority change the input simply carries the new priority: targets are
// recomputed from the original opening, time already spent counts, and a due time
// already past is a breach at once. All arithmetic is on UTC epoch seconds.
class SlaClock
{
public:
    SlaClock(calendar::BusinessCalendar calendar, SlaPolicy policy);
    // The standard calendar and policy of DESIGN.md section 3.
    static SlaClock standard();

    const calendar::BusinessCalendar &calendar() const { return m_calendar; }
    const SlaPolicy &policy() const { return m_policy; }

    // Hot path: when a target falls due for a ticket opened at openedUtc, without pauses.
    qint64 dueUtc(qint64 openedUtc, ticket::Priority priority, SlaTarget target) const;
    QDateTime due(const QDateTime &openedAt, ticket::Priority priority, SlaTarget target) const;

    SlaSnapshot evaluate(const SlaInput &input, qint64 nowUtc) const;
    SlaSnapshot evaluate(const SlaInput &input, const QDateTime &now) const;

    // A pause clipped to [openedUtc, endUtc), an open pause running to endUtc.
    // Returns false when nothing of it lies inside.
    static bool clipPause(const ticket::PauseSpan &pause, qint64 openedUtc, qint64 endUtc,
                          qint64 &startOut, qint64 &endOut);

private:
    SlaTargetStatus finish(qint64 target, qint64 due, qint64 used, qint64 nowUtc,
                           const std::optional<qint64> &doneUtc, bool paused) const;
    qint64 counted(qint64 openedUtc, qint64 endUtc) const;

    calendar::BusinessCalendar m_calendar;
    SlaPolicy m_policy;
};

} // namespace deskside::sla

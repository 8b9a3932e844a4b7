#pragma once

#include "sla/SlaEvent.h"
#include "sla/SlaSnapshot.h"

#include "calendar/BusinessCalendar.h"

#include <QList>

namespace deskside::sla {

class SlaClock;

// The outcome of one evaluation: what to announce now and what to remember.
struct SlaUpdate
{
    QList<SlaEvent> events;
    SlaFlags flags;
    // The earliest future instant at which an event could fire; invalid when none can
    // until the ticket changes (met, paused, or everything already announced).
    QDateTime nextCheckAt;
};

// Turns snapshots into warning and breach events, each exactly once per ticket and
// target: the flags remember what was announced, so repeated evaluation or a later
// priority change never repeats one. A breach makes any pending warning moot: it is
// marked as done without being announced.
class SlaTracker
{
public:
    SlaTracker(calendar::BusinessCalendar calendar, SlaPolicy policy);
    explicit SlaTracker(const SlaClock &clock);

    SlaUpdate update(SlaFlags previous, const SlaSnapshot &snapshot) const;

private:
    // Announces what target crossed; returns when its next threshold lies, if ever.
    std::optional<qint64> track(SlaTarget target, const SlaSnapshot &snapshot,
                                SlaUpdate &update) const;

    calendar::BusinessCalendar m_calendar;
    SlaPolicy m_policy;
};

} // namespace deskside::sla

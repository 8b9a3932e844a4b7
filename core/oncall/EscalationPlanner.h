#pragma once

#include "base/Result.h"
#include "oncall/EscalationPolicy.h"
#include "oncall/OnCallSchedule.h"
#include "oncall/Severity.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace deskside::oncall {

// What happened to an alert, as far as is known.
struct AlertTimeline
{
    QDateTime raised;
    std::optional<QDateTime> acknowledged;
    std::optional<QDateTime> resolved;
};

// One page sent to one target.
struct Notification
{
    QDateTime at;  // UTC
    int tier = 0;  // 0-based
    int round = 0; // 0-based
    Target target;
    QStringList people; // filled only when the plan is given a resolver

    friend bool operator==(const Notification &, const Notification &) = default;
};

// Works out every notification an escalation policy sends for an alert. Pure:
// the same inputs give the same plan, and the server replays it after a restart.
//
// Tier i of round r fires at raised + r × (sum of all waits) + (sum of the waits
// of tiers before i). The plan stops at the first of acknowledged and resolved:
// a step scheduled at exactly that time is not sent.
//
// Catastrophic severity additionally notifies everyone at once: one Everyone
// notification (tier 0, round 0) at `raised`, before the normal plan, which still
// runs so that the named people are paged too. It is left out when tier 0 already
// notifies everyone.
class EscalationPlanner
{
public:
    // Expands a target to the logins it reaches at a time (empty when unknown).
    using Resolver = std::function<QStringList(const Target &, const QDateTime &)>;

    // Notifications in time order (ties in tier, then target order). Errors on an
    // invalid policy, a missing raise time, or an acknowledgement or resolution
    // before the raise.
    static Result<QList<Notification>> plan(const EscalationPolicy &policy, Severity severity,
                                            const AlertTimeline &timeline,
                                            const Resolver &resolver = {});

    // A user is themself; a schedule is whoever is on call in the schedule with that
    // id at `at`; teams, everyone and unknown schedules resolve to nobody.
    static QStringList resolvePeople(const Target &target, const QDateTime &at,
                                     const QList<OnCallSchedule> &schedules);
};

} // namespace deskside::oncall

#include "oncall/EscalationPlanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

namespace {

Status validateTimeline(const AlertTimeline &timeline)
{
    if (!timeline.raised.isValid()) {
        return makeError(u"bad_timeline"_s, u"The alert has no valid raise time."_s);
    }
    const auto before = [&](const std::optional<QDateTime> &when) {
        return when && (!when->isValid() || *when < timeline.raised);
    };
    if (before(timeline.acknowledged)) {
        return makeError(u"bad_timeline"_s,
                         u"The alert cannot be acknowledged before it was raised."_s);
    }
    if (before(timeline.resolved)) {
        return makeError(u"bad_timeline"_s,
                         u"The alert cannot be resolved before it was raised."_s);
    }
    return {};
}

std::optional<QDateTime> stopTime(const AlertTimeline &timeline)
{
    if (timeline.acknowledged && timeline.resolved) {
        return std::min(*timeline.acknowledged, *timeline.resolved);
    }
    return timeline.acknowledged ? timeline.acknowledged : timeline.resolved;
}

} // namespace

Result<QList<Notification>> EscalationPlanner::plan(const EscalationPolicy &policy,
                                                    Severity severity,
                                                    const AlertTimeline &timeline,
                                                    const Resolver &resolver)
{
    if (const Status valid = policy.validate(); !valid) {
        return valid.error();
    }
    if (const Status valid = validateTimeline(timeline); !valid) {
        return valid.error();
    }
    const QDateTime raised = timeline.raised.toUTC();
    const std::optional<QDateTime> stop = stopTime(timeline);
    QList<Notification> result;
    const auto add = [&](const QDateTime &at, int tier, int round, const Target &target) {
        if (stop && at >= *stop) {
            return false;
        }
        result.append({at, tier, round, target, resolver ? resolver(target, at) : QStringList()});
        return true;
    };
    const QList<Target> &first = policy.tiers().constFirst().targets;
    if (severity == Severity::Catastrophic && !first.contains(Target::everyone())) {
        add(raised, 0, 0, Target::everyone());
    }
    for (int round = 0; round < policy.rounds(); ++round) {
        for (int tier = 0; tier < policy.tiers().size(); ++tier) {
            const qint64 minutes = round * policy.roundMinutes() + policy.offsetMinutes(tier);
            const QDateTime at = raised.addSecs(minutes * 60);
            for (const Target &target : policy.tiers().at(tier).targets) {
                if (!add(at, tier, round, target)) {
                    return result; // steps only move forward in time
                }
            }
        }
    }
    return result;
}

QStringList EscalationPlanner::resolvePeople(const Target &target, const QDateTime &at,
                                             const QList<OnCallSchedule> &schedules)
{
    if (target.kind == Target::Kind::User) {
        return {target.id};
    }
    if (target.kind != Target::Kind::Schedule) {
        return {};
    }
    for (const OnCallSchedule &schedule : schedules) {
        if (schedule.id() == target.id) {
            const QString who = schedule.whoAt(at);
            return who.isEmpty() ? QStringList() : QStringList{who};
        }
    }
    return {};
}

} // namespace deskside::oncall

#include "cli/EscalationPlanCommand.h"

#include "base/IsoTime.h"
#include "cli/TimeOption.h"
#include "oncall/EscalationPlanner.h"
#include "oncall/EscalationPolicyJson.h"
#include "oncall/ScheduleJson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::cli {

using namespace deskside::oncall;

namespace {

Result<QList<OnCallSchedule>> loadSchedules(const QStringList &files)
{
    QList<OnCallSchedule> schedules;
    for (const QString &file : files) {
        const auto schedule = loadScheduleFile(file);
        if (!schedule) {
            return schedule.error();
        }
        schedules.append(*schedule);
    }
    return schedules;
}

Result<QTimeZone> outputZone(const QCommandLineParser &parser,
                             const QList<OnCallSchedule> &schedules)
{
    if (parser.isSet(u"zone"_s)) {
        const QTimeZone zone(parser.value(u"zone"_s).toUtf8());
        if (!zone.isValid()) {
            return makeError(u"bad_zone"_s, u"--zone: '%1' is not a known time zone such as "
                                            "America/Chicago"_s.arg(parser.value(u"zone"_s)));
        }
        return zone;
    }
    return schedules.isEmpty() ? QTimeZone::utc() : schedules.constFirst().zone();
}

bool knowsSchedule(const QList<OnCallSchedule> &schedules, const QString &id)
{
    return std::any_of(schedules.cbegin(), schedules.cend(),
                       [&](const OnCallSchedule &schedule) { return schedule.id() == id; });
}

} // namespace

QStringList EscalationPlanCommand::path() const
{
    return {u"escalation"_s, u"plan"_s};
}

QString EscalationPlanCommand::summary() const
{
    return u"List every notification an escalation policy sends for an alert"_s;
}

void EscalationPlanCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"List every notification an escalation policy sends for an alert, in time order.\n\n"
        "One line per notification, fields separated by two spaces:\n"
        "  <time>  tier <n>  round <r>  <target>[ -> <login>|nobody]\n"
        "e.g.\n"
        "  2026-03-10T10:10:00-05:00  tier 2  round 1  user maria\n"
        "  2026-03-10T10:00:00-05:00  tier 1  round 1  schedule primary -> sam\n"
        "<time> is ISO-8601 with its offset in --zone, else the first --schedule's zone,\n"
        "else UTC (+00:00). Tiers and rounds count from 1. <target> is 'user <login>',\n"
        "'schedule <id>', 'team <id>' or 'everyone'. A schedule target whose --schedule\n"
        "file is given is followed by ' -> ' and who is on call then. Notifications stop\n"
        "at the first of --acked and --resolved (a step at exactly that time is not sent).\n"
        "Severity catastrophic adds one 'everyone' notification at the raise time.\n"
        "Exits 2 with one line on standard error on a bad file or option."_s);
    parser.addOption({u"policy"_s, u"The escalation policy's JSON file."_s, u"FILE"_s});
    parser.addOption({u"raised"_s, u"When the alert was raised (ISO-8601)."_s, u"TIME"_s});
    parser.addOption({u"acked"_s, u"When it was acknowledged (ISO-8601)."_s, u"TIME"_s});
    parser.addOption({u"resolved"_s, u"When it was resolved (ISO-8601)."_s, u"TIME"_s});
    parser.addOption({u"severity"_s, u"%1 (default: major)."_s.arg(severityNames().join(u", "_s)),
                      u"LEVEL"_s, u"major"_s});
    parser.addOption({u"schedule"_s,
                      u"A schedule's JSON file, to show who is on call (repeatable)."_s,
                      u"FILE"_s});
    parser.addOption(
        {u"zone"_s, u"Time zone of the printed times, e.g. America/Chicago."_s, u"ZONE"_s});
}

Result<QStringList> EscalationPlanCommand::execute(const QCommandLineParser &parser)
{
    const auto policyFile = required(parser, u"policy"_s);
    if (!policyFile) {
        return policyFile.error();
    }
    const auto raised = requiredTime(parser, u"raised"_s);
    const auto acked = optionalTime(parser, u"acked"_s);
    const auto resolved = optionalTime(parser, u"resolved"_s);
    const auto severity = severityFromName(parser.value(u"severity"_s));
    if (!raised || !acked || !resolved) {
        return !raised ? raised.error() : (!acked ? acked.error() : resolved.error());
    }
    if (!severity) {
        return makeError(u"bad_severity"_s,
                         u"--severity: '%1' is not one of %2"_s.arg(parser.value(u"severity"_s),
                                                                    severityNames().join(u", "_s)));
    }
    const auto policy = loadPolicyFile(*policyFile);
    if (!policy) {
        return policy.error();
    }
    const auto schedules = loadSchedules(parser.values(u"schedule"_s));
    if (!schedules) {
        return schedules.error();
    }
    const auto zone = outputZone(parser, *schedules);
    if (!zone) {
        return zone.error();
    }
    const auto plan = EscalationPlanner::plan(*policy, *severity, {*raised, *acked, *resolved});
    if (!plan) {
        return plan.error();
    }
    QStringList lines;
    for (const Notification &step : *plan) {
        QString line = u"%1  tier %2  round %3  %4"_s.arg(iso::format(step.at, *zone))
                           .arg(step.tier + 1)
                           .arg(step.round + 1)
                           .arg(step.target.describe());
        if (step.target.kind == Target::Kind::Schedule &&
            knowsSchedule(*schedules, step.target.id)) {
            const QStringList people =
                EscalationPlanner::resolvePeople(step.target, step.at, *schedules);
            line += u" -> "_s + (people.isEmpty() ? u"nobody"_s : people.join(u", "_s));
        }
        lines.append(line);
    }
    return lines;
}

} // namespace deskside::cli

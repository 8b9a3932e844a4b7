#include "cli/OnCallWhoCommand.h"

#include "base/Clock.h"
#include "base/IsoTime.h"
#include "cli/TimeOption.h"
#include "oncall/ScheduleJson.h"

using namespace Qt::StringLiterals;

namespace deskside::cli {

QStringList OnCallWhoCommand::path() const
{
    return {u"oncall"_s, u"who"_s};
}

QString OnCallWhoCommand::summary() const
{
    return u"Print who is on call in a schedule at a time"_s;
}

void OnCallWhoCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Print who is on call in a schedule at a time.\n\n"
        "Line 1 is the login of the person on call and nothing else. With --verbose,\n"
        "more lines follow:\n"
        "  schedule <id> (<name>)\n"
        "  via rotation | via override (<reason>)\n"
        "  until <the next time the answer may change, ISO-8601 in the schedule's zone>\n"
        "Exits 2 with one line on standard error when the file cannot be read or nobody\n"
        "is on call (before the rotation starts)."_s);
    parser.addOption({u"schedule"_s, u"The schedule's JSON file."_s, u"FILE"_s});
    parser.addOption({u"at"_s, u"ISO-8601 time with an offset (default: now)."_s, u"TIME"_s});
    parser.addOption({u"verbose"_s, u"Also print the schedule, why, and until when."_s});
}

Result<QStringList> OnCallWhoCommand::execute(const QCommandLineParser &parser)
{
    const auto file = required(parser, u"schedule"_s);
    if (!file) {
        return file.error();
    }
    const auto givenAt = optionalTime(parser, u"at"_s);
    if (!givenAt) {
        return givenAt.error();
    }
    const auto schedule = oncall::loadScheduleFile(*file);
    if (!schedule) {
        return schedule.error();
    }
    const QDateTime at = givenAt->value_or(SystemClock().now());
    const QString who = schedule->whoAt(at);
    if (who.isEmpty()) {
        return makeError(u"nobody_on_call"_s,
                         u"nobody is on call in %1 at %2 (the rotation starts %3)"_s.arg(
                             schedule->id(), iso::format(at, schedule->zone()),
                             iso::format(schedule->rotation().startInstant(), schedule->zone())));
    }
    QStringList lines{who};
    if (parser.isSet(u"verbose"_s)) {
        const oncall::Override *cover = schedule->overrideAt(at);
        lines << u"schedule %1 (%2)"_s.arg(schedule->id(), schedule->name())
              << (cover ? u"via override (%1)"_s.arg(cover->reason.isEmpty() ? u"no reason given"_s
                                                                             : cover->reason)
                        : u"via rotation"_s)
              << u"until %1"_s.arg(iso::format(schedule->nextHandoff(at), schedule->zone()));
    }
    return lines;
}

} // namespace deskside::cli

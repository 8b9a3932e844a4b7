#include "cli/SlaDueCommand.h"

#include "base/IsoTime.h"
#include "cli/TimeOption.h"
#include "sla/DueExplainer.h"

using namespace Qt::StringLiterals;

namespace deskside::cli {

QStringList SlaDueCommand::path() const
{
    return {u"sla"_s, u"due"_s};
}

QString SlaDueCommand::summary() const
{
    return u"Print when a ticket's SLA target falls due"_s;
}

void SlaDueCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Print when a ticket's SLA target falls due under the standard policy:\n"
        "business hours Mon-Fri 08:00-17:00 America/Chicago without the US holidays;\n"
        "resolve Low 8, Medium 4, High 2 business days, respond in the same window.\n\n"
        "Line 1 is the due time, ISO-8601 with the calendar's offset, and nothing else.\n"
        "With --explain, lines follow that explain it day by day.\n"
        "Exits 2 with one line on standard error on bad input."_s);
    parser.addOption(
        {u"priority"_s, u"low, medium or high (urgent: internal outages)."_s, u"PRIORITY"_s});
    parser.addOption(
        {u"opened"_s, u"When the ticket was opened, ISO-8601 with an offset."_s, u"TIME"_s});
    parser.addOption({u"target"_s, u"resolve (default) or respond."_s, u"TARGET"_s, u"resolve"_s});
    parser.addOption({u"explain"_s, u"Explain the due time day by day."_s});
}

Result<QStringList> SlaDueCommand::execute(const QCommandLineParser &parser)
{
    const auto priorityName = required(parser, u"priority"_s);
    if (!priorityName) {
        return priorityName.error();
    }
    const auto priority = ticket::priorityFromWire(priorityName->trimmed());
    if (!priority) {
        return makeError(
            u"bad_priority"_s,
            u"--priority: '%1' is not low, medium, high or urgent"_s.arg(*priorityName));
    }
    const auto opened = requiredTime(parser, u"opened"_s);
    if (!opened) {
        return opened.error();
    }
    const auto target = sla::targetFromWire(parser.value(u"target"_s).trimmed());
    if (!target) {
        return makeError(u"bad_target"_s, u"--target: '%1' is not resolve or respond"_s.arg(
                                              parser.value(u"target"_s)));
    }
    const sla::SlaClock clock = sla::SlaClock::standard();
    const sla::SlaInput input{*opened, *priority, {}, std::nullopt, std::nullopt};
    QStringList lines{iso::format(clock.due(*opened, *priority, *target), clock.calendar().zone())};
    if (parser.isSet(u"explain"_s)) {
        lines += sla::DueExplainer(clock).explain(input, *target, *opened);
    }
    return lines;
}

} // namespace deskside::cli

#include "sla/DueExplainer.h"

#include "sla/SlaText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::sla {

namespace {

struct ClosedDays
{
    QDate first;
    QDate last;
    QString holiday;
};

QString describe(const QList<ClosedDays> &closed)
{
    QStringList parts;
    for (const ClosedDays &days : closed) {
        parts.append(days.holiday.isEmpty()
                         ? text::dayRange(days.first, days.last)
                         : text::dayRange(days.first, days.last) + u" ("_s + days.holiday + u')');
    }
    return parts.join(u", "_s);
}

} // namespace

DueExplainer::DueExplainer(SlaClock clock)
    : m_clock(std::move(clock))
{}

QStringList DueExplainer::explain(const SlaInput &input, SlaTarget target,
                                  const QDateTime &now) const
{
    return explain(input, target, now.toSecsSinceEpoch());
}

QStringList DueExplainer::explain(const SlaInput &input, SlaTarget target, qint64 nowUtc) const
{
    if (!input.openedAt.isValid()) {
        return {tr("The ticket has no opening time, so nothing is due yet.")};
    }
    const calendar::BusinessCalendar &calendar = m_clock.calendar();
    const qint64 opened = input.openedAt.toSecsSinceEpoch();
    const SlaTargetStatus status = m_clock.evaluate(input, nowUtc).status(target);

    QStringList lines{header(opened)};
    const qint64 start = calendar.nextOpening(opened);
    if (start != opened) {
        lines.append(tr("Opened outside business hours: the clock starts at %1.")
                         .arg(text::localTime(start, calendar.zone())));
    }
    const QString within = text::target(status.targetSeconds, calendar.businessDaySeconds());
    const QString priority = ticket::displayName(input.priority);
    lines.append(target == SlaTarget::Respond
                     ? tr("%1 priority: respond within %2.").arg(priority, within)
                     : tr("%1 priority: resolve within %2.").arg(priority, within));
    QList<Span> paused;
    if (target == SlaTarget::Resolve) {
        const qint64 end = input.resolvedAt && input.resolvedAt->isValid()
                               ? input.resolvedAt->toSecsSinceEpoch()
                               : nowUtc;
        paused = pauses(input, opened, end, status.dueUtc, lines);
    }
    walkDays(opened, status.dueUtc, paused, lines);
    return lines;
}

QString DueExplainer::header(qint64 opened) const
{
    const calendar::BusinessCalendar &calendar = m_clock.calendar();
    return tr("Opened %1; the clock counts business hours %2 %3.")
        .arg(text::localTime(opened, calendar.zone()), text::weeklyHours(calendar.hours()),
             QString::fromLatin1(calendar.zone().id()));
}

QList<DueExplainer::Span> DueExplainer::pauses(const SlaInput &input, qint64 opened, qint64 end,
                                               qint64 due, QStringList &lines) const
{
    const calendar::BusinessCalendar &calendar = m_clock.calendar();
    QList<Span> spans;
    for (const ticket::PauseSpan &pause : input.pauses) {
        Span span;
        if (!SlaClock::clipPause(pause, opened, end, span.start, span.end) || span.start >= due) {
            continue; // outside the clock, or after the due time: it moved nothing
        }
        const qint64 business = calendar.businessSecondsBetween(span.start, span.end);
        if (business <= 0) {
            continue;
        }
        spans.append(span);
        const QString from = text::localTime(span.start, calendar.zone());
        if (pause.isOpen() && span.end == end && !input.resolvedAt) {
            lines.append(tr("Paused while waiting on the customer since %1: %2 not counted so "
                            "far; the due time assumes the clock resumes now.")
                             .arg(from, text::duration(business)));
        } else {
            lines.append(tr("Paused while waiting on the customer from %1 to %2: %3 not counted.")
                             .arg(from, text::localTime(span.end, calendar.zone()),
                                  text::duration(business)));
        }
    }
    return spans;
}

qint64 DueExplainer::pausedWithin(const QList<Span> &paused, qint64 from, qint64 to) const
{
    qint64 total = 0;
    for (const Span &span : paused) {
        const qint64 start = std::max(span.start, from);
        const qint64 end = std::min(span.end, to);
        if (end > start) {
            total += m_clock.calendar().businessSecondsBetween(start, end);
        }
    }
    return total;
}

void DueExplainer::walkDays(qint64 opened, qint64 due, const QList<Span> &paused,
                            QStringList &lines) const
{
    const calendar::BusinessCalendar &calendar = m_clock.calendar();
    const QTimeZone zone = calendar.zone();
    const QDate last = QDateTime::fromSecsSinceEpoch(due, zone).date();
    QStringList counted;
    QList<ClosedDays> closed;
    for (QDate day = QDateTime::fromSecsSinceEpoch(opened, zone).date(); day <= last;
         day = day.addDays(1)) {
        const qint64 from = std::max(opened, QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch());
        const qint64 to =
            std::min(due, QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch());
        if (to <= from) {
            continue;
        }
        if (calendar.hoursOn(day).isEmpty()) {
            const QString holiday = calendar.holidayName(day);
            if (holiday.isEmpty() && !closed.isEmpty() && closed.last().holiday.isEmpty() &&
                closed.last().last.addDays(1) == day) {
                closed.last().last = day;
            } else {
                closed.append(ClosedDays{day, day, holiday});
            }
            continue;
        }
        const qint64 seconds =
            calendar.businessSecondsBetween(from, to) - pausedWithin(paused, from, to);
        if (seconds > 0) {
            counted.append(text::duration(seconds) + u' ' + day.toString(u"ddd MMM d"_s));
        }
    }
    lines.append(tr("Counted: %1 → due %2.")
                     .arg(counted.join(u", "_s), text::localTime(due, calendar.zone())));
    if (!closed.isEmpty()) {
        lines.append(tr("Closed: %1.").arg(describe(closed)));
    }
}

} // namespace deskside::sla

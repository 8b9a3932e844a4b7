#include "sla/SlaText.h"

#include "calendar/WeeklyHours.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace deskside::sla::text {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deskside::sla::text", text);
}

QString clockTime(int secondOfDay)
{
    QString text = u"%1:%2"_s.arg(secondOfDay / 3600, 2, 10, QChar(u'0'))
                       .arg(secondOfDay % 3600 / 60, 2, 10, QChar(u'0'));
    if (secondOfDay % 60 != 0) {
        text += u":%1"_s.arg(secondOfDay % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

QString intervals(const QList<calendar::BusinessInterval> &day)
{
    QStringList parts;
    for (const calendar::BusinessInterval &interval : day) {
        parts.append(clockTime(interval.start) + u'–' + clockTime(interval.end));
    }
    return parts.join(u", "_s);
}

QString shortDay(int dayOfWeek)
{
    return QDate(2026, 3, 1 + dayOfWeek).toString(u"ddd"_s); // 2026-03-02 is a Monday
}

} // namespace

QString duration(qint64 seconds)
{
    const QString sign = seconds < 0 ? u"−"_s : QString();
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    QStringList parts;
    if (magnitude >= 3600) {
        parts.append(tr("%1 h").arg(magnitude / 3600));
    }
    if (magnitude % 3600 >= 60) {
        parts.append(tr("%1 min").arg(magnitude % 3600 / 60));
    }
    if (magnitude % 60 != 0 || parts.isEmpty()) {
        parts.append(tr("%1 s").arg(magnitude % 60));
    }
    return sign + parts.join(u' ');
}

QString target(qint64 seconds, qint64 businessDaySeconds)
{
    if (businessDaySeconds > 0 && seconds > 0 && seconds % businessDaySeconds == 0) {
        const qint64 days = seconds / businessDaySeconds;
        const QString count = days == 1 ? tr("1 business day") : tr("%1 business days").arg(days);
        return count + u" ("_s + duration(seconds) + u')';
    }
    if (seconds > 0 && seconds % 3600 == 0) {
        return seconds == 3600 ? tr("1 business hour")
                               : tr("%1 business hours").arg(seconds / 3600);
    }
    return tr("%1 of business time").arg(duration(seconds));
}

QString localTime(qint64 utc, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    const QString format =
        local.time().second() != 0 ? u"ddd yyyy-MM-dd HH:mm:ss"_s : u"ddd yyyy-MM-dd HH:mm"_s;
    return local.toString(format) + u' ' + local.timeZoneAbbreviation();
}

QString weeklyHours(const calendar::WeeklyHours &hours)
{
    QStringList groups;
    int day = Qt::Monday;
    while (day <= Qt::Sunday) {
        const auto &open = hours.day(day);
        int last = day;
        while (last < Qt::Sunday && hours.day(last + 1) == open) {
            ++last;
        }
        if (!open.isEmpty()) {
            const QString days =
                last == day ? shortDay(day) : shortDay(day) + u'–' + shortDay(last);
            groups.append(days + u' ' + intervals(open));
        }
        day = last + 1;
    }
    return groups.isEmpty() ? tr("no business hours") : groups.join(u"; "_s);
}

QString dayRange(const QDate &first, const QDate &last)
{
    if (first == last) {
        return first.toString(u"ddd MMM d"_s);
    }
    if (first.year() == last.year() && first.month() == last.month()) {
        return first.toString(u"ddd"_s) + u'–' + last.toString(u"ddd"_s) + u' ' +
               first.toString(u"MMM d"_s) + u'–' + QString::number(last.day());
    }
    return first.toString(u"ddd MMM d"_s) + u'–' + last.toString(u"ddd MMM d"_s);
}

} // namespace deskside::sla::text

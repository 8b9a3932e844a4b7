#pragma once

#include "base/IsoTime.h"
#include "calendar/BusinessCalendar.h"

#include <QTest>

// Small helpers shared by the calendar tests: ISO text <-> UTC epoch seconds.
namespace deskside::calendar::testing {

inline qint64 utcSecs(const QString &isoText)
{
    const auto parsed = iso::parse(isoText);
    if (!parsed.ok()) {
        qFatal("bad ISO time in test data: %s", qPrintable(isoText));
    }
    return parsed.value().toSecsSinceEpoch();
}

inline QString isoIn(qint64 utc, const QTimeZone &zone)
{
    return iso::format(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()), zone);
}

inline QString chicago(qint64 utc)
{
    return isoIn(utc, QTimeZone("America/Chicago"));
}

inline BusinessInterval span(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {fromHour * 3600 + fromMinute * 60, toHour * 3600 + toMinute * 60};
}

// Mon-Fri with the given intervals, Saturday and Sunday closed.
inline WeeklyHours weekdays(const QList<BusinessInterval> &intervals)
{
    WeeklyHours hours;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        if (!hours.setDay(day, intervals).ok()) {
            qFatal("bad hours in test data");
        }
    }
    return hours;
}

} // namespace deskside::calendar::testing

#pragma once

#include "base/IsoTime.h"
#include "sla/SlaClock.h"

#include <QTest>

// Helpers shared by the SLA tests: instants written as ISO text with their offset.
namespace deskside::sla::testing {

inline QDateTime at(const QString &isoText)
{
    const auto parsed = iso::parse(isoText);
    if (!parsed.ok()) {
        qFatal("bad ISO time in test data: %s", qPrintable(isoText));
    }
    return parsed.value();
}

inline qint64 secs(const QString &isoText)
{
    return at(isoText).toSecsSinceEpoch();
}

// An instant as Chicago wall time with offset, for readable comparisons.
inline QString chicago(const QDateTime &instant)
{
    return iso::format(instant, QTimeZone("America/Chicago"));
}

inline QString chicago(qint64 utc)
{
    return chicago(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

inline SlaInput input(ticket::Priority priority, const QString &opened,
                      QList<ticket::PauseSpan> pauses = {})
{
    SlaInput in;
    in.priority = priority;
    in.openedAt = at(opened);
    in.pauses = std::move(pauses);
    return in;
}

inline ticket::PauseSpan pause(const QString &from, const QString &to = QString())
{
    return ticket::PauseSpan{at(from), to.isEmpty() ? QDateTime() : at(to)};
}

} // namespace deskside::sla::testing

Q_DECLARE_METATYPE(deskside::sla::SlaInput)

#include "calendar/ZoneTable.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace deskside::calendar {

namespace {
constexpr qint64 beginningOfTime = std::numeric_limits<qint64>::min() / 4;
}

ZoneTable::ZoneTable(const QTimeZone &zone)
{
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2201, 1, 1), QTime(0, 0), QTimeZone::utc());
    m_startUtc.push_back(beginningOfTime);
    m_offset.push_back(zone.isValid() ? zone.offsetFromUtc(from) : 0);
    const auto add = [this](const QTimeZone::OffsetData &transition) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        if (at > m_startUtc.back() && transition.offsetFromUtc != m_offset.back()) {
            m_startUtc.push_back(at);
            m_offset.push_back(transition.offsetFromUtc);
        }
    };
    if (zone.isValid() && zone.hasTransitions()) {
        QDateTime cursor = from;
        for (const QTimeZone::OffsetData &transition : zone.transitions(from, to)) {
            add(transition);
            cursor = transition.atUtc;
        }
        // transitions() stops where the zone's table ends (2037); the zone's rule goes on.
        while (cursor < to) {
            const QTimeZone::OffsetData next = zone.nextTransition(cursor);
            if (!next.atUtc.isValid() || next.atUtc <= cursor) {
                cursor =
                    QDateTime(QDate(cursor.date().year() + 1, 1, 1), QTime(0, 0), QTimeZone::utc());
                continue;
            }
            if (next.atUtc < to) {
                add(next);
            }
            cursor = next.atUtc;
        }
    }
    m_startLocal.reserve(m_startUtc.size());
    for (std::size_t i = 0; i < m_startUtc.size(); ++i) {
        m_startLocal.push_back(m_startUtc[i] + m_offset[i]);
    }
}

int ZoneTable::offsetAtUtc(qint64 utcSecs) const
{
    const auto it = std::upper_bound(m_startUtc.begin(), m_startUtc.end(), utcSecs);
    return m_offset[std::size_t(it - m_startUtc.begin()) - 1];
}

qint64 ZoneTable::localToUtc(qint64 localSecs) const
{
    // The last period whose local start is at or before localSecs (period 0 always is).
    const auto it = std::upper_bound(m_startLocal.begin() + 1, m_startLocal.end(), localSecs);
    const std::size_t period = std::size_t(it - m_startLocal.begin()) - 1;
    if (period > 0) {
        // Clocks turned back: the wall time may also exist at the end of the period before.
        const std::size_t before = period - 1;
        if (localSecs < m_startUtc[period] + m_offset[before]) {
            return localSecs - m_offset[before];
        }
    }
    const std::size_t next = period + 1;
    if (next < m_startUtc.size() && localSecs >= m_startUtc[next] + m_offset[period]) {
        // Clocks turned forward past this wall time: the transition is the first instant after.
        return m_startUtc[next];
    }
    return localSecs - m_offset[period];
}

} // namespace deskside::calendar

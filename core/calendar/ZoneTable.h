#pragma once

#include <QTimeZone>

#include <vector>

namespace deskside::calendar {

// The UTC offsets of a time zone, precomputed once (years 1900-2200) so that the hot
// path is a binary search on plain integers, never a QDateTime.
class ZoneTable
{
public:
    explicit ZoneTable(const QTimeZone &zone);

    // The offset (seconds east of UTC) in force at utcSecs.
    int offsetAtUtc(qint64 utcSecs) const;
    qint64 utcToLocal(qint64 utcSecs) const { return utcSecs + offsetAtUtc(utcSecs); }

    // The instant showing local wall time localSecs (seconds since 1970-01-01 00:00 local).
    // In an overlap (clocks turned back) the first instant; in a gap (clocks turned
    // forward) the transition itself, the first instant after the missing wall time.
    // Non-decreasing in localSecs.
    qint64 localToUtc(qint64 localSecs) const;

private:
    // Period i runs from m_startUtc[i] (period 0: from the beginning of time) to the
    // next start, with m_offset[i]; m_startLocal[i] = m_startUtc[i] + m_offset[i].
    std::vector<qint64> m_startUtc;
    std::vector<qint64> m_startLocal;
    std::vector<int> m_offset;
};

} // namespace deskside::calendar

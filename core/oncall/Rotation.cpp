#include "oncall/Rotation.h"

#include <algorithm>
#include <utility>

namespace deskside::oncall {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Local wall-clock seconds since the Julian day epoch: every day has 86400 of them.
qint64 wallSeconds(QDate date, QTime time)
{
    return date.toJulianDay() * secondsPerDay + time.msecsSinceStartOfDay() / 1000;
}

qint64 wallSeconds(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return wallSeconds(local.date(), local.time());
}

// The instant of a local wall time. A time that happens twice (fall back) is its first
// occurrence; a time skipped by a gap (spring forward) moves forward by the gap.
QDateTime fromWall(qint64 wall, const QTimeZone &zone)
{
    const QDate date = QDate::fromJulianDay(wall / secondsPerDay);
    const QTime time = QTime(0, 0).addSecs(int(wall % secondsPerDay));
    const QDateTime naive(date, time, Qt::UTC);
    // The offsets a day either side bracket any transition near this wall time.
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    const QDateTime first = naive.addSecs(-before);
    const QDateTime second = naive.addSecs(-after);
    const bool firstMatches = wallSeconds(first, zone) == wall;
    const bool secondMatches = wallSeconds(second, zone) == wall;
    if (firstMatches && secondMatches) {
        return std::min(first, second);
    }
    return secondMatches && !firstMatches ? second : first;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

Rotation::Rotation(QStringList members, QDate startDate, QTime startTime, int periodDays,
                   QTime handoffTime, QTimeZone zone)
    : m_members(std::move(members))
    , m_startDate(startDate)
    , m_startTime(startTime)
    , m_periodDays(std::max(1, periodDays))
    , m_handoffTime(handoffTime)
    , m_zone(std::move(zone))
{}

QDateTime Rotation::startInstant() const
{
    return fromWall(wallSeconds(m_startDate, m_startTime), m_zone);
}

qint64 Rotation::anchorWall() const
{
    return wallSeconds(m_startDate, m_handoffTime);
}

qint64 Rotation::periodSeconds() const
{
    return qint64(m_periodDays) * secondsPerDay;
}

QDateTime Rotation::shiftStart(qint64 k) const
{
    if (k <= 0) {
        return startInstant();
    }
    return fromWall(anchorWall() + k * periodSeconds(), m_zone);
}

qint64 Rotation::shiftAt(const QDateTime &t) const
{
    if (!t.isValid() || !m_zone.isValid() || t < startInstant()) {
        return -1;
    }
    qint64 k =
        std::max<qint64>(0, floorDiv(wallSeconds(t, m_zone) - anchorWall(), periodSeconds()));
    // Wall time repeats in the fall-back hour: settle on the instants themselves.
    if (shiftStart(k + 1) <= t) {
        ++k;
    } else if (k > 0 && shiftStart(k) > t) {
        --k;
    }
    return k;
}

QString Rotation::onCallAt(const QDateTime &t) const
{
    const qint64 k = shiftAt(t);
    if (k < 0 || m_members.isEmpty()) {
        return {};
    }
    return m_members.at(int(k % m_members.size()));
}

QDateTime Rotation::nextHandoff(const QDateTime &t) const
{
    if (!t.isValid() || !m_zone.isValid()) {
        return {};
    }
    return shiftStart(shiftAt(t) + 1);
}

QDateTime Rotation::previousHandoff(const QDateTime &t) const
{
    const qint64 k = shiftAt(t);
    return k < 0 ? QDateTime() : shiftStart(k);
}

} // namespace deskside::oncall

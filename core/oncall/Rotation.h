#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace deskside::oncall {

// A rotation hands the pager from one member to the next at a fixed local wall
// time every `periodDays` days (e.g. weekly, Monday 09:00 America/Chicago).
//
// Hand-offs happen at the local wall time, so DST changes the UTC offset of a
// hand-off, never its local time. The first shift runs from `start` to the
// first hand-off after the start date's hand-off time; member k % n holds shift
// k. Before `start`, nobody is on call. A hand-off time that does not exist on
// a spring-forward day is moved forward by the length of the gap (02:30 → 03:30).
class Rotation
{
public:
    Rotation() = default;
    // `start` is a local date and time in `zone` (its own time spec is ignored).
    Rotation(QStringList members, QDate startDate, QTime startTime, int periodDays,
             QTime handoffTime, QTimeZone zone);

    const QStringList &members() const { return m_members; }
    QDate startDate() const { return m_startDate; }
    QTime startTime() const { return m_startTime; }
    int periodDays() const { return m_periodDays; }
    QTime handoffTime() const { return m_handoffTime; }
    const QTimeZone &zone() const { return m_zone; }

    // The start of the rotation as an instant (UTC).
    QDateTime startInstant() const;

    // Who holds the pager at `t`; empty before the start or without members.
    QString onCallAt(const QDateTime &t) const;
    // The first hand-off strictly after `t` (UTC); the start itself when `t` is before it.
    QDateTime nextHandoff(const QDateTime &t) const;
    // When the shift holding `t` began (UTC): the last hand-off at or before `t`, or
    // the start during the first shift; invalid before the start.
    QDateTime previousHandoff(const QDateTime &t) const;

private:
    // The shift holding `t` (0 = the first), or -1 before the start.
    qint64 shiftAt(const QDateTime &t) const;
    // When shift `k` begins (UTC).
    QDateTime shiftStart(qint64 k) const;
    qint64 anchorWall() const;
    qint64 periodSeconds() const;

    QStringList m_members;
    QDate m_startDate;
    QTime m_startTime;
    int m_periodDays = 7;
    QTime m_handoffTime;
    QTimeZone m_zone;
};

} // namespace deskside::oncall

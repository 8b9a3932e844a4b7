#pragma once

#include "base/Result.h"
#include "oncall/Override.h"
#include "oncall/Rotation.h"

#include <QList>

namespace deskside::oncall {

// A named on-call schedule: a rotation plus overrides. When overrides overlap,
// the one added last wins.
class OnCallSchedule
{
public:
    OnCallSchedule() = default;
    OnCallSchedule(QString id, QString name, Rotation rotation);

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const Rotation &rotation() const { return m_rotation; }
    const QTimeZone &zone() const { return m_rotation.zone(); }
    const QList<Override> &overrides() const { return m_overrides; }

    // Refuses an empty or reversed interval and a missing person.
    Status addOverride(const Override &cover);

    // Who is on call at `t`: the last added override covering `t`, else the rotation.
    // Empty when nobody is.
    QString whoAt(const QDateTime &t) const;
    // The override deciding `t`, or nullptr when the rotation does.
    const Override *overrideAt(const QDateTime &t) const;
    // The next instant after `t` at which the answer of whoAt() may change: a
    // rotation hand-off or an override boundary (UTC).
    QDateTime nextHandoff(const QDateTime &t) const;

private:
    QString m_id;
    QString m_name;
    Rotation m_rotation;
    QList<Override> m_overrides;
};

} // namespace deskside::oncall

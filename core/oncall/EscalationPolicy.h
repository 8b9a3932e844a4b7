#pragma once

#include "base/Result.h"
#include "oncall/EscalationTarget.h"

#include <QList>

namespace deskside::oncall {

// An ordered list of tiers. Each tier notifies its targets, then waits
// `waitMinutes` for an acknowledgement before the next tier fires. After the last
// tier (top management, by convention) the whole sequence runs `repeat` more
// times (0 = once).
class EscalationPolicy
{
public:
    struct Tier
    {
        QList<Target> targets;
        int waitMinutes = 0;

        friend bool operator==(const Tier &, const Tier &) = default;
    };

    EscalationPolicy() = default;
    EscalationPolicy(QString id, QString name, QList<Tier> tiers, int repeat = 0);

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QList<Tier> &tiers() const { return m_tiers; }
    int repeat() const { return m_repeat; }

    // How many times the sequence runs in all (repeat + 1).
    int rounds() const { return m_repeat + 1; }
    // The sum of every tier's wait: the length of one round.
    qint64 roundMinutes() const;
    // Minutes from the start of a round until tier `index` fires.
    qint64 offsetMinutes(int index) const;

    // At least one tier, every tier with a target, no negative wait or repeat.
    Status validate() const;

private:
    QString m_id;
    QString m_name;
    QList<Tier> m_tiers;
    int m_repeat = 0;
};

} // namespace deskside::oncall

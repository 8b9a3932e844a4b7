#include "oncall/EscalationPolicy.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

EscalationPolicy::EscalationPolicy(QString id, QString name, QList<Tier> tiers, int repeat)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_tiers(std::move(tiers))
    , m_repeat(repeat)
{}

qint64 EscalationPolicy::roundMinutes() const
{
    return offsetMinutes(int(m_tiers.size()));
}

qint64 EscalationPolicy::offsetMinutes(int index) const
{
    qint64 minutes = 0;
    for (int i = 0; i < index && i < m_tiers.size(); ++i) {
        minutes += m_tiers.at(i).waitMinutes;
    }
    return minutes;
}

Status EscalationPolicy::validate() const
{
    const QString label =
        m_id.isEmpty() ? u"The escalation policy"_s : u"Escalation policy '%1'"_s.arg(m_id);
    if (m_tiers.isEmpty()) {
        return makeError(u"empty_policy"_s, label + u" has no tiers."_s);
    }
    if (m_repeat < 0) {
        return makeError(u"bad_policy"_s, label + u" has a negative repeat count."_s);
    }
    for (int i = 0; i < m_tiers.size(); ++i) {
        if (m_tiers.at(i).targets.isEmpty()) {
            return makeError(u"bad_policy"_s, label + u": tier %1 notifies nobody."_s.arg(i + 1));
        }
        if (m_tiers.at(i).waitMinutes < 0) {
            return makeError(u"bad_policy"_s,
                             label + u": tier %1 has a negative wait."_s.arg(i + 1));
        }
    }
    return {};
}

} // namespace deskside::oncall

#include "sla/SlaPolicy.h"

#include "calendar/BusinessCalendar.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace deskside::sla {

using ticket::Priority;

namespace {

std::size_t indexOf(Priority priority)
{
    return static_cast<std::size_t>(priority);
}

} // namespace

QString toWire(SlaTarget target)
{
    return target == SlaTarget::Respond ? u"respond"_s : u"resolve"_s;
}

std::optional<SlaTarget> targetFromWire(QStringView name)
{
    if (name == u"respond") {
        return SlaTarget::Respond;
    }
    if (name == u"resolve") {
        return SlaTarget::Resolve;
    }
    return std::nullopt;
}

SlaPolicy::SlaPolicy()
{
    m_resolve.fill(3600);
}

SlaPolicy SlaPolicy::standard(const calendar::BusinessCalendar &calendar)
{
    const qint64 day = calendar.businessDaySeconds();
    SlaPolicy policy;
    policy.m_resolve[indexOf(Priority::Low)] = 8 * day;
    policy.m_resolve[indexOf(Priority::Medium)] = 4 * day;
    policy.m_resolve[indexOf(Priority::High)] = 2 * day;
    policy.m_resolve[indexOf(Priority::Urgent)] = 4 * 3600;
    return policy;
}

qint64 SlaPolicy::resolveTarget(Priority priority) const
{
    return m_resolve[indexOf(priority)];
}

qint64 SlaPolicy::respondTarget(Priority priority) const
{
    const auto &respond = m_respond[indexOf(priority)];
    const qint64 resolve = m_resolve[indexOf(priority)];
    return respond ? std::min(*respond, resolve) : resolve;
}

qint64 SlaPolicy::target(SlaTarget target, Priority priority) const
{
    return target == SlaTarget::Respond ? respondTarget(priority) : resolveTarget(priority);
}

Status SlaPolicy::setResolveTarget(Priority priority, qint64 businessSeconds)
{
    if (businessSeconds <= 0) {
        return makeError(u"bad_target"_s,
                         u"A resolution target must be at least one business second."_s);
    }
    m_resolve[indexOf(priority)] = businessSeconds;
    return {};
}

Status SlaPolicy::setRespondTarget(Priority priority, qint64 businessSeconds)
{
    if (businessSeconds <= 0) {
        return makeError(u"bad_target"_s,
                         u"A response target must be at least one business second."_s);
    }
    if (businessSeconds > resolveTarget(priority)) {
        return makeError(u"bad_target"_s,
                         u"A response target may be tighter than the resolution target, "
                         "never looser."_s);
    }
    m_respond[indexOf(priority)] = businessSeconds;
    return {};
}

Status SlaPolicy::setWarnings(double fraction, qint64 remainingBusinessSeconds)
{
    if (!(fraction > 0.0 && fraction < 1.0)) {
        return makeError(u"bad_warning"_s,
                         u"The warning fraction must lie strictly between 0 and 1."_s);
    }
    if (remainingBusinessSeconds <= 0) {
        return makeError(u"bad_warning"_s,
                         u"The time-left warning needs a positive number of seconds."_s);
    }
    m_warningFraction = fraction;
    m_warningRemaining = remainingBusinessSeconds;
    return {};
}

qint64 SlaPolicy::warningUsedThreshold(qint64 targetSeconds) const
{
    return qint64(std::ceil(double(targetSeconds) * m_warningFraction));
}

qint64 SlaPolicy::remainingUsedThreshold(qint64 targetSeconds) const
{
    if (targetSeconds <= m_warningRemaining) {
        return warningUsedThreshold(targetSeconds);
    }
    return targetSeconds - m_warningRemaining;
}

} // namespace deskside::sla

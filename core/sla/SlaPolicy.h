#pragma once

#include "base/Result.h"
#include "ticket/Priority.h"

#include <array>
#include <optional>

namespace deskside::calendar {
class BusinessCalendar;
}

namespace deskside::sla {

// The two clocks of a ticket: first response and resolution.
enum class SlaTarget
{
    Respond,
    Resolve
};

QString toWire(SlaTarget target); // "respond", "resolve"
std::optional<SlaTarget> targetFromWire(QStringView name);

// Targets per priority in business seconds, and when to warn before a breach.
class SlaPolicy
{
public:
    // Every target one business hour; warnings at 75% used and 1 business hour left.
    SlaPolicy();

    // DESIGN.md section 3: resolve Low 8, Medium 4, High 2 business days (a day is the
    // calendar's business day), Urgent 4 business hours; respond in the same window.
    static SlaPolicy standard(const calendar::BusinessCalendar &calendar);

    qint64 resolveTarget(ticket::Priority priority) const;
    // The configured response target, never looser than the resolution target.
    qint64 respondTarget(ticket::Priority priority) const;
    qint64 target(SlaTarget target, ticket::Priority priority) const;

    // Targets must be positive; a response target may only be tighter than resolution.
    Status setResolveTarget(ticket::Priority priority, qint64 businessSeconds);
    Status setRespondTarget(ticket::Priority priority, qint64 businessSeconds);

    // Warn when this fraction of a target is used (0 < fraction < 1) ...
    double warningFraction() const { return m_warningFraction; }
    // ... and when this many business seconds are left (must be positive).
    qint64 warningRemainingSeconds() const { return m_warningRemaining; }
    Status setWarnings(double fraction, qint64 remainingBusinessSeconds);

    // Business seconds used at which the 75% warning fires: ceil(target * fraction).
    qint64 warningUsedThreshold(qint64 targetSeconds) const;
    // Business seconds used at which the "little time left" warning fires; for a
    // target no longer than that time, together with the fraction warning.
    qint64 remainingUsedThreshold(qint64 targetSeconds) const;

private:
    static constexpr std::size_t priorityCount = 4;
    std::array<qint64, priorityCount> m_resolve{};
    std::array<std::optional<qint64>, priorityCount> m_respond{};
    double m_warningFraction = 0.75;
    qint64 m_warningRemaining = 3600;
};

} // namespace deskside::sla

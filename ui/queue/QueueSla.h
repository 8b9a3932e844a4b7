#pragma once

#include "sla/SlaClock.h"
#include "sync/QueueRow.h"

#include <optional>

namespace deskside::ui {

// The SLA countdown of one queue row at one instant, from the server's due times:
// the next target (respond until the first reply, then resolve) and how much business
// time is left on it. Mirrors the thresholds of sla::SlaClock.
struct QueueSla
{
    enum class State
    {
        None, // resolved or closed, or no due time known
        OnTrack,
        Warning,  // at most 25% of the target or one business hour left
        Breached, // past due
        Paused    // waiting on the customer: the resolution clock stands still
    };

    State state = State::None;
    sla::SlaTarget target = sla::SlaTarget::Respond;
    qint64 dueUtc = 0;
    qint64 remainingSeconds = 0; // business seconds; negative once overdue

    bool isRunning() const
    {
        return state == State::OnTrack || state == State::Warning || state == State::Breached;
    }

    static QueueSla evaluate(const sync::QueueRow &row, qint64 nowUtc, const sla::SlaClock &clock);

    // Wire names for saved filters: "none", "on_track", "warning", "breached", "paused".
    static QString toWire(State state);
    static std::optional<State> stateFromWire(QStringView name);
    // Translated: "On track", "Warning", "Breached", "Paused".
    static QString displayName(State state);
};

} // namespace deskside::ui

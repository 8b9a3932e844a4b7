#pragma once

#include "QueueSla.h"

#include <QString>
#include <QTimeZone>

// Wording of the queue table: countdowns in business time and relative ages.
namespace deskside::ui::queuetext {

// Business time, compact: "2h 15m", "1h 05m", "45m", "0m".
QString businessDuration(qint64 seconds);
// "2h 15m left", "overdue 1h 05m", "paused"; empty when there is no SLA.
QString countdown(const QueueSla &sla);
// The countdown for a tooltip or a screen reader, naming the state and the due time:
// "Warning: response due Wed 2026-03-11 13:00 CDT, 45m of business time left."
QString countdownDetail(const QueueSla &sla, const QTimeZone &zone);
// How long ago, in wall time: "just now", "5 min ago", "3 h ago", "2 days ago".
QString age(qint64 seconds);

} // namespace deskside::ui::queuetext

#pragma once

#include "sla/SlaPolicy.h"

#include <QDateTime>
#include <QFlags>

namespace deskside::sla {

enum class SlaEventKind
{
    Warning75, // the warning fraction of the target is used (75% by default)
    Warning1h, // little business time is left (1 hour by default)
    Breach
};

QString toWire(SlaEventKind kind); // "warning_75", "warning_1h", "breach"

// What has already been announced for a ticket; persisted by the server (toInt()).
enum class SlaFlag
{
    RespondWarned75 = 0x01,
    RespondWarned1h = 0x02,
    RespondBreached = 0x04,
    ResolveWarned75 = 0x08,
    ResolveWarned1h = 0x10,
    ResolveBreached = 0x20
};
Q_DECLARE_FLAGS(SlaFlags, SlaFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SlaFlags)

SlaFlag flagFor(SlaTarget target, SlaEventKind kind);

// One announcement: a target crossed a threshold.
struct SlaEvent
{
    SlaTarget target = SlaTarget::Resolve;
    SlaEventKind kind = SlaEventKind::Breach;
    QDateTime at;  // when the crossing was noticed (the evaluation instant)
    QDateTime due; // the target's due time then
    bool operator==(const SlaEvent &) const = default;
};

} // namespace deskside::sla

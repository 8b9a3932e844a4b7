#include "sla/SlaEvent.h"

using namespace Qt::StringLiterals;

namespace deskside::sla {

QString toWire(SlaEventKind kind)
{
    switch (kind) {
    case SlaEventKind::Warning75:
        return u"warning_75"_s;
    case SlaEventKind::Warning1h:
        return u"warning_1h"_s;
    case SlaEventKind::Breach:
        return u"breach"_s;
    }
    return {};
}

SlaFlag flagFor(SlaTarget target, SlaEventKind kind)
{
    const bool respond = target == SlaTarget::Respond;
    switch (kind) {
    case SlaEventKind::Warning75:
        return respond ? SlaFlag::RespondWarned75 : SlaFlag::ResolveWarned75;
    case SlaEventKind::Warning1h:
        return respond ? SlaFlag::RespondWarned1h : SlaFlag::ResolveWarned1h;
    case SlaEventKind::Breach:
        break;
    }
    return respond ? SlaFlag::RespondBreached : SlaFlag::ResolveBreached;
}

} // namespace deskside::sla

#include "oncall/EscalationTarget.h"

using namespace Qt::StringLiterals;

namespace deskside::oncall {

QString targetKindName(Target::Kind kind)
{
    switch (kind) {
    case Target::Kind::User:
        return u"user"_s;
    case Target::Kind::Schedule:
        return u"schedule"_s;
    case Target::Kind::Team:
        return u"team"_s;
    case Target::Kind::Everyone:
        return u"everyone"_s;
    }
    return {};
}

QString Target::describe() const
{
    if (kind == Kind::Everyone) {
        return targetKindName(kind);
    }
    return targetKindName(kind) + u' ' + id;
}

} // namespace deskside::oncall

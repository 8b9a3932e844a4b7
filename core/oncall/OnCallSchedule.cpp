#include "oncall/OnCallSchedule.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

OnCallSchedule::OnCallSchedule(QString id, QString name, Rotation rotation)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_rotation(std::move(rotation))
{}

Status OnCallSchedule::addOverride(const Override &cover)
{
    if (!cover.from.isValid() || !cover.to.isValid()) {
        return makeError(u"bad_override"_s, u"An override needs a valid start and end time."_s);
    }
    if (!(cover.from < cover.to)) {
        return makeError(u"bad_override"_s, u"An override must end after it starts."_s);
    }
    if (cover.person.trimmed().isEmpty()) {
        return makeError(u"bad_override"_s, u"An override must name the person on call."_s);
    }
    Override stored = cover;
    stored.from = stored.from.toUTC();
    stored.to = stored.to.toUTC();
    stored.person = stored.person.trimmed();
    m_overrides.append(std::move(stored));
    return {};
}

const Override *OnCallSchedule::overrideAt(const QDateTime &t) const
{
    for (auto it = m_overrides.crbegin(); it != m_overrides.crend(); ++it) {
        if (it->covers(t)) {
            return &*it;
        }
    }
    return nullptr;
}

QString OnCallSchedule::whoAt(const QDateTime &t) const
{
    if (const Override *covering = overrideAt(t)) {
        return covering->person;
    }
    return m_rotation.onCallAt(t);
}

QDateTime OnCallSchedule::nextHandoff(const QDateTime &t) const
{
    QDateTime next = m_rotation.nextHandoff(t);
    const auto consider = [&](const QDateTime &boundary) {
        if (boundary > t && (!next.isValid() || boundary < next)) {
            next = boundary;
        }
    };
    for (const Override &cover : m_overrides) {
        consider(cover.from);
        consider(cover.to);
    }
    return next.toUTC();
}

} // namespace deskside::oncall

#include "QueueSla.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

struct StateName
{
    QueueSla::State state;
    QString wire;
};

const std::array<StateName, 5> &stateNames()
{
    static const std::array<StateName, 5> names{{
        {QueueSla::State::None, u"none"_s},
        {QueueSla::State::OnTrack, u"on_track"_s},
        {QueueSla::State::Warning, u"warning"_s},
        {QueueSla::State::Breached, u"breached"_s},
        {QueueSla::State::Paused, u"paused"_s},
    }};
    return names;
}

} // namespace

QueueSla QueueSla::evaluate(const sync::QueueRow &row, qint64 nowUtc, const sla::SlaClock &clock)
{
    QueueSla result;
    if (!ticket::isOpenStatus(row.status)) {
        return result;
    }
    result.target = row.responded ? sla::SlaTarget::Resolve : sla::SlaTarget::Respond;
    result.dueUtc = row.responded ? row.resolveDue : row.respondDue;
    if (result.dueUtc <= 0) {
        return result;
    }
    if (row.responded && row.paused) {
        result.state = State::Paused;
        return result;
    }
    result.remainingSeconds = clock.calendar().businessSecondsBetween(nowUtc, result.dueUtc);
    if (nowUtc > result.dueUtc) {
        result.state = State::Breached;
        return result;
    }
    const sla::SlaPolicy &policy = clock.policy();
    const qint64 target = policy.target(result.target, row.priority);
    const qint64 used = target - result.remainingSeconds;
    const bool warn = used >= policy.warningUsedThreshold(target) ||
                      used >= policy.remainingUsedThreshold(target);
    result.state = warn ? State::Warning : State::OnTrack;
    return result;
}

QString QueueSla::toWire(State state)
{
    for (const StateName &name : stateNames()) {
        if (name.state == state) {
            return name.wire;
        }
    }
    return {};
}

std::optional<QueueSla::State> QueueSla::stateFromWire(QStringView name)
{
    for (const StateName &entry : stateNames()) {
        if (entry.wire == name) {
            return entry.state;
        }
    }
    return std::nullopt;
}

QString QueueSla::displayName(State state)
{
    switch (state) {
    case State::None:
        return QCoreApplication::translate("deskside::ui::QueueSla", "No SLA");
    case State::OnTrack:
        return QCoreApplication::translate("deskside::ui::QueueSla", "On track");
    case State::Warning:
        return QCoreApplication::translate("deskside::ui::QueueSla", "Warning");
    case State::Breached:
        return QCoreApplication::translate("deskside::ui::QueueSla", "Breached");
    case State::Paused:
        return QCoreApplication::translate("deskside::ui::QueueSla", "Paused");
    }
    return {};
}

} // namespace deskside::ui

#include "sla/SlaSnapshot.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::sla {

QString toWire(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return u"on_track"_s;
    case SlaState::Warning:
        return u"warning"_s;
    case SlaState::Breached:
        return u"breached"_s;
    case SlaState::Paused:
        return u"paused"_s;
    case SlaState::Met:
        return u"met"_s;
    }
    return {};
}

QString displayName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QCoreApplication::translate("deskside::sla::SlaState", "On track");
    case SlaState::Warning:
        return QCoreApplication::translate("deskside::sla::SlaState", "Warning");
    case SlaState::Breached:
        return QCoreApplication::translate("deskside::sla::SlaState", "Breached");
    case SlaState::Paused:
        return QCoreApplication::translate("deskside::sla::SlaState", "Paused");
    case SlaState::Met:
        return QCoreApplication::translate("deskside::sla::SlaState", "Met");
    }
    return {};
}

} // namespace deskside::sla

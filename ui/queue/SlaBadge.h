#pragma once

#include "QueueSla.h"

#include <QColor>
#include <QIcon>

namespace deskside::ui {

// How an SLA state looks: a colour and an icon whose shape differs by state (a dot for
// on track, a triangle for warning, a cross for breached, two bars for paused), so the
// state never depends on colour alone. The text says it too.
class SlaBadge
{
public:
    static QColor color(QueueSla::State state);
    // A null icon for State::None. Drawn once per state; needs a QGuiApplication.
    static QIcon icon(QueueSla::State state);
};

} // namespace deskside::ui

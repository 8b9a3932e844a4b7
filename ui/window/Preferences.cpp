#include "window/Preferences.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::ui {

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.syncIntervalSeconds = std::clamp(
        settings.value(u"sync/intervalSeconds"_s, p.syncIntervalSeconds).toInt(), 5, 3600);
    p.dueSoonHours =
        std::clamp(settings.value(u"queue/dueSoonHours"_s, p.dueSoonHours).toInt(), 1, 72);
    p.notifyPopups = settings.value(u"notifications/popups"_s, p.notifyPopups).toBool();
    p.notifySound = settings.value(u"notifications/sound"_s, p.notifySound).toBool();
    p.doNotDisturb = settings.value(u"notifications/doNotDisturb"_s, p.doNotDisturb).toBool();
    p.alertSound = settings.value(u"alerts/sound"_s, p.alertSound).toBool();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(u"sync/intervalSeconds"_s, syncIntervalSeconds);
    settings.setValue(u"queue/dueSoonHours"_s, dueSoonHours);
    settings.setValue(u"notifications/popups"_s, notifyPopups);
    settings.setValue(u"notifications/sound"_s, notifySound);
    settings.setValue(u"notifications/doNotDisturb"_s, doNotDisturb);
    settings.setValue(u"alerts/sound"_s, alertSound);
}

} // namespace deskside::ui

#pragma once

#include <QSettings>

namespace deskside::ui {

// The user's preferences, kept in QSettings (never a secret).
struct Preferences
{
    int syncIntervalSeconds = 30; // polling when push is unavailable
    int dueSoonHours = 4;         // business hours ahead for the "Due soon" view
    bool notifyPopups = true;     // desktop notifications for new and assigned tickets
    bool notifySound = true;
    bool doNotDisturb = false; // silences sounds and pop-ups (catastrophic alerts excepted)
    bool alertSound = true;    // a sound when an alert pop-up opens

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Preferences &) const = default;
};

} // namespace deskside::ui

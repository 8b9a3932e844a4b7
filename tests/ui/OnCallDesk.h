#pragma once

#include "alerts/AlertCenter.h"
#include "window/CacheDeskData.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace deskside {
class Clock;
}

namespace deskside::ui {
class Notifier;
}

// One person's desk signed in to an in-process server, as the app wires it: the cache
// file, sync with push (quick retries) and the alert pop-ups (AlertCenter, no beep) on
// the given notifier (null: none).
class OnCallDesk
{
public:
    bool open(const QUrl &server, const QByteArray &token, const QString &login,
              const deskside::Clock &clock, deskside::ui::Notifier *notifier);
    // Push is connected and the first sync is done.
    bool isOnline() const;

    deskside::ui::CacheDeskData &data() const { return *m_data; }
    deskside::ui::AlertCenter &center() const { return *m_center; }
    // The alert as the desk's cache holds it (none before the desk learnt of it).
    std::optional<deskside::api::AlertRecord> alert(qint64 alertId) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<deskside::ui::CacheDeskData> m_data;
    std::unique_ptr<deskside::ui::AlertCenter> m_center;
};

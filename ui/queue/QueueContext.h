#pragma once

#include "sla/SlaClock.h"

#include <QString>

namespace deskside::ui {

// What deciding whether a row belongs to a view depends on besides the row itself.
// Plain values only, so a copy can travel to a worker thread.
struct QueueContext
{
    qint64 nowUtc = 0;    // UTC epoch seconds, read from the injected Clock by the owner
    QString myLogin;      // the signed-in user, for "My open tickets" and "assignee: me"
    int dueSoonHours = 4; // "Due soon": at most this many business hours left
    sla::SlaClock slaClock = sla::SlaClock::standard();
};

} // namespace deskside::ui

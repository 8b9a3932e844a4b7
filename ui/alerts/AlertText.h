#pragma once

#include "api/AlertJson.h"
#include "api/AlertRequests.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace deskside::ui {

// How alerts read and look in the pop-up and the On-call view: the severity has a
// colour, an icon whose shape differs (information, warning, critical) and a name, so
// it never depends on colour alone.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(deskside::ui::AlertText)

public:
    static QString severity(oncall::Severity severity); // "CRITICAL"
    static QColor severityColor(oncall::Severity severity);
    static QIcon severityIcon(oncall::Severity severity);
    // "4 min 05 s", "2 h 03 min", "3 d 4 h"; never negative.
    static QString elapsed(qint64 seconds);
    // "Tier 2 (round 1) of policy default", or "Not escalated yet".
    static QString tier(const api::AlertRecord &alert);
    // The others paged for the alert, without login: "maria, eve" or "nobody else".
    static QString othersNotified(const api::AlertRecord &alert, const QString &login);
    // "Triggered", "Acknowledged by sam", "Resolved by the monitor".
    static QString status(const api::AlertRecord &alert);
    // One timeline entry for people: "16:00:01 notified sam, maria (tier 1)".
    static QString timelineEntry(const api::AlertEvent &event);
    // "Acknowledging…", and the failure "Could not acknowledge: <why>".
    static QString progress(api::AlertAction action);
    static QString failure(api::AlertAction action, const QString &message);
    static QString success(api::AlertAction action);
};

} // namespace deskside::ui

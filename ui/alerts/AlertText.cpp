#include "alerts/AlertText.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using oncall::Severity;

QString AlertText::severity(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return tr("MINOR");
    case Severity::Moderate:
        return tr("MODERATE");
    case Severity::Major:
        return tr("MAJOR");
    case Severity::Critical:
        return tr("CRITICAL");
    case Severity::Catastrophic:
        return tr("CATASTROPHIC");
    }
    return tr("MAJOR");
}

QColor AlertText::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return QColor(0x1e, 0x6f, 0xb8); // blue
    case Severity::Moderate:
        return QColor(0xb8, 0x86, 0x0b); // dark amber
    case Severity::Major:
        return QColor(0xd3, 0x5f, 0x00); // orange
    case Severity::Critical:
        return QColor(0xc0, 0x1c, 0x28); // red
    case Severity::Catastrophic:
        return QColor(0x6d, 0x00, 0x6d); // purple
    }
    return QColor(0xd3, 0x5f, 0x00);
}

QIcon AlertText::severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Minor:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Moderate:
    case Severity::Major:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Critical:
    case Severity::Catastrophic:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString AlertText::elapsed(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    if (days > 0) {
        return tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 min %2 s").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString AlertText::tier(const api::AlertRecord &alert)
{
    if (alert.tier < 0) {
        return tr("Not escalated yet (policy %1)").arg(alert.policy);
    }
    if (alert.round > 0) {
        return tr("Tier %1, repeat %2, of policy %3")
            .arg(alert.tier + 1)
            .arg(alert.round)
            .arg(alert.policy);
    }
    return tr("Tier %1 of policy %2").arg(alert.tier + 1).arg(alert.policy);
}

QString AlertText::othersNotified(const api::AlertRecord &alert, const QString &login)
{
    QStringList others = alert.notified;
    others.removeAll(login);
    return others.isEmpty() ? tr("nobody else") : others.join(u", "_s);
}

QString AlertText::status(const api::AlertRecord &alert)
{
    switch (alert.status) {
    case api::AlertRecord::Status::Triggered:
        return tr("Triggered");
    case api::AlertRecord::Status::Acknowledged:
        return tr("Acknowledged by %1").arg(alert.acknowledgedBy);
    case api::AlertRecord::Status::Resolved:
        return alert.resolvedBy.isEmpty() ? tr("Resolved by the monitor")
                                          : tr("Resolved by %1").arg(alert.resolvedBy);
    }
    return {};
}

QString AlertText::timelineEntry(const api::AlertEvent &event)
{
    const QString when = event.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QString text = event.actor.isEmpty() ? tr("%1  %2").arg(when, event.kind)
                                         : tr("%1  %2 by %3").arg(when, event.kind, event.actor);
    if (!event.people.isEmpty()) {
        text += u"  "_s + event.people.join(u", "_s);
    }
    if (event.tier >= 0) {
        text += tr(" (tier %1)").arg(event.tier + 1);
    }
    if (!event.detail.isEmpty()) {
        text += u" — "_s + event.detail;
    }
    return text;
}

QString AlertText::progress(api::AlertAction action)
{
    switch (action) {
    case api::AlertAction::Acknowledge:
        return tr("Acknowledging…");
    case api::AlertAction::Resolve:
        return tr("Resolving…");
    case api::AlertAction::Escalate:
        return tr("Escalating…");
    }
    return {};
}

QString AlertText::failure(api::AlertAction action, const QString &message)
{
    switch (action) {
    case api::AlertAction::Acknowledge:
        return tr("Could not acknowledge: %1").arg(message);
    case api::AlertAction::Resolve:
        return tr("Could not resolve: %1").arg(message);
    case api::AlertAction::Escalate:
        return tr("Could not escalate: %1").arg(message);
    }
    return message;
}

QString AlertText::success(api::AlertAction action)
{
    switch (action) {
    case api::AlertAction::Acknowledge:
        return tr("Acknowledged.");
    case api::AlertAction::Resolve:
        return tr("Resolved.");
    case api::AlertAction::Escalate:
        return tr("Escalated to the next tier.");
    }
    return {};
}

} // namespace deskside::ui

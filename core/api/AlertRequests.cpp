#include "api/AlertRequests.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace deskside::api {

QString alertActionName(AlertAction action)
{
    switch (action) {
    case AlertAction::Acknowledge:
        return u"acknowledge"_s;
    case AlertAction::Resolve:
        return u"resolve"_s;
    case AlertAction::Escalate:
        return u"escalate"_s;
    }
    return u"acknowledge"_s;
}

std::optional<AlertAction> alertActionFromName(const QString &name)
{
    for (auto action : {AlertAction::Acknowledge, AlertAction::Resolve, AlertAction::Escalate}) {
        if (alertActionName(action) == name) {
            return action;
        }
    }
    return std::nullopt;
}

QString alertActionPath(qint64 alertId, AlertAction action)
{
    return u"/api/v1/alerts/%1/%2"_s.arg(alertId).arg(alertActionName(action));
}

QString schedulesPath()
{
    return u"/api/v1/schedules"_s;
}

QString scheduleOverridesPath(const QString &scheduleId)
{
    return u"/api/v1/schedules/%1/overrides"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(scheduleId)));
}

QString scheduleOverridePath(const QString &scheduleId, qint64 overrideId)
{
    return scheduleOverridesPath(scheduleId) + u"/%1"_s.arg(overrideId);
}

QString alertsPath(const QString &status)
{
    return u"/api/v1/alerts?status=%1"_s.arg(status);
}

} // namespace deskside::api

#pragma once

#include "alerts/AlertSignal.h"
#include "base/Result.h"

#include <QList>

namespace deskside::server {

// A Prometheus Alertmanager webhook (payload version "4"): one signal per alert, keyed
// by its fingerprint, firing or resolved by the alert's own status. Severity from the
// "severity" label (critical/page → critical, major/error → major, warning → moderate,
// info/minor → minor, catastrophic → catastrophic, otherwise major); scenario from the
// "scenario" label. Errors name the field ("alerts[2].fingerprint").
class AlertmanagerPayload
{
public:
    static Result<QList<AlertSignal>> decode(const QByteArray &body, const QString &integration);
    static oncall::Severity severityForLabel(const QString &label);
};

} // namespace deskside::server

#pragma once

#include "oncall/Severity.h"

#include <QJsonObject>
#include <QString>

namespace deskside::server {

// What a monitor said about one alert, whatever its format (SNS/CloudWatch,
// Alertmanager or the generic API): the ingestion routes decode into this and hand
// it to AlertStore::ingest().
struct AlertSignal
{
    QString source;      // "sns", "alertmanager" or "generic"
    QString integration; // the integration's name, or the SNS topic ARN
    QString key;        // stable identity within source + integration (alarm ARN, fingerprint, …)
    bool firing = true; // false: the monitor reports it resolved (CloudWatch OK, "resolved")
    oncall::Severity severity = oncall::Severity::Major;
    QString summary;
    QString scenario;    // runbook type ("system_outage"); empty: "system_outage"
    QJsonObject details; // source-specific facts shown with the alert
};

} // namespace deskside::server

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Monitor payloads written from the published formats: the CloudWatch alarm JSON that
// SNS carries in Message, and the Alertmanager webhook (version 4).
namespace AlertFixtures {

inline constexpr auto AlarmArn = "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-5xx-rate";

// A CloudWatch alarm state change, as JSON text (the SNS Message).
QString cloudWatchAlarm(const QString &newState, const QString &oldState = QStringLiteral("OK"),
                        const QString &description =
                            QStringLiteral("API 5xx rate above 5% for 5 minutes severity=critical"),
                        bool withArn = true);

// One alert of an Alertmanager webhook.
QJsonObject alertmanagerAlert(const QString &fingerprint, const QString &status,
                              const QString &severity, const QString &alertname);
// The webhook body around these alerts (status: the group's, firing or resolved).
QJsonObject alertmanagerPayload(const QString &status, const QJsonArray &alerts);

} // namespace AlertFixtures

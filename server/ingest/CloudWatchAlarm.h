#pragma once

#include "alerts/AlertSignal.h"
#include "base/Result.h"

#include <optional>

namespace deskside::server {

// The CloudWatch alarm JSON that SNS carries in a Notification's Message.
// ALARM → a firing signal, OK → resolved, INSUFFICIENT_DATA → nullopt (ignored).
// key: AlarmArn, else "<AWSAccountId>/<Region>/<AlarmName>"; severity from a
// "severity=<name>" or "[<name>]" token in AlarmDescription (else major); scenario from
// a "scenario=<type>" token (else system_outage). Errors name the field.
class CloudWatchAlarm
{
public:
    static Result<std::optional<AlertSignal>> decode(const QString &message,
                                                     const QString &topicArn);
};

} // namespace deskside::server

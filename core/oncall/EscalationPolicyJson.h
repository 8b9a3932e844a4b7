#pragma once

#include "base/Result.h"
#include "oncall/EscalationPolicy.h"

#include <QByteArray>

namespace deskside::oncall {

// The JSON form of an escalation policy:
//   {"id": "default", "name": "Default", "repeat": 1,
//    "tiers": [{"wait_minutes": 10, "targets": [{"schedule": "primary"}]},
//              {"wait_minutes": 15, "targets": [{"user": "maria"}, {"team": "support-leads"}]},
//              {"wait_minutes": 30, "targets": [{"everyone": true}]}]}
// Each target names exactly one of user, schedule, team or everyone (true).
// "name" defaults to the id and "repeat" to 0. Errors name `sourceName` and the field.
Result<EscalationPolicy> policyFromJson(const QByteArray &json, const QString &sourceName);
QByteArray policyToJson(const EscalationPolicy &policy);
Result<EscalationPolicy> loadPolicyFile(const QString &path);

} // namespace deskside::oncall

#pragma once

#include "alerts/AlertSignal.h"
#include "base/Result.h"

namespace deskside::server {

// The generic alert API's body:
// {"key":"db-disk","summary":"…","severity":"major","status":"firing|resolved",
//  "scenario":"system_outage","details":{…}}.
// key is required, summary too when firing; severity defaults to major, status to
// firing, scenario to system_outage. Errors name the field.
class GenericAlert
{
public:
    static constexpr qsizetype MaxKey = 200;

    static Result<AlertSignal> decode(const QByteArray &body, const QString &integration);
};

} // namespace deskside::server

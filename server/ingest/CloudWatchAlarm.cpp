#include "ingest/CloudWatchAlarm.h"

#include "ingest/AlertText.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

Error fieldError(const QString &field, const QString &problem)
{
    return makeError(field, u"the CloudWatch alarm's %1 %2"_s.arg(field, problem));
}

oncall::Severity severityIn(const QString &description)
{
    static const QRegularExpression keyed(u"severity=([A-Za-z]+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bracketed(u"\\[([A-Za-z]+)\\]"_s);
    for (const QRegularExpression *pattern : {&keyed, &bracketed}) {
        for (const auto &match : pattern->globalMatch(description)) {
            if (const auto severity = oncall::severityFromName(match.captured(1))) {
                return *severity;
            }
        }
    }
    return oncall::Severity::Major;
}

QString scenarioIn(const QString &description)
{
    static const QRegularExpression keyed(u"scenario=([A-Za-z0-9_]+)"_s);
    const auto match = keyed.match(description);
    return match.hasMatch() ? match.captured(1).toLower() : u"system_outage"_s;
}

} // namespace

Result<std::optional<AlertSignal>> CloudWatchAlarm::decode(const QString &message,
                                                           const QString &topicArn)
{
    const QJsonObject alarm = QJsonDocument::fromJson(message.toUtf8()).object();
    if (alarm.isEmpty()) {
        return makeError(u"Message"_s,
                         u"the SNS message's Message is not a CloudWatch alarm (JSON object)"_s);
    }
    const QString name = alarm.value(u"AlarmName"_s).toString();
    const QString state = alarm.value(u"NewStateValue"_s).toString();
    if (name.isEmpty()) {
        return fieldError(u"AlarmName"_s, u"is missing"_s);
    }
    if (state == u"INSUFFICIENT_DATA"_s) {
        return std::optional<AlertSignal>();
    }
    if (state != u"ALARM"_s && state != u"OK"_s) {
        return fieldError(u"NewStateValue"_s,
                          u"'%1' is not ALARM, OK or INSUFFICIENT_DATA"_s.arg(state));
    }
    AlertSignal signal;
    signal.source = u"sns"_s;
    signal.integration = topicArn;
    signal.key = alarm.value(u"AlarmArn"_s).toString();
    if (signal.key.isEmpty()) {
        const QString account = alarm.value(u"AWSAccountId"_s).toString();
        const QString region = alarm.value(u"Region"_s).toString();
        if (account.isEmpty() || region.isEmpty()) {
            return fieldError(account.isEmpty() ? u"AWSAccountId"_s : u"Region"_s,
                              u"is missing (needed without AlarmArn)"_s);
        }
        signal.key = u"%1/%2/%3"_s.arg(account, region, name);
    }
    signal.firing = state == u"ALARM"_s;
    const QString description = alarm.value(u"AlarmDescription"_s).toString();
    signal.severity = severityIn(description);
    signal.scenario = scenarioIn(description);
    const QString reason = alarm.value(u"NewStateReason"_s).toString();
    signal.summary = AlertText::summary(name, reason);
    signal.details = AlertText::pick(alarm, {{u"AlarmDescription"_s, u"description"_s},
                                             {u"AWSAccountId"_s, u"account"_s},
                                             {u"Region"_s, u"region"_s},
                                             {u"AlarmArn"_s, u"alarm_arn"_s},
                                             {u"NewStateValue"_s, u"state"_s},
                                             {u"OldStateValue"_s, u"old_state"_s},
                                             {u"NewStateReason"_s, u"reason"_s},
                                             {u"StateChangeTime"_s, u"state_change_time"_s},
                                             {u"Trigger"_s, u"trigger"_s}});
    signal.details.insert(u"alarm"_s, name);
    return std::optional<AlertSignal>(signal);
}

} // namespace deskside::server

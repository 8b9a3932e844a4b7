#include "ingest/GenericAlert.h"

#include "ingest/AlertText.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

Error fieldError(const QString &field, const QString &problem)
{
    return makeError(field, u"the alert's %1 %2"_s.arg(field, problem));
}

// The string at key, or `fallback` when absent; an error when present but not a string.
Result<QString> text(const QJsonObject &body, const QString &key, const QString &fallback = {})
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    if (!value.isString()) {
        return fieldError(key, u"must be a string"_s);
    }
    return value.toString().trimmed();
}

} // namespace

Result<AlertSignal> GenericAlert::decode(const QByteArray &bytes, const QString &integration)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(u"json"_s, u"the alert is not a JSON object"_s);
    }
    const QJsonObject body = document.object();
    const auto key = text(body, u"key"_s);
    const auto summary = text(body, u"summary"_s);
    const auto severity = text(body, u"severity"_s, u"major"_s);
    const auto status = text(body, u"status"_s, u"firing"_s);
    const auto scenario = text(body, u"scenario"_s, u"system_outage"_s);
    for (const auto *field : {&key, &summary, &severity, &status, &scenario}) {
        if (!*field) {
            return field->error();
        }
    }
    if (key->isEmpty() || key->size() > MaxKey) {
        return fieldError(u"key"_s, u"must be 1 to %1 characters"_s.arg(MaxKey));
    }
    if (*status != u"firing"_s && *status != u"resolved"_s) {
        return fieldError(u"status"_s, u"must be firing or resolved, not '%1'"_s.arg(*status));
    }
    if (*status == u"firing"_s && summary->isEmpty()) {
        return fieldError(u"summary"_s, u"is missing (a firing alert needs one)"_s);
    }
    const auto level = oncall::severityFromName(*severity);
    if (!level) {
        return fieldError(u"severity"_s, u"'%1' is not one of %2"_s.arg(
                                             *severity, oncall::severityNames().join(u", "_s)));
    }
    static const QRegularExpression scenarioName(u"^[a-z0-9_]{1,64}$"_s);
    if (!scenarioName.match(*scenario).hasMatch()) {
        return fieldError(u"scenario"_s,
                          u"must be a scenario type such as system_outage (a-z, 0-9, _)"_s);
    }
    const QJsonValue details = body.value(u"details"_s);
    if (!details.isUndefined() && !details.isNull() && !details.isObject()) {
        return fieldError(u"details"_s, u"must be an object"_s);
    }
    AlertSignal signal;
    signal.source = u"generic"_s;
    signal.integration = integration;
    signal.key = *key;
    signal.firing = *status == u"firing"_s;
    signal.severity = *level;
    signal.summary = AlertText::summary({}, *summary);
    signal.scenario = *scenario;
    signal.details = details.toObject();
    return signal;
}

} // namespace deskside::server

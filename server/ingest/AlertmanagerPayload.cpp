#include "ingest/AlertmanagerPayload.h"

#include "ingest/AlertText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

Error fieldError(const QString &field, const QString &problem)
{
    return makeError(field, u"the Alertmanager payload's %1 %2"_s.arg(field, problem));
}

Result<AlertSignal> decodeAlert(const QJsonObject &alert, const QString &where,
                                const QJsonObject &payload, const QString &integration)
{
    AlertSignal signal;
    signal.source = u"alertmanager"_s;
    signal.integration = integration;
    signal.key = alert.value(u"fingerprint"_s).toString();
    if (signal.key.isEmpty()) {
        return fieldError(where + u".fingerprint"_s, u"is missing"_s);
    }
    const QString status = alert.value(u"status"_s).toString();
    if (status != u"firing"_s && status != u"resolved"_s) {
        return fieldError(where + u".status"_s, u"must be firing or resolved"_s);
    }
    signal.firing = status == u"firing"_s;
    const QJsonValue labelsValue = alert.value(u"labels"_s);
    if (!labelsValue.isObject()) {
        return fieldError(where + u".labels"_s, u"must be an object"_s);
    }
    const QJsonObject labels = labelsValue.toObject();
    const QJsonObject annotations = alert.value(u"annotations"_s).toObject();
    signal.severity = AlertmanagerPayload::severityForLabel(labels.value(u"severity"_s).toString());
    signal.scenario = labels.value(u"scenario"_s).toString();
    if (signal.scenario.isEmpty()) {
        signal.scenario = u"system_outage"_s;
    }
    QString text = annotations.value(u"summary"_s).toString();
    if (text.isEmpty()) {
        text = annotations.value(u"description"_s).toString();
    }
    signal.summary = AlertText::summary(labels.value(u"alertname"_s).toString(), text);
    if (signal.summary.isEmpty()) {
        signal.summary = AlertText::summary(u"Alert"_s, signal.key);
    }
    signal.details = AlertText::pick(alert, {{u"labels"_s, u"labels"_s},
                                             {u"annotations"_s, u"annotations"_s},
                                             {u"startsAt"_s, u"starts_at"_s},
                                             {u"endsAt"_s, u"ends_at"_s},
                                             {u"generatorURL"_s, u"generator_url"_s}});
    const QJsonObject group = AlertText::pick(payload, {{u"receiver"_s, u"receiver"_s},
                                                        {u"externalURL"_s, u"external_url"_s},
                                                        {u"groupKey"_s, u"group_key"_s}});
    for (auto it = group.begin(); it != group.end(); ++it) {
        signal.details.insert(it.key(), it.value());
    }
    return signal;
}

} // namespace

oncall::Severity AlertmanagerPayload::severityForLabel(const QString &label)
{
    using oncall::Severity;
    const QString name = label.trimmed().toLower();
    if (name == u"critical"_s || name == u"page"_s) {
        return Severity::Critical;
    }
    if (name == u"warning"_s) {
        return Severity::Moderate;
    }
    if (name == u"info"_s || name == u"minor"_s) {
        return Severity::Minor;
    }
    if (name == u"catastrophic"_s) {
        return Severity::Catastrophic;
    }
    return Severity::Major; // major, error and anything else
}

Result<QList<AlertSignal>> AlertmanagerPayload::decode(const QByteArray &body,
                                                       const QString &integration)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(u"json"_s, u"the Alertmanager payload is not a JSON object"_s);
    }
    const QJsonObject payload = document.object();
    const QString version = payload.value(u"version"_s).toString();
    if (version != u"4"_s) {
        return fieldError(u"version"_s,
                          u"is '%1'; only payload version \"4\" is understood"_s.arg(version));
    }
    const QJsonValue alertsValue = payload.value(u"alerts"_s);
    if (!alertsValue.isArray()) {
        return fieldError(u"alerts"_s, u"must be an array"_s);
    }
    const QJsonArray alerts = alertsValue.toArray();
    QList<AlertSignal> signals_;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString where = u"alerts[%1]"_s.arg(i);
        if (!alerts.at(i).isObject()) {
            return fieldError(where, u"must be an object"_s);
        }
        auto signal = decodeAlert(alerts.at(i).toObject(), where, payload, integration);
        if (!signal) {
            return signal.error();
        }
        signals_.append(signal.value());
    }
    return signals_;
}

} // namespace deskside::server

#include "AlertFixtures.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AlertFixtures {

QString cloudWatchAlarm(const QString &newState, const QString &oldState,
                        const QString &description, bool withArn)
{
    QJsonObject alarm{
        {u"AlarmName"_s, u"api-5xx-rate"_s},
        {u"AlarmDescription"_s, description},
        {u"AWSAccountId"_s, u"123456789012"_s},
        {u"AlarmConfigurationUpdatedTimestamp"_s, u"2026-03-01T10:12:43.512+0000"_s},
        {u"NewStateValue"_s, newState},
        {u"NewStateReason"_s,
         u"Threshold Crossed: 1 out of the last 1 datapoints [7.25 (09/03/26 14:55:00)] was "
         "greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition)."_s},
        {u"StateChangeTime"_s, u"2026-03-09T15:00:00.123+0000"_s},
        {u"Region"_s, u"EU (Ireland)"_s},
        {u"OldStateValue"_s, oldState},
        {u"OKActions"_s, QJsonArray{}},
        {u"AlarmActions"_s, QJsonArray{u"arn:aws:sns:eu-west-1:123456789012:ops-alarms"_s}},
        {u"InsufficientDataActions"_s, QJsonArray{}},
        {u"Trigger"_s,
         QJsonObject{{u"MetricName"_s, u"5XXError"_s},
                     {u"Namespace"_s, u"AWS/ApiGateway"_s},
                     {u"StatisticType"_s, u"Statistic"_s},
                     {u"Statistic"_s, u"AVERAGE"_s},
                     {u"Unit"_s, QJsonValue()},
                     {u"Dimensions"_s, QJsonArray{QJsonObject{{u"value"_s, u"orders-api"_s},
                                                              {u"name"_s, u"ApiName"_s}}}},
                     {u"Period"_s, 300},
                     {u"EvaluationPeriods"_s, 1},
                     {u"ComparisonOperator"_s, u"GreaterThanThreshold"_s},
                     {u"Threshold"_s, 5.0},
                     {u"TreatMissingData"_s, u"missing"_s},
                     {u"EvaluateLowSampleCountPercentile"_s, u""_s}}}};
    if (withArn) {
        alarm.insert(u"AlarmArn"_s, QString::fromLatin1(AlarmArn));
    }
    return QString::fromUtf8(QJsonDocument(alarm).toJson(QJsonDocument::Compact));
}

QJsonObject alertmanagerAlert(const QString &fingerprint, const QString &status,
                              const QString &severity, const QString &alertname)
{
    const bool resolved = status == u"resolved"_s;
    return {
        {u"status"_s, status},
        {u"labels"_s, QJsonObject{{u"alertname"_s, alertname},
                                  {u"instance"_s, u"db-1:9100"_s},
                                  {u"job"_s, u"node"_s},
                                  {u"severity"_s, severity}}},
        {u"annotations"_s, QJsonObject{{u"summary"_s, u"Disk almost full on db-1"_s},
                                       {u"description"_s, u"/var/lib/postgresql is 93% full."_s}}},
        {u"startsAt"_s, u"2026-03-09T14:58:00.000Z"_s},
        {u"endsAt"_s, resolved ? u"2026-03-09T15:04:00.000Z"_s : u"0001-01-01T00:00:00Z"_s},
        {u"generatorURL"_s,
         u"http://prometheus.example:9090/graph?g0.expr=node_filesystem_avail_bytes"_s},
        {u"fingerprint"_s, fingerprint}};
}

QJsonObject alertmanagerPayload(const QString &status, const QJsonArray &alerts)
{
    const QJsonObject first = alerts.isEmpty() ? QJsonObject() : alerts.first().toObject();
    const QJsonObject labels = first.value(u"labels"_s).toObject();
    return {{u"version"_s, u"4"_s},
            {u"groupKey"_s, u"{}:{alertname=\"DiskFull\"}"_s},
            {u"truncatedAlerts"_s, 0},
            {u"status"_s, status},
            {u"receiver"_s, u"deskside"_s},
            {u"groupLabels"_s, QJsonObject{{u"alertname"_s, labels.value(u"alertname"_s)}}},
            {u"commonLabels"_s, labels},
            {u"commonAnnotations"_s, first.value(u"annotations"_s)},
            {u"externalURL"_s, u"http://alertmanager.example:9093"_s},
            {u"alerts"_s, alerts}};
}

} // namespace AlertFixtures

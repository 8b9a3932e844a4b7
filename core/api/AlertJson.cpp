#include "api/AlertJson.h"

#include "base/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deskside::api {

namespace {

// A time field: required ones must be ISO-8601 strings; optional ones may be null/absent.
Result<std::optional<QDateTime>> readTime(const QJsonObject &object, const QString &field,
                                          bool required)
{
    const QJsonValue value = object.value(field);
    if (!value.isString()) {
        if (!required && (value.isNull() || value.isUndefined())) {
            return std::optional<QDateTime>();
        }
        return makeError(field, u"'%1' must be an ISO-8601 time"_s.arg(field));
    }
    auto parsed = iso::parse(value.toString());
    if (!parsed) {
        return makeError(field, u"'%1' is not an ISO-8601 time"_s.arg(field));
    }
    return std::optional<QDateTime>(parsed.value());
}

// A string field that may be null or absent (→ empty) but not another type.
Result<QString> readText(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    if (!value.isString()) {
        return makeError(field, u"'%1' must be a string"_s.arg(field));
    }
    return value.toString();
}

Result<QStringList> readStrings(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined()) {
        return QStringList();
    }
    if (!value.isArray()) {
        return makeError(field, u"'%1' must be an array of strings"_s.arg(field));
    }
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            return makeError(field, u"'%1' must be an array of strings"_s.arg(field));
        }
        strings.append(item.toString());
    }
    return strings;
}

// An integer field that may be null/absent (→ fallback).
Result<qint64> readInteger(const QJsonObject &object, const QString &field, qint64 fallback)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined()) {
        return fallback;
    }
    if (!value.isDouble()) {
        return makeError(field, u"'%1' must be a whole number"_s.arg(field));
    }
    return value.toInteger();
}

std::optional<AlertRecord::Status> statusFromName(const QString &name)
{
    for (auto status : {AlertRecord::Status::Triggered, AlertRecord::Status::Acknowledged,
                        AlertRecord::Status::Resolved}) {
        if (alertStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

Result<AlertRunbook> readRunbook(const QJsonObject &object)
{
    const QJsonValue value = object.value(u"runbook"_s);
    if (value.isNull() || value.isUndefined()) {
        return AlertRunbook();
    }
    if (!value.isObject()) {
        return makeError(u"runbook"_s, u"'runbook' must be an object"_s);
    }
    const QJsonObject runbook = value.toObject();
    auto steps = readStrings(runbook, u"steps"_s);
    auto contacts = readStrings(runbook, u"contacts"_s);
    if (!steps || !contacts) {
        return makeError(u"runbook"_s, u"'runbook' steps and contacts must be strings"_s);
    }
    return AlertRunbook{runbook.value(u"type"_s).toString(), runbook.value(u"title"_s).toString(),
                        steps.value(), contacts.value(),
                        runbook.value(u"communication"_s).toString()};
}

Result<AlertEvent> readEvent(const QJsonValue &value)
{
    if (!value.isObject()) {
        return makeError(u"timeline"_s, u"a timeline entry is not an object"_s);
    }
    const QJsonObject object = value.toObject();
    auto at = readTime(object, u"at"_s, true);
    auto kind = readText(object, u"kind"_s);
    auto actor = readText(object, u"actor"_s);
    auto tier = readInteger(object, u"tier"_s, -1);
    auto round = readInteger(object, u"round"_s, 0);
    auto people = readStrings(object, u"people"_s);
    auto detail = readText(object, u"detail"_s);
    if (!at || !kind || kind.value().isEmpty() || !actor || !tier || !round || !people || !detail) {
        return makeError(u"timeline"_s, u"a timeline entry is malformed"_s);
    }
    return AlertEvent{*at.value(),        kind.value(),   actor.value(), int(tier.value()),
                      int(round.value()), people.value(), detail.value()};
}

// The fields about who acted and when (acknowledged_*, resolved_*).
Status readActions(const QJsonObject &object, AlertRecord &alert)
{
    auto acknowledgedAt = readTime(object, u"acknowledged_at"_s, false);
    auto acknowledgedBy = readText(object, u"acknowledged_by"_s);
    auto resolvedAt = readTime(object, u"resolved_at"_s, false);
    auto resolvedBy = readText(object, u"resolved_by"_s);
    auto next = readTime(object, u"next_escalation_at"_s, false);
    for (const Error *error :
         {acknowledgedAt ? nullptr : &acknowledgedAt.error(),
          acknowledgedBy ? nullptr : &acknowledgedBy.error(),
          resolvedAt ? nullptr : &resolvedAt.error(), resolvedBy ? nullptr : &resolvedBy.error(),
          next ? nullptr : &next.error()}) {
        if (error) {
            return *error;
        }
    }
    alert.acknowledgedAt = acknowledgedAt.value();
    alert.acknowledgedBy = acknowledgedBy.value();
    alert.resolvedAt = resolvedAt.value();
    alert.resolvedBy = resolvedBy.value();
    alert.nextEscalationAt = next.value();
    return {};
}

} // namespace

QString alertStatusName(AlertRecord::Status status)
{
    switch (status) {
    case AlertRecord::Status::Triggered:
        return u"triggered"_s;
    case AlertRecord::Status::Acknowledged:
        return u"acknowledged"_s;
    case AlertRecord::Status::Resolved:
        return u"resolved"_s;
    }
    return u"triggered"_s;
}

Result<AlertRecord> alertFromJson(const QJsonObject &object)
{
    AlertRecord alert;
    alert.id = object.value(u"id"_s).toInteger();
    if (alert.id <= 0) {
        return makeError(u"id"_s, u"'id' must be a positive integer"_s);
    }
    alert.version = object.value(u"version"_s).toInteger();
    if (alert.version <= 0) {
        return makeError(u"version"_s, u"'version' must be a positive integer"_s);
    }
    const auto severity = oncall::severityFromName(object.value(u"severity"_s).toString());
    if (!severity) {
        return makeError(u"severity"_s, u"'severity' must be one of %1"_s.arg(
                                            oncall::severityNames().join(u", "_s)));
    }
    alert.severity = *severity;
    const auto status = statusFromName(object.value(u"status"_s).toString());
    if (!status) {
        return makeError(u"status"_s, u"'status' must be triggered, acknowledged or resolved"_s);
    }
    alert.status = *status;
    auto raised = readTime(object, u"raised_at"_s, true);
    if (!raised) {
        return raised.error();
    }
    alert.raisedAt = *raised.value();
    auto updated = readTime(object, u"updated_at"_s, false);
    if (!updated) {
        return updated.error();
    }
    alert.updatedAt = updated.value().value_or(alert.raisedAt);
    if (const Status actions = readActions(object, alert); !actions) {
        return actions.error();
    }
    for (const QString &field : {u"source"_s, u"integration"_s, u"summary"_s, u"policy"_s}) {
        auto text = readText(object, field);
        if (!text) {
            return text.error();
        }
    }
    alert.source = object.value(u"source"_s).toString();
    alert.integration = object.value(u"integration"_s).toString();
    alert.summary = object.value(u"summary"_s).toString();
    alert.policy = object.value(u"policy"_s).toString();
    alert.details = object.value(u"details"_s).toObject();
    auto tier = readInteger(object, u"tier"_s, -1);
    auto round = readInteger(object, u"round"_s, 0);
    if (!tier || !round) {
        return tier ? round.error() : tier.error();
    }
    alert.tier = int(tier.value());
    alert.round = int(round.value());
    auto notified = readStrings(object, u"notified"_s);
    if (!notified) {
        return notified.error();
    }
    alert.notified = notified.value();
    auto runbook = readRunbook(object);
    if (!runbook) {
        return runbook.error();
    }
    alert.runbook = runbook.value();
    const QJsonValue timeline = object.value(u"timeline"_s);
    if (!timeline.isUndefined() && !timeline.isNull() && !timeline.isArray()) {
        return makeError(u"timeline"_s, u"'timeline' must be an array"_s);
    }
    for (const QJsonValue &value : timeline.toArray()) {
        auto event = readEvent(value);
        if (!event) {
            return event.error();
        }
        alert.timeline.append(event.value());
    }
    return alert;
}

Result<UserNotification> notificationFromJson(const QJsonObject &object)
{
    UserNotification notification;
    notification.id = object.value(u"id"_s).toInteger();
    if (notification.id <= 0) {
        return makeError(u"id"_s, u"'id' must be a positive integer"_s);
    }
    for (const QString &field : {u"kind"_s, u"login"_s}) {
        if (object.value(field).toString().isEmpty()) {
            return makeError(field, u"'%1' must be a non-empty string"_s.arg(field));
        }
    }
    for (const QString &field : {u"title"_s, u"body"_s}) {
        if (auto text = readText(object, field); !text) {
            return text.error();
        }
    }
    auto alertId = readInteger(object, u"alert_id"_s, 0);
    auto ticketId = readInteger(object, u"ticket_id"_s, 0);
    if (!alertId || !ticketId) {
        return alertId ? ticketId.error() : alertId.error();
    }
    auto at = readTime(object, u"at"_s, true);
    if (!at) {
        return at.error();
    }
    notification.kind = object.value(u"kind"_s).toString();
    notification.login = object.value(u"login"_s).toString();
    notification.title = object.value(u"title"_s).toString();
    notification.body = object.value(u"body"_s).toString();
    notification.alertId = alertId.value();
    notification.ticketId = ticketId.value();
    notification.at = *at.value();
    return notification;
}

} // namespace deskside::api

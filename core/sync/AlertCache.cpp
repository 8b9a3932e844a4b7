#include "sync/AlertCache.h"

#include "sync/CacheDatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Status toStatus(const Result<QSqlQuery> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

Result<bool> AlertCache::storeAlert(const QJsonObject &alert)
{
    auto decoded = api::alertFromJson(alert);
    if (!decoded) {
        return makeError(u"bad_alert"_s, u"alert %1 from the server is malformed (%2): %3"_s
                                             .arg(alert.value(u"id"_s).toInteger())
                                             .arg(decoded.error().code, decoded.error().message));
    }
    const api::AlertRecord &record = decoded.value();
    auto query = m_db.exec(
        u"INSERT INTO alerts (id, version, status, updated_at, json) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET version = excluded.version, status = excluded.status,"
        " updated_at = excluded.updated_at, json = excluded.json"
        " WHERE excluded.version > alerts.version"_s,
        {record.id, record.version, api::alertStatusName(record.status),
         record.updatedAt.toSecsSinceEpoch(), compact(alert)});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected() > 0;
}

Result<bool> AlertCache::storeNotification(const QJsonObject &notification, qint64 seq)
{
    auto decoded = api::notificationFromJson(notification);
    if (!decoded) {
        return makeError(u"bad_notification"_s,
                         u"notification %1 from the server is malformed (%2): %3"_s
                             .arg(notification.value(u"id"_s).toInteger())
                             .arg(decoded.error().code, decoded.error().message));
    }
    auto query =
        m_db.exec(u"INSERT OR IGNORE INTO notifications (id, seq, json) VALUES (?, ?, ?)"_s,
                  {decoded.value().id, seq, compact(notification)});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected() > 0;
}

Status AlertCache::prune()
{
    const Status alerts = toStatus(m_db.exec(
        u"DELETE FROM alerts WHERE status = 'resolved' AND id NOT IN (SELECT id FROM alerts"
        " WHERE status = 'resolved' ORDER BY updated_at DESC, id DESC LIMIT ?)"_s,
        {maxResolved}));
    if (!alerts) {
        return alerts;
    }
    return toStatus(m_db.exec(u"DELETE FROM notifications WHERE id NOT IN"
                              " (SELECT id FROM notifications ORDER BY id DESC LIMIT ?)"_s,
                              {maxNotifications}));
}

Result<QList<api::AlertRecord>> AlertCache::alerts() const
{
    auto query = m_db.exec(u"SELECT json FROM alerts"
                           " ORDER BY status = 'resolved', updated_at DESC, id DESC"_s);
    if (!query) {
        return query.error();
    }
    QList<api::AlertRecord> alerts;
    while (query.value().next()) {
        auto decoded = api::alertFromJson(parseObject(query.value().value(0)));
        if (!decoded) {
            return decoded.error();
        }
        alerts.append(std::move(decoded.value()));
    }
    return alerts;
}

Result<std::optional<api::AlertRecord>> AlertCache::alert(qint64 id) const
{
    auto json = m_db.scalar(u"SELECT json FROM alerts WHERE id = ?"_s, {id});
    if (!json) {
        if (json.error().code == u"not_found"_s) {
            return std::optional<api::AlertRecord>();
        }
        return json.error();
    }
    auto decoded = api::alertFromJson(parseObject(json.value()));
    if (!decoded) {
        return decoded.error();
    }
    return std::optional<api::AlertRecord>(std::move(decoded.value()));
}

Result<QList<api::UserNotification>> AlertCache::notifications(int limit) const
{
    auto query = m_db.exec(u"SELECT json FROM notifications ORDER BY id DESC LIMIT ?"_s, {limit});
    if (!query) {
        return query.error();
    }
    QList<api::UserNotification> notifications;
    while (query.value().next()) {
        auto decoded = api::notificationFromJson(parseObject(query.value().value(0)));
        if (!decoded) {
            return decoded.error();
        }
        notifications.append(std::move(decoded.value()));
    }
    return notifications;
}

} // namespace deskside::sync

#pragma once

#include "api/AlertJson.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace deskside::sync {

class CacheDatabase;

// The on-call part of the account's cache: the newest state of each alert the feed
// named (entity "alert") and the notifications addressed to the user (entity
// "notification"), each kept once by id. Runs inside the caller's transaction.
class AlertCache
{
public:
    explicit AlertCache(CacheDatabase &db)
        : m_db(db)
    {}

    // Stores the alert unless the cached one is as new (version); true when it changed.
    // A malformed alert is refused with a message naming it.
    Result<bool> storeAlert(const QJsonObject &alert);
    // Stores a notification; true when it was not known before.
    Result<bool> storeNotification(const QJsonObject &notification, qint64 seq);
    // Drops the oldest resolved alerts and notifications beyond the limits.
    Status prune();

    // Every cached alert, the open ones first, then newest first.
    Result<QList<api::AlertRecord>> alerts() const;
    Result<std::optional<api::AlertRecord>> alert(qint64 id) const;
    // The newest notifications first.
    Result<QList<api::UserNotification>> notifications(int limit = maxNotifications) const;

    static constexpr int maxResolved = 200;
    static constexpr int maxNotifications = 1000;

private:
    CacheDatabase &m_db;
};

} // namespace deskside::sync

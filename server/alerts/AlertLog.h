#pragma once

#include "alerts/AlertJson.h"
#include "base/Result.h"

#include <optional>

namespace deskside::server {

struct ServerContext;

// The rows behind an alert: reads an alert and its timeline, appends timeline events
// and records each change (version bump + an "alert" change-feed row for staff).
// Shared by AlertStore and the escalation engine; runs in the caller's transaction.
class AlertLog
{
public:
    explicit AlertLog(ServerContext &context)
        : m_context(context)
    {}

    // Error "not_found" when there is no such alert.
    Result<AlertRow> row(qint64 id) const;
    Result<QList<AlertEventRow>> events(qint64 id) const;
    Result<QJsonObject> json(qint64 id) const;

    Status addEvent(qint64 alertId, const AlertEventRow &event);
    // Bumps the version and updated_at and records the change in the feed.
    Status touch(qint64 alertId, qint64 now);
    // Everyone notified about the alert, optionally only at one tier of one round.
    Result<QStringList> notified(qint64 alertId,
                                 std::optional<std::pair<int, int>> tierRound = {}) const;
    // Tells everyone paged so far but the actor (kind alert_acknowledged / alert_resolved).
    Status tellPaged(qint64 alertId, const QString &actor, const QString &kind,
                     const QString &title, qint64 now);
    // Cancels the steps not fired yet.
    Status cancelPending(qint64 alertId);

private:
    ServerContext &m_context;
};

} // namespace deskside::server

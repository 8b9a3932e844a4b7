#pragma once

#include "alerts/AlertSignal.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace deskside::server {

struct AlertRow;
struct ServerContext;

// Alerts and their timelines (DESIGN.md section 3, on-call). Every method runs inside
// the caller's transaction (the request pipeline's, or the escalation engine's), writes
// the alert's new state, a timeline event and an "alert" change-feed entry (staff only)
// together, and bumps the alert's version.
class AlertStore
{
public:
    enum class Outcome
    {
        Opened,   // a new alert, with its escalation planned
        Updated,  // the open alert with the same key got the new facts
        Resolved, // the monitor's "resolved" closed the open alert
        Ignored   // "resolved" for a key with no open alert
    };
    struct Ingested
    {
        qint64 alertId = 0; // 0 when ignored
        Outcome outcome = Outcome::Ignored;
    };

    explicit AlertStore(ServerContext &context);

    // Opens, updates or resolves the alert the signal is about (deduplicated by
    // source + integration + key among alerts that are not resolved).
    Result<Ingested> ingest(const AlertSignal &signal, qint64 now);

    // The alert as JSON (see api/openapi.json "Alert"), with its timeline; an error
    // with code "not_found" when there is no such alert.
    Result<QJsonObject> load(qint64 id) const;
    // status: "open" (triggered or acknowledged), "all", or one status name.
    Result<QList<QJsonObject>> list(const QString &status, int limit) const;

    // Stops the escalation; errors "not_found", or "conflict" when already resolved.
    Result<QJsonObject> acknowledge(qint64 id, const QString &login, qint64 now);
    // Closes the alert (login empty: the monitor resolved it).
    Result<QJsonObject> resolve(qint64 id, const QString &login, qint64 now);
    // Brings the next pending tier forward to now (later tiers keep their spacing).
    Result<QJsonObject> escalateNow(qint64 id, const QString &login, qint64 now);

private:
    // Inserts a new alert and its planned escalation steps (the policy of its severity).
    Result<qint64> openAlert(const AlertSignal &signal, const QString &openKey, qint64 now);
    // Resolves an open alert: cancels its pending steps and tells everyone paged so far.
    Status closeAlert(qint64 id, const QString &login, qint64 now);
    // Runs work on the alert's current row in a transaction; returns the new JSON.
    Result<QJsonObject> change(qint64 id, const std::function<Status(const AlertRow &)> &work);

    ServerContext &m_context;
};

} // namespace deskside::server

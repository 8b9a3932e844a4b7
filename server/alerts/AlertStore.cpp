#include "alerts/AlertStore.h"

#include "ServerContext.h"
#include "alerts/AlertLog.h"
#include "alerts/EscalationEngine.h"
#include "db/Database.h"
#include "oncall/EscalationPlanner.h"
#include "oncall/PolicyStore.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString label(const AlertRow &alert)
{
    return u"[%1] %2"_s.arg(alert.severity, alert.summary);
}

QString actorName(const QString &login)
{
    return login.isEmpty() ? u"the monitor"_s : login;
}

// A NOT NULL text column: a null QString would bind NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// Runs the steps in order and stops at the first failure.
Status inOrder(std::initializer_list<std::function<Status()>> steps)
{
    for (const auto &step : steps) {
        if (Status done = step(); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

AlertStore::AlertStore(ServerContext &context)
    : m_context(context)
{}

Result<AlertStore::Ingested> AlertStore::ingest(const AlertSignal &signal, qint64 now)
{
    Ingested result;
    const QString openKey = signal.source + u'|' + signal.integration + u'|' + signal.key;
    const Status done = m_context.db->transaction([&]() -> Status {
        auto open = m_context.db->exec(u"SELECT id FROM alerts WHERE open_key = ?"_s, {openKey});
        if (!open) {
            return open.error();
        }
        if (!open.value().next()) {
            if (!signal.firing) {
                return {}; // Ignored: nothing open to resolve
            }
            auto opened = openAlert(signal, openKey, now);
            if (!opened) {
                return opened.error();
            }
            result = {opened.value(), Outcome::Opened};
            return {};
        }
        result.alertId = open.value().value(0).toLongLong();
        if (!signal.firing) {
            result.outcome = Outcome::Resolved;
            return closeAlert(result.alertId, {}, now);
        }
        result.outcome = Outcome::Updated;
        const QString details =
            QString::fromUtf8(QJsonDocument(signal.details).toJson(QJsonDocument::Compact));
        auto updated = m_context.db->exec(
            u"UPDATE alerts SET severity = ?, summary = ?, details = ? WHERE id = ?"_s,
            {oncall::severityName(signal.severity), text(signal.summary), details, result.alertId});
        if (!updated) {
            return updated.error();
        }
        AlertLog log(m_context);
        if (const Status added =
                log.addEvent(result.alertId, {now, u"updated"_s, {}, {}, {}, {}, signal.summary});
            !added) {
            return added;
        }
        return log.touch(result.alertId, now);
    });
    if (!done) {
        return done.error();
    }
    if (result.outcome == Outcome::Opened && m_context.escalation) {
        m_context.escalation->wake();
    }
    return result;
}

Result<qint64> AlertStore::openAlert(const AlertSignal &signal, const QString &openKey, qint64 now)
{
    auto policy = PolicyStore(*m_context.db).forSeverity(signal.severity);
    if (!policy) {
        return policy.error();
    }
    const QDateTime raised = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    auto plan = oncall::EscalationPlanner::plan(policy.value(), signal.severity, {raised, {}, {}});
    if (!plan) {
        return plan.error();
    }
    const QString scenario = signal.scenario.isEmpty() ? u"system_outage"_s : signal.scenario;
    const QString details =
        QString::fromUtf8(QJsonDocument(signal.details).toJson(QJsonDocument::Compact));
    auto id = m_context.db->scalar(
        u"INSERT INTO alerts (version, source, integration, dedup_key, open_key, severity,"
        " summary, details, scenario, policy, status, raised_at, updated_at)"
        " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'triggered', ?, ?) RETURNING id"_s,
        {text(signal.source), text(signal.integration), text(signal.key), openKey,
         oncall::severityName(signal.severity), text(signal.summary), details, scenario,
         policy.value().id(), now, now});
    if (!id) {
        return id.error();
    }
    const qint64 alertId = id.value().toLongLong();
    for (qsizetype step = 0; step < plan.value().size(); ++step) {
        const oncall::Notification &page = plan.value().at(step);
        auto inserted = m_context.db->exec(
            u"INSERT INTO escalation_steps (alert_id, step, due_at, tier, round, target_kind,"
            " target_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {alertId, step, page.at.toSecsSinceEpoch(), page.tier, page.round,
             oncall::targetKindName(page.target.kind), text(page.target.id)});
        if (!inserted) {
            return inserted.error();
        }
    }
    AlertLog log(m_context);
    const QString detail = u"%1 (policy %2)"_s.arg(signal.summary, policy.value().id());
    if (const Status added = log.addEvent(alertId, {now, u"raised"_s, {}, {}, {}, {}, detail});
        !added) {
        return added.error();
    }
    if (const Status touched = log.touch(alertId, now); !touched) {
        return touched.error();
    }
    return alertId;
}

Status AlertStore::closeAlert(qint64 id, const QString &login, qint64 now)
{
    AlertLog log(m_context);
    auto alert = log.row(id);
    if (!alert) {
        return alert.error();
    }
    auto done = m_context.db->exec(
        u"UPDATE alerts SET status = 'resolved', resolved_at = ?, resolved_by = ?,"
        " open_key = NULL WHERE id = ?"_s,
        {now, login.isEmpty() ? QVariant() : QVariant(login), id});
    if (!done) {
        return done.error();
    }
    const QString by = actorName(login);
    return inOrder({[&] { return log.cancelPending(id); },
                    [&] {
                        return log.addEvent(
                            id, {now, u"resolved"_s, login, {}, {}, {}, u"resolved by "_s + by});
                    },
                    [&] { return log.touch(id, now); },
                    [&] {
                        return log.tellPaged(id, login, u"alert_resolved"_s,
                                             u"Resolved by %1: %2"_s.arg(by, label(alert.value())),
                                             now);
                    }});
}

Result<QJsonObject> AlertStore::load(qint64 id) const
{
    return AlertLog(m_context).json(id);
}

Result<QList<QJsonObject>> AlertStore::list(const QString &status, int limit) const
{
    QString where;
    QVariantList binds;
    if (status == u"open"_s) {
        where = u" WHERE status <> 'resolved'"_s;
    } else if (status != u"all"_s) {
        where = u" WHERE status = ?"_s;
        binds.append(status);
    }
    binds.append(limit);
    auto ids = m_context.db->ids(
        u"SELECT id FROM alerts"_s + where + u" ORDER BY id DESC LIMIT ?"_s, binds);
    if (!ids) {
        return ids.error();
    }
    QList<QJsonObject> alerts;
    for (qint64 id : std::as_const(ids.value())) {
        auto alert = load(id);
        if (!alert) {
            return alert.error();
        }
        alerts.append(alert.value());
    }
    return alerts;
}

Result<QJsonObject> AlertStore::change(qint64 id,
                                       const std::function<Status(const AlertRow &)> &work)
{
    const Status done = m_context.db->transaction([&]() -> Status {
        auto alert = AlertLog(m_context).row(id);
        if (!alert) {
            return alert.error();
        }
        return work(alert.value());
    });
    if (!done) {
        return done.error();
    }
    return load(id);
}

Result<QJsonObject> AlertStore::acknowledge(qint64 id, const QString &login, qint64 now)
{
    return change(id, [&](const AlertRow &alert) -> Status {
        if (alert.status == u"resolved"_s) {
            return makeError(u"conflict"_s, u"alert #%1 is already resolved"_s.arg(id));
        }
        if (alert.status == u"acknowledged"_s) {
            return {}; // already stopped: nothing changes
        }
        auto done = m_context.db->exec(u"UPDATE alerts SET status = 'acknowledged',"
                                       " acknowledged_at = ?, acknowledged_by = ? WHERE id = ?"_s,
                                       {now, login, id});
        if (!done) {
            return done.error();
        }
        AlertLog log(m_context);
        return inOrder(
            {[&] { return log.cancelPending(id); },
             [&] {
                 return log.addEvent(
                     id,
                     {now, u"acknowledged"_s, login, {}, {}, {}, u"acknowledged by "_s + login});
             },
             [&] { return log.touch(id, now); },
             [&] {
                 return log.tellPaged(id, login, u"alert_acknowledged"_s,
                                      u"Acknowledged by %1: %2"_s.arg(login, label(alert)), now);
             }});
    });
}

Result<QJsonObject> AlertStore::resolve(qint64 id, const QString &login, qint64 now)
{
    return change(id, [&](const AlertRow &alert) -> Status {
        if (alert.status == u"resolved"_s) {
            return makeError(u"conflict"_s, u"alert #%1 is already resolved"_s.arg(id));
        }
        return closeAlert(id, login, now);
    });
}

Result<QJsonObject> AlertStore::escalateNow(qint64 id, const QString &login, qint64 now)
{
    auto changed = change(id, [&](const AlertRow &alert) -> Status {
        if (alert.status != u"triggered"_s) {
            return makeError(
                u"conflict"_s,
                u"alert #%1 is %2: only a triggered alert escalates"_s.arg(id).arg(alert.status));
        }
        if (!alert.nextEscalationAt) {
            return makeError(u"conflict"_s, u"alert #%1 has no tier left to escalate to"_s.arg(id));
        }
        const qint64 delta = std::max<qint64>(0, *alert.nextEscalationAt - now);
        auto done =
            m_context.db->exec(u"UPDATE escalation_steps SET due_at = due_at - ?"
                               " WHERE alert_id = ? AND fired_at IS NULL AND cancelled = 0"_s,
                               {delta, id});
        if (!done) {
            return done.error();
        }
        AlertLog log(m_context);
        const QString detail = u"next tier brought forward by %1 s"_s.arg(delta);
        if (const Status added =
                log.addEvent(id, {now, u"escalate_now"_s, login, {}, {}, {}, detail});
            !added) {
            return added;
        }
        return log.touch(id, now);
    });
    if (changed && m_context.escalation) {
        m_context.escalation->wake();
    }
    return changed;
}

} // namespace deskside::server

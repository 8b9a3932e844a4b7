#include "alerts/EscalationEngine.h"

#include "ServerContext.h"
#include "alerts/AlertLog.h"
#include "alerts/NotificationCenter.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "oncall/TargetResolver.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using deskside::oncall::Target;

namespace deskside::server {

namespace {

std::optional<Target> targetOf(const QString &kind, const QString &id)
{
    for (const Target::Kind candidate :
         {Target::Kind::User, Target::Kind::Schedule, Target::Kind::Team, Target::Kind::Everyone}) {
        if (oncall::targetKindName(candidate) == kind) {
            return Target{candidate, id};
        }
    }
    return std::nullopt;
}

} // namespace

EscalationEngine::EscalationEngine(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const auto fired = runOnce(); !fired) {
            qCWarning(lcServer) << "escalation pass failed:" << fired.error().message;
        }
        schedule();
    });
}

void EscalationEngine::start()
{
    m_started = true;
    wake();
}

void EscalationEngine::wake()
{
    if (!m_started) {
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { m_timer.start(0); }, Qt::QueuedConnection);
}

void EscalationEngine::schedule()
{
    const auto next = m_context.db->scalar(
        u"SELECT MIN(s.due_at) FROM escalation_steps s JOIN alerts a ON a.id = s.alert_id"
        " WHERE s.fired_at IS NULL AND s.cancelled = 0 AND a.status = 'triggered'"_s);
    qint64 waitMs = maxSleepMs;
    if (next && !next.value().isNull()) {
        waitMs = std::clamp<qint64>((next.value().toLongLong() - m_context.nowSecs()) * 1000, 0,
                                    maxSleepMs);
    }
    m_timer.start(std::chrono::milliseconds(waitMs));
}

Result<int> EscalationEngine::runOnce()
{
    auto due =
        m_context.db->ids(u"SELECT s.id FROM escalation_steps s JOIN alerts a ON a.id = s.alert_id"
                          " WHERE s.fired_at IS NULL AND s.cancelled = 0 AND s.due_at <= ?"
                          " AND a.status = 'triggered' ORDER BY s.due_at, s.alert_id, s.step"_s,
                          {m_context.nowSecs()});
    if (!due) {
        return due.error();
    }
    int fired = 0;
    for (qint64 stepId : std::as_const(due.value())) {
        auto done = fire(stepId, m_context.nowSecs());
        if (!done) {
            return done.error();
        }
        fired += done.value() ? 1 : 0;
    }
    return fired;
}

Result<bool> EscalationEngine::fire(qint64 stepId, qint64 now)
{
    bool fired = false;
    const Status status = m_context.db->transaction([&]() -> Status {
        auto claim = m_context.db->exec(
            u"SELECT s.id, s.alert_id, s.due_at, s.tier, s.round, s.target_kind, s.target_id"
            " FROM escalation_steps s JOIN alerts a ON a.id = s.alert_id WHERE s.id = ?"
            " AND s.fired_at IS NULL AND s.cancelled = 0 AND a.status = 'triggered'"_s +
                (m_context.db->isPostgres() ? u" FOR UPDATE OF s SKIP LOCKED"_s : QString()),
            {stepId});
        if (!claim) {
            return claim.error();
        }
        QSqlQuery &q = claim.value();
        if (!q.next()) {
            return {}; // fired, cancelled or being fired elsewhere
        }
        const Step step{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toInt(),      q.value(4).toInt(),      q.value(5).toString(),
                        q.value(6).toString()};
        auto marked = m_context.db->exec(u"UPDATE escalation_steps SET fired_at = ?"
                                         " WHERE id = ? AND fired_at IS NULL AND cancelled = 0"_s,
                                         {now, stepId});
        if (!marked) {
            return marked.error();
        }
        if (marked.value().numRowsAffected() != 1) {
            return {};
        }
        fired = true;
        return notifyStep(step, now);
    });
    if (!status) {
        return status.error();
    }
    return fired;
}

Status EscalationEngine::notifyStep(const Step &step, qint64 now)
{
    AlertLog log(m_context);
    auto alert = log.row(step.alertId);
    if (!alert) {
        return alert.error();
    }
    const auto target = targetOf(step.targetKind, step.targetId);
    if (!target) {
        return makeError(u"bad_step"_s,
                         u"escalation step #%1 has an unknown target kind '%2'"_s.arg(step.id).arg(
                             step.targetKind));
    }
    const QDateTime dueAt = QDateTime::fromSecsSinceEpoch(step.dueAt, QTimeZone::utc());
    auto reached = TargetResolver(m_context).people(*target, dueAt);
    if (!reached) {
        return reached.error();
    }
    auto already = log.notified(step.alertId, std::pair{step.tier, step.round});
    if (!already) {
        return already.error();
    }
    QStringList people;
    for (const QString &person : std::as_const(reached.value())) {
        if (!already.value().contains(person) && !people.contains(person)) {
            people.append(person);
        }
    }
    const QString detail = people.isEmpty() && reached.value().isEmpty()
                               ? target->describe() + u": nobody to notify"_s
                               : target->describe();
    auto updated = m_context.db->exec(u"UPDATE alerts SET tier = ?, round = ? WHERE id = ?"_s,
                                      {step.tier, step.round, step.alertId});
    if (!updated) {
        return updated.error();
    }
    if (const Status added = log.addEvent(
            step.alertId, {now, u"notified"_s, {}, step.tier, step.round, people, detail});
        !added) {
        return added;
    }
    const bool raised = step.tier == 0 && step.round == 0;
    const QString label = u"[%1] %2"_s.arg(alert->severity, alert->summary);
    const QString title = raised ? u"Alert: "_s + label
                                 : u"Escalated to you (tier %1, round %2): %3"_s.arg(step.tier + 1)
                                       .arg(step.round + 1)
                                       .arg(label);
    const QString body = u"Alert #%1 from %2 (%3): %4\nAcknowledge it in Deskside to stop the "
                         "escalation."_s.arg(step.alertId)
                             .arg(alert->source, alert->integration, alert->summary);
    for (const QString &person : std::as_const(people)) {
        auto sent = m_context.notifications->notify(
            person, raised ? u"alert_raised"_s : u"alert_escalated"_s, title, body, step.alertId, 0,
            now);
        if (!sent) {
            return sent.error();
        }
    }
    return log.touch(step.alertId, now);
}

} // namespace deskside::server

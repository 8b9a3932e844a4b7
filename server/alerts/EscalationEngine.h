#pragma once

#include "base/Result.h"

#include <QObject>
#include <QTimer>

namespace deskside::server {

struct ServerContext;

// Fires the persisted escalation steps of triggered alerts when they fall due: each
// step in one transaction that claims it (on PostgreSQL with FOR UPDATE SKIP LOCKED,
// then compare-and-set on fired_at), resolves its target to people at the due time,
// skips those already paged at the same tier and round, records a "notified" event and
// notifies each person. A restart replays nothing already fired and skips nothing due;
// two servers on one database never both fire a step.
class EscalationEngine : public QObject
{
    Q_OBJECT

public:
    // The longest the engine sleeps: steps planned by other servers are picked up
    // within this time.
    static constexpr int maxSleepMs = 15000;

    explicit EscalationEngine(ServerContext &context, QObject *parent = nullptr);

    // Runs a first pass soon and keeps a timer to the next due step.
    void start();
    // A pass soon (queued: after the caller's transaction committed).
    void wake();
    // Fires every due step; returns how many this server fired.
    Result<int> runOnce();

private:
    struct Step
    {
        qint64 id = 0;
        qint64 alertId = 0;
        qint64 dueAt = 0;
        int tier = 0;
        int round = 0;
        QString targetKind;
        QString targetId;
    };

    // Fires one step unless another pass (or server) already did; whether it fired.
    Result<bool> fire(qint64 stepId, qint64 now);
    Status notifyStep(const Step &step, qint64 now);
    void schedule();

    ServerContext &m_context;
    QTimer m_timer;
    bool m_started = false;
};

} // namespace deskside::server

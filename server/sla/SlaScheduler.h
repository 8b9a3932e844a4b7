#pragma once

#include "base/Result.h"

#include <QObject>
#include <QTimer>

namespace deskside::sla {
struct SlaEvent;
}

namespace deskside::server {

struct ServerContext;
struct StoredTicket;

// Announces SLA warnings and breaches: evaluates the open tickets whose next possible
// event is due, records each new event once in the change feed (entity "sla_event",
// staff only), notifies the ticket's assignee, and remembers it in the ticket's flags. The flags
// are compare-and-set, so two servers on one PostgreSQL database never announce the same event
// twice.
class SlaScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SlaScheduler(ServerContext &context, QObject *parent = nullptr);

    void start(int intervalMs = 30000);
    // One pass; returns how many events were recorded.
    Result<int> runOnce();

private:
    Result<int> evaluate(const QList<qint64> &ids);
    // Tells the ticket's assignee (if any) of a warning or breach.
    Status notifyAssignee(const StoredTicket &stored, const sla::SlaEvent &event, qint64 now);

    ServerContext &m_context;
    QTimer m_timer;
};

} // namespace deskside::server

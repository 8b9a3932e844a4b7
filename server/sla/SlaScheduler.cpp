#include "sla/SlaScheduler.h"

#include "ServerContext.h"
#include "alerts/NotificationCenter.h"
#include "base/IsoTime.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "sla/SlaClock.h"
#include "sla/SlaTracker.h"
#include "sync/ChangeFeed.h"
#include "tickets/TicketStore.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

SlaScheduler::SlaScheduler(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (const auto done = runOnce(); !done) {
            qCWarning(lcServerSla) << "SLA pass failed:" << done.error().message;
        }
    });
}

void SlaScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

Result<int> SlaScheduler::runOnce()
{
    auto ids =
        m_context.db->ids(u"SELECT id FROM tickets WHERE status NOT IN ('resolved', 'closed')"
                          " AND (sla_next_check IS NULL OR sla_next_check <= ?) ORDER BY id"_s,
                          {m_context.nowSecs()});
    if (!ids) {
        return ids.error();
    }
    int recorded = 0;
    for (qsizetype start = 0; start < ids.value().size(); start += 500) {
        auto done = evaluate(ids.value().mid(start, 500));
        if (!done) {
            return done.error();
        }
        recorded += done.value();
    }
    return recorded;
}

Status SlaScheduler::notifyAssignee(const StoredTicket &stored, const sla::SlaEvent &event,
                                    qint64 now)
{
    const QString assignee = stored.ticket.assignee();
    if (assignee.isEmpty() || !m_context.notifications) {
        return {};
    }
    const bool breach = event.kind == sla::SlaEventKind::Breach;
    const QString what =
        sla::toWire(event.target) == u"respond"_s ? u"first response"_s : u"resolution"_s;
    const QString title = (breach ? u"SLA breached (%1): #%2 %3"_s : u"SLA warning (%1): #%2 %3"_s)
                              .arg(what)
                              .arg(stored.ticket.id())
                              .arg(stored.ticket.subject());
    const QString body =
        u"Ticket #%1 \"%2\": the %3 target is due %4 (%5)."_s.arg(stored.ticket.id())
            .arg(stored.ticket.subject(), what, iso::formatUtc(event.due), sla::toWire(event.kind));
    auto sent =
        m_context.notifications->notify(assignee, breach ? u"sla_breach"_s : u"sla_warning"_s,
                                        title, body, 0, stored.ticket.id(), now);
    if (!sent) {
        return sent.error();
    }
    return {};
}

Result<int> SlaScheduler::evaluate(const QList<qint64> &ids)
{
    int recorded = 0;
    const Status status = m_context.db->transaction([&]() -> Status {
        auto tickets = m_context.tickets->loadMany(ids);
        if (!tickets) {
            return tickets.error();
        }
        const sla::SlaTracker tracker(*m_context.sla);
        const qint64 now = m_context.nowSecs();
        for (const StoredTicket &stored : std::as_const(tickets.value())) {
            const auto snapshot =
                m_context.sla->evaluate(sla::SlaInput::fromTicket(stored.ticket), now);
            const auto update = tracker.update(sla::SlaFlags::fromInt(stored.slaFlags), snapshot);
            const QVariant next = update.nextCheckAt.isValid()
                                      ? QVariant(update.nextCheckAt.toSecsSinceEpoch())
                                      : QVariant(now + 366 * 86400);
            auto claimed = m_context.db->exec(
                u"UPDATE tickets SET sla_flags = ?, sla_next_check = ? WHERE id = ? AND sla_flags = ?"_s,
                {update.flags.toInt(), next, stored.ticket.id(), stored.slaFlags});
            if (!claimed) {
                return claimed.error();
            }
            if (claimed.value().numRowsAffected() != 1) {
                continue; // another server announced these
            }
            for (const sla::SlaEvent &event : update.events) {
                const QJsonObject payload{{u"type"_s, u"sla"_s},
                                          {u"ticket_id"_s, stored.ticket.id()},
                                          {u"subject"_s, stored.ticket.subject()},
                                          {u"assignee"_s, stored.ticket.assignee()},
                                          {u"target"_s, sla::toWire(event.target)},
                                          {u"kind"_s, sla::toWire(event.kind)},
                                          {u"due"_s, iso::formatUtc(event.due)},
                                          {u"at"_s, iso::formatUtc(event.at)}};
                auto seq = m_context.feed->record(u"sla_event"_s, stored.ticket.id(), u"event"_s,
                                                  {}, now, payload);
                if (!seq) {
                    return seq.error();
                }
                if (const Status told = notifyAssignee(stored, event, now); !told) {
                    return told;
                }
                ++recorded;
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return recorded;
}

} // namespace deskside::server

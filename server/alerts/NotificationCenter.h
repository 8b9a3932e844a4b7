#pragma once

#include "base/Result.h"

#include <QJsonObject>

namespace deskside::server {

struct ServerContext;

// Delivers a notification to one user through both channels: a row in notifications
// with a change-feed entry only that user sees (audience "login:<login>", pushed to
// their signed-in clients at once), and an e-mail to their address (MailOutbox).
// Runs in the caller's transaction.
class NotificationCenter
{
public:
    explicit NotificationCenter(ServerContext &context)
        : m_context(context)
    {}

    // kind: alert_raised, alert_escalated, alert_acknowledged, alert_resolved,
    // sla_warning, sla_breach, ticket_assigned. alertId / ticketId 0: none.
    // Returns the notification's id.
    Result<qint64> notify(const QString &login, const QString &kind, const QString &title,
                          const QString &body, qint64 alertId, qint64 ticketId, qint64 now);

    static QString audienceFor(const QString &login) { return QStringLiteral("login:") + login; }

private:
    ServerContext &m_context;
};

} // namespace deskside::server

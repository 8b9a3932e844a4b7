#pragma once

#include "ServerContext.h"
#include "ServerOptions.h"
#include "base/Result.h"
#include "http/Router.h"

#include <QObject>

#include "sla/SlaClock.h"

#include <memory>

class QHttpServer;

namespace deskside::server {

class IdempotencyStore;
class RequestPipeline;

// The reference backend: opens and migrates the database, registers the routes and
// listens on exactly the address it is given.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(const Clock &clock, QObject *parent = nullptr);
    ~Server() override;

    Status start(const ServerOptions &options);
    quint16 port() const { return m_port; }
    const ServerContext &context() const { return m_context; }
    const Router &router() const { return m_router; }
    class SlaScheduler &slaScheduler() { return *m_slaScheduler; }
    class EscalationEngine &escalation() { return *m_escalation; }
    // Makes the mailer look for due mail soon. Deferred to the event loop, so a wake from
    // inside a request runs after that request's transaction committed.
    void wakeMailer();

private:
    Status openStores(const ServerOptions &options);
    void registerRoutes();
    Status startMailer(const ServerOptions &options);

    const Clock &m_clock;
    ServerContext m_context;
    Router m_router;
    std::unique_ptr<class Database> m_db;
    std::unique_ptr<class UserStore> m_users;
    std::unique_ptr<class SessionStore> m_sessions;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<class MailOutbox> m_mail;
    std::unique_ptr<class MailDispatcher> m_mailer;
    std::unique_ptr<class ChangeFeed> m_feed;
    std::unique_ptr<class TicketStore> m_tickets;
    std::unique_ptr<class IntegrationStore> m_integrations;
    SnsSettings m_sns; // from ServerOptions::sns
    std::unique_ptr<sla::SlaClock> m_sla;
    std::unique_ptr<class SlaScheduler> m_slaScheduler;
    std::unique_ptr<class AlertStore> m_alerts;
    std::unique_ptr<class NotificationCenter> m_notifications;
    std::unique_ptr<class ScheduleStore> m_schedules;
    std::unique_ptr<class EscalationEngine> m_escalation;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<class PushHub> m_push; // after m_http: closes its sockets first
    quint16 m_port = 0;
};

} // namespace deskside::server

#include "Server.h"

#include "alerts/AlertStore.h"
#include "alerts/EscalationEngine.h"
#include "alerts/NotificationCenter.h"
#include "auth/SessionStore.h"
#include "auth/UserStore.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "demo/DemoSeeder.h"
#include "http/HttpBridge.h"
#include "http/RequestPipeline.h"
#include "ingest/IntegrationStore.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "oncall/ScheduleStore.h"
#include "routes/AccountRoutes.h"
#include "routes/AlertRoutes.h"
#include "routes/FeedRoutes.h"
#include "routes/IngestRoutes.h"
#include "routes/ScheduleRoutes.h"
#include "routes/TicketRoutes.h"
#include "sla/SlaScheduler.h"
#include "sync/ChangeFeed.h"
#include "sync/IdempotencyStore.h"
#include "sync/PushHub.h"
#include "tickets/TicketStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace deskside::server {

qint64 ServerContext::nowSecs() const
{
    return clock->now().toSecsSinceEpoch();
}

Server::Server(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

Server::~Server() = default;

Status Server::openStores(const ServerOptions &options)
{
    auto db =
        Database::open(options.database.isEmpty() ? Database::defaultUrl() : options.database);
    if (!db) {
        return db.error();
    }
    m_db = std::move(db.value());
    if (const Status migrated = m_db->migrate(); !migrated) {
        return migrated;
    }
    m_users = std::make_unique<UserStore>(*m_db, PasswordHasher(options.passwordIterations));
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_db);
    m_mail = std::make_unique<MailOutbox>(*m_db);
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    m_tickets = std::make_unique<TicketStore>(*m_db, *m_feed);
    m_sla = std::make_unique<sla::SlaClock>(sla::SlaClock::standard());
    m_alerts = std::make_unique<AlertStore>(m_context);
    m_notifications = std::make_unique<NotificationCenter>(m_context);
    m_schedules = std::make_unique<ScheduleStore>(*m_db);
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_sns = options.sns;
    m_context.clock = &m_clock;
    m_context.db = m_db.get();
    m_context.users = m_users.get();
    m_context.sessions = m_sessions.get();
    m_context.mail = m_mail.get();
    m_context.feed = m_feed.get();
    m_context.tickets = m_tickets.get();
    m_context.sla = m_sla.get();
    m_context.alerts = m_alerts.get();
    m_context.notifications = m_notifications.get();
    m_context.schedules = m_schedules.get();
    m_context.integrations = m_integrations.get();
    m_context.sns = &m_sns;
    return {};
}

void Server::registerRoutes()
{
    registerAccountRoutes(m_router, m_context);
    registerTicketRoutes(m_router, m_context);
    registerFeedRoutes(m_router, m_context);
    registerAlertRoutes(m_router, m_context);
    registerScheduleRoutes(m_router, m_context);
    registerIngestRoutes(m_router, m_context);
}

Status Server::start(const ServerOptions &options)
{
    if (const Status opened = openStores(options); !opened) {
        return opened;
    }
    if (options.demo) {
        if (auto seeded = DemoSeeder(m_context).seed(); !seeded) {
            return seeded.error();
        }
    }
    registerRoutes();
    m_slaScheduler = std::make_unique<SlaScheduler>(m_context);
    m_slaScheduler->start();
    m_escalation = std::make_unique<EscalationEngine>(m_context);
    m_context.escalation = m_escalation.get();
    m_escalation->start();
    if (const Status mailer = startMailer(options); !mailer) {
        return mailer;
    }
    m_pipeline = std::make_unique<RequestPipeline>(*m_db, m_router, *m_sessions, *m_idempotency,
                                                   m_clock, options.limits);
    m_http = std::make_unique<QHttpServer>();
    setMissingHandler(*m_http, this,
                      [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                          sendResponse(m_pipeline->handle(toApiRequest(request)), responder);
                      });
    m_push = std::make_unique<PushHub>(m_context);
    if (const Status push = m_push->start(*m_http); !push) {
        return push;
    }
    m_context.push = m_push.get();
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(options.address, options.port)) {
        return makeError(u"listen"_s,
                         u"cannot listen on %1:%2 (in use, or not an address of this machine)"_s
                             .arg(options.address.toString())
                             .arg(options.port));
    }
    m_port = tcp->serverPort();
    tcp->setParent(m_http.get());
    m_http->bind(tcp.release()); // listening already: Qt 6.8 has no QHttpServer::listen()
    qCInfo(lcServerHttp) << "listening on" << options.address.toString() << m_port;
    return {};
}

Status Server::startMailer(const ServerOptions &options)
{
    m_context.wakeMailer = [this] { wakeMailer(); };
    m_mail->setOnEnqueued(m_context.wakeMailer);
    if (options.smtpUrl.isEmpty()) {
        qCInfo(lcServerMail) << "no --smtp given: e-mail waits in the outbox";
        return {};
    }
    auto sender = SmtpSender::create(options.smtpUrl, options.mailFrom);
    if (!sender) {
        return sender.error();
    }
    qCInfo(lcServerMail) << "sending e-mail through" << sender->displayUrl();
    m_mailer = std::make_unique<MailDispatcher>(m_db->url(), std::move(sender.value()), m_clock);
    m_mailer->start();
    return {};
}

void Server::wakeMailer()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_mailer) {
                m_mailer->wake();
            }
        },
        Qt::QueuedConnection);
}

} // namespace deskside::server

#include "mail/MailWorker.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "mail/MailOutbox.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {
constexpr int BatchSize = 20;
}

MailWorker::MailWorker(QString databaseUrl, SmtpSender sender, const Clock &clock,
                       std::chrono::milliseconds interval)
    : m_databaseUrl(std::move(databaseUrl))
    , m_sender(std::move(sender))
    , m_clock(clock)
    , m_interval(interval)
{}

MailWorker::~MailWorker() = default;

void MailWorker::wake()
{
    if (!m_wakeQueued.exchange(true)) {
        QMetaObject::invokeMethod(this, &MailWorker::deliverDue, Qt::QueuedConnection);
    }
}

void MailWorker::begin()
{
    m_timer = std::make_unique<QTimer>();
    m_timer->setInterval(m_interval);
    connect(m_timer.get(), &QTimer::timeout, this, &MailWorker::deliverDue);
    m_timer->start();
    deliverDue();
}

void MailWorker::end()
{
    m_timer.reset();
    m_db.reset();
}

bool MailWorker::ensureDatabase()
{
    if (m_db) {
        return true;
    }
    auto db = Database::open(m_databaseUrl);
    if (!db) {
        qCWarning(lcServerMail) << "the mailer cannot open the database; will retry:"
                                << db.error().message;
        return false;
    }
    m_db = std::move(db.value());
    return true;
}

void MailWorker::deliverDue()
{
    m_wakeQueued = false;
    if (m_stopping || !ensureDatabase()) {
        return;
    }
    MailOutbox outbox(*m_db);
    for (;;) {
        const auto due = outbox.due(m_clock.now().toSecsSinceEpoch(), BatchSize);
        if (!due) {
            qCWarning(lcServerMail) << "cannot read the outbox:" << due.error().message;
            m_db.reset(); // reconnect on the next pass
            return;
        }
        for (const OutgoingMail &mail : due.value()) {
            if (!deliver(outbox, mail)) {
                return;
            }
        }
        if (due->size() < BatchSize) {
            return;
        }
    }
}

bool MailWorker::deliver(MailOutbox &outbox, const OutgoingMail &mail)
{
    if (m_stopping) {
        return false;
    }
    const Status sent = m_sender.send(mail, m_clock.now(), &m_stopping);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (sent) {
        if (const Status marked = outbox.markSent(mail.id, now); !marked) {
            // Accepted by SMTP but not recorded: it will go out again. Say so loudly.
            qCCritical(lcServerMail)
                << "mail" << mail.id
                << "was sent but cannot be marked sent:" << marked.error().message;
            return false;
        }
        qCInfo(lcServerMail) << "sent mail" << mail.id << "to" << mail.recipient;
        return true;
    }
    if (sent.error().code == u"aborted"_s) {
        qCInfo(lcServerMail) << "mail" << mail.id << "interrupted by shutdown; it stays queued";
        return false;
    }
    qCWarning(lcServerMail) << "mail" << mail.id << "attempt" << mail.attempts + 1
                            << "failed:" << sent.error().message;
    if (const Status marked = outbox.markFailed(mail.id, mail.attempts, sent.error().message, now);
        !marked) {
        qCWarning(lcServerMail) << "cannot record the failure:" << marked.error().message;
        return false;
    }
    return true;
}

} // namespace deskside::server

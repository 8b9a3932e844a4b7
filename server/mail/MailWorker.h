#pragma once

#include "mail/SmtpSender.h"

#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>

class QTimer;

namespace deskside {
class Clock;
}

namespace deskside::server {

class Database;
class MailOutbox;

// The part of MailDispatcher that lives on the mail thread: its own database
// connection (opened there), a poll timer, and the SMTP sender.
class MailWorker : public QObject
{
    Q_OBJECT

public:
    MailWorker(QString databaseUrl, SmtpSender sender, const Clock &clock,
               std::chrono::milliseconds interval);
    ~MailWorker() override;

    // Thread-safe: schedules one delivery pass; passes requested meanwhile coalesce.
    void wake();
    // Thread-safe: no new send starts, a send still handing over its message is cut.
    void requestStop() { m_stopping = true; }

public Q_SLOTS:
    void begin();
    void end();
    void deliverDue();

private:
    bool ensureDatabase();
    // False when the pass must end (stopping, or the database failed).
    bool deliver(MailOutbox &outbox, const OutgoingMail &mail);

    QString m_databaseUrl;
    SmtpSender m_sender;
    const Clock &m_clock;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTimer> m_timer;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_wakeQueued{false};
};

} // namespace deskside::server

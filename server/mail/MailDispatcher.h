#pragma once

#include "mail/SmtpSender.h"

#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace deskside {
class Clock;
}

namespace deskside::server {

class MailWorker;

// Sends the outbox's due mail, in id order, on its own thread with its own database
// connection: every few seconds and whenever woken. A mail is marked sent only after
// the SMTP server accepted it; a failure is recorded with backoff (MailOutbox); a send
// cut short by stop() leaves the mail queued for the next start. Delivery is therefore
// at-least-once, and exactly once unless the database fails right after the SMTP
// server accepted a message.
class MailDispatcher : public QObject
{
    Q_OBJECT

public:
    MailDispatcher(QString databaseUrl, SmtpSender sender, const Clock &clock,
                   std::chrono::milliseconds interval = std::chrono::seconds(5),
                   QObject *parent = nullptr);
    ~MailDispatcher() override;

    void start();
    // Blocks until the mail thread ended: at once, or when a message that was already
    // handed over in full has been answered (at most SmtpSender::TotalTimeoutSecs).
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

public Q_SLOTS:
    // Thread-safe; the pass runs on the mail thread.
    void wake();

private:
    QThread m_thread;
    std::unique_ptr<MailWorker> m_worker;
};

} // namespace deskside::server

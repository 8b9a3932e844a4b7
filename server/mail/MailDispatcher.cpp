#include "mail/MailDispatcher.h"

#include "base/Logging.h"
#include "mail/MailWorker.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

MailDispatcher::MailDispatcher(QString databaseUrl, SmtpSender sender, const Clock &clock,
                               std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_worker(
          std::make_unique<MailWorker>(std::move(databaseUrl), std::move(sender), clock, interval))
{
    m_thread.setObjectName(u"deskside-mail"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker.get(), &MailWorker::begin);
    // Emitted on the mail thread as it ends: the timer and connection die where they live.
    connect(&m_thread, &QThread::finished, m_worker.get(), &MailWorker::end, Qt::DirectConnection);
}

MailDispatcher::~MailDispatcher()
{
    stop();
}

void MailDispatcher::start()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        m_thread.start();
    }
}

void MailDispatcher::stop()
{
    if (!m_thread.isRunning()) {
        return;
    }
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
    qCDebug(lcServerMail) << "mailer stopped";
}

void MailDispatcher::wake()
{
    m_worker->wake();
}

} // namespace deskside::server

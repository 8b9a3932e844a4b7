#include "sync/SyncEngine.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "sync/ApiClient.h"
#include "sync/ClientCache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

enum class Outcome
{
    Success,
    Conflict,
    Rejected,
    SignInRequired,
    RetryLater
};

Outcome classify(const ApiJob &job)
{
    const int status = job.status();
    if (job.isSuccess()) {
        return Outcome::Success;
    }
    if (status == 0 || status == 408 || status == 425 || status == 429 || status >= 500) {
        return Outcome::RetryLater; // no answer, or "not now": the same request later
    }
    if (status == 401) {
        return Outcome::SignInRequired;
    }
    return status == 412 ? Outcome::Conflict : Outcome::Rejected;
}

std::optional<std::chrono::seconds> retryAfterOf(const ApiJob &job)
{
    const auto seconds = job.retryAfterSeconds();
    return seconds ? std::optional(std::chrono::seconds(*seconds)) : std::nullopt;
}

} // namespace

SyncEngine::SyncEngine(ApiClient &api, ClientCache &cache, Outbox &outbox, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_replay(outbox, cache)
{
    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_kick, &QTimer::timeout, this, &SyncEngine::pump);
    m_poll.setInterval(std::chrono::seconds(30));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_push.isConnected()) {
            requestPull();
        }
    });
    m_retry.setSingleShot(true);
    m_retry.setTimerType(Qt::PreciseTimer); // never earlier than a server's Retry-After
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_serverBusy = false;
        pump();
    });
    connect(&m_push, &PushChannel::poked, this, &SyncEngine::poked);
    connect(&m_push, &PushChannel::connectedChanged, this, &SyncEngine::pushConnectedChanged);
    refreshPendingCount();
}

SyncEngine::~SyncEngine()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void SyncEngine::setBackoff(const Backoff &backoff)
{
    m_backoff = backoff;
    m_push.setBackoff(backoff);
}

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_reached = false;
    m_offline = false;
    m_serverBusy = false;
    m_pullPaused = false;
    m_pullWanted = true;
    m_pullPages = 0;
    m_backoff.reset();
    m_poll.start();
    if (m_pushEnabled) {
        m_push.open(m_streamUrl.isEmpty() ? PushChannel::streamUrlFor(m_api.baseUrl())
                                          : m_streamUrl,
                    m_api.token());
    }
    refreshPendingCount();
    updateState();
    kick();
}

void SyncEngine::stop()
{
    m_running = false;
    m_poll.stop();
    m_retry.stop();
    m_kick.stop();
    m_push.close();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    updateState();
}

void SyncEngine::syncNow()
{
    m_pullPaused = false;
    m_serverBusy = false;
    m_retry.stop();
    requestPull();
}

void SyncEngine::cancel()
{
    m_pullPaused = true;
    m_pullWanted = false;
    m_pullPages = 0;
    if (m_job && m_jobIsPull) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    updateState();
    kick(); // edits still go out
}

Result<OutboxEdit> SyncEngine::enqueue(OutboxEdit::Kind kind, qint64 ticketId, qint64 baseVersion,
                                       const QJsonObject &body)
{
    auto edit =
        m_outbox.enqueue(kind, ticketId, baseVersion, body, m_clock.now().toSecsSinceEpoch());
    if (edit) {
        refreshPendingCount();
        kick();
    }
    return edit;
}

Status SyncEngine::resolveConflict(qint64 editId, Resolution resolution)
{
    const Status done = m_replay.resolve(editId, resolution == Resolution::Discard);
    refreshPendingCount();
    kick();
    return done;
}

void SyncEngine::kick()
{
    if (m_running && !m_kick.isActive()) {
        m_kick.start();
    }
}

void SyncEngine::requestPull()
{
    if (m_pullPaused || !m_running) {
        return;
    }
    m_pullWanted = true;
    kick();
}

void SyncEngine::poked(qint64 cursor)
{
    m_knownHead = std::max(m_knownHead, cursor);
    if (cursor > m_cache.cursor()) {
        requestPull();
    }
}

void SyncEngine::pump()
{
    if (!m_running || m_job || m_retry.isActive()) {
        updateState();
        return;
    }
    const auto next = m_replay.next();
    if (!next) {
        retryLater(std::nullopt, next.error().message, false);
        return;
    }
    if (next.value()) {
        deliver(*next.value()); // edits first: they are what people wait for
    } else if (m_pullWanted && !m_pullPaused) {
        pullPage();
    }
    updateState();
}

void SyncEngine::track(ApiJob *job, bool pull, std::function<void(ApiJob &)> done)
{
    m_job = job;
    m_jobIsPull = pull;
    connect(job, &ApiJob::finished, this, [this, job, done = std::move(done)] {
        m_job = nullptr;
        if (job->status() != 0) {
            answered();
        }
        done(*job);
        updateState();
    });
}

void SyncEngine::pullPage()
{
    const qint64 cursor = m_cache.cursor();
    if (m_pullPages == 0) {
        m_pullStart = cursor;
    }
    track(m_api.get(u"/api/v1/changes?cursor=%1&limit=%2"_s.arg(cursor).arg(m_pageSize)), true,
          [this](ApiJob &job) { pulled(job); });
}

void SyncEngine::pulled(ApiJob &job)
{
    if (handleFailure(job)) {
        return;
    }
    if (!job.isSuccess()) {
        retryLater(std::nullopt, job.errorText(), false);
        return;
    }
    const QJsonObject page = job.json();
    const QJsonValue next = page.value(u"next_cursor"_s);
    const QJsonValue changes = page.value(u"changes"_s);
    const qint64 before = m_cache.cursor();
    if (!next.isDouble() || !changes.isArray() || next.toInteger() < before) {
        retryLater(std::nullopt, tr("The server sent a change feed page that cannot be read."),
                   false);
        return;
    }
    const qint64 cursor = next.toInteger();
    ClientCache::FeedEffects effects;
    if (const Status applied = m_cache.applyFeedPage(changes.toArray(), cursor, &effects);
        !applied) {
        retryLater(std::nullopt, applied.error().message, false);
        return;
    }
    m_backoff.reset();
    ++m_pullPages;
    const bool more = page.value(u"has_more"_s).toBool() && cursor > before;
    if (!more && cursor == before) {
        m_knownHead = cursor; // the feed ends here, whatever a poke said
    }
    m_knownHead = std::max(m_knownHead, cursor);
    if (more || m_pullPages > 1) {
        Q_EMIT progress(cursor - m_pullStart, m_knownHead - m_pullStart);
    }
    if (!more) {
        m_pullPages = 0;
        m_pullWanted = m_knownHead > cursor;
        m_lastSync = m_clock.now();
        Q_EMIT lastSyncChanged(m_lastSync);
    }
    if (effects.tickets) {
        Q_EMIT ticketsChanged();
    }
    if (effects.alerts) {
        Q_EMIT alertsChanged();
    }
    if (!effects.notifications.isEmpty()) {
        Q_EMIT notificationsReceived(effects.notifications);
    }
    kick();
}

void SyncEngine::deliver(const OutboxEdit &edit)
{
    track(m_api.send("POST", edit.path(), edit.body, OutboxReplay::headersFor(edit)), false,
          [this, edit](ApiJob &job) { delivered(edit, job); });
}

void SyncEngine::delivered(const OutboxEdit &edit, ApiJob &job)
{
    if (handleFailure(job)) {
        return;
    }
    const auto answer = m_replay.settle(edit, job.status(), job.json(), job.errorText());
    if (!answer) {
        retryLater(std::nullopt, answer.error().message, false);
        return;
    }
    m_backoff.reset();
    refreshPendingCount();
    switch (answer->settled) {
    case OutboxReplay::Settled::Delivered:
        requestPull();
        Q_EMIT editDelivered(answer->edit);
        Q_EMIT ticketsChanged();
        break;
    case OutboxReplay::Settled::Conflicted:
        qCInfo(lcSync) << "edit" << edit.id << "conflicts:" << job.errorText();
        Q_EMIT conflict(answer->edit, answer->serverTicket);
        Q_EMIT ticketsChanged();
        break;
    case OutboxReplay::Settled::Rejected:
        qCInfo(lcSync) << "edit" << edit.id << "refused:" << job.errorText();
        Q_EMIT editRejected(answer->edit, job.errorText());
        break;
    }
    kick();
}

// No answer, 429/5xx (retry later) and 401 (sign in again) end the round here.
bool SyncEngine::handleFailure(ApiJob &job)
{
    const Outcome outcome = classify(job);
    if (outcome == Outcome::RetryLater) {
        retryLater(retryAfterOf(job), job.errorText(), job.status() == 0);
        return true;
    }
    if (outcome == Outcome::SignInRequired) {
        stop();
        Q_EMIT syncError(job.errorText());
        Q_EMIT signInRequired();
        return true;
    }
    return false;
}

void SyncEngine::retryLater(std::optional<std::chrono::seconds> retryAfter, const QString &reason,
                            bool network)
{
    m_offline = network;
    m_serverBusy = !network;
    const auto delay = m_backoff.next(retryAfter);
    qCInfo(lcSync) << "sync:" << reason << "- retrying in" << delay.count() << "ms";
    m_retry.start(delay);
    updateState();
    if (reason != m_lastError) {
        m_lastError = reason;
        Q_EMIT syncError(reason);
    }
}

void SyncEngine::answered()
{
    m_reached = true;
    m_offline = false;
}

void SyncEngine::refreshPendingCount()
{
    const auto count = m_outbox.count();
    if (count && count.value() != m_pendingCount) {
        m_pendingCount = count.value();
        Q_EMIT pendingCountChanged(m_pendingCount);
    }
}

void SyncEngine::updateState()
{
    State state = State::Online;
    if (!m_running || m_offline) {
        state = State::Offline;
    } else if (!m_reached || m_serverBusy) {
        state = State::Connecting;
    } else if (m_job) {
        state = State::Syncing;
    }
    if (state == State::Online) {
        m_lastError.clear();
    }
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace deskside::sync

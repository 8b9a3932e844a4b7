#pragma once

#include "sync/Backoff.h"
#include "sync/Outbox.h"
#include "sync/OutboxReplay.h"
#include "sync/PushChannel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace deskside {
class Clock;
}

namespace deskside::sync {

class ApiClient;
class ApiJob;
class ClientCache;

// The sync loop of one account. Pull: the change feed from the cache's cursor, page by
// page, each page stored with its cursor in one transaction; started at start(), by a
// push poke beyond the cursor, by the polling timer while the push stream is down, and
// after edits. Push: the outbox, strictly in order, one request at a time, each with its
// Idempotency-Key (and If-Match) so a retry is never applied twice. Network failures,
// 429 and 5xx stop the loop and retry after a backoff (Retry-After honoured).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,
        Connecting,
        Syncing,
        Online
    };
    Q_ENUM(State)
    enum class Resolution
    {
        ApplyOnCurrent,
        Discard
    };
    Q_ENUM(Resolution)

    SyncEngine(ApiClient &api, ClientCache &cache, Outbox &outbox, const Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // How often to pull while the push stream is down (default 30 s).
    void setPollInterval(std::chrono::milliseconds interval)
    {
        m_poll.setInterval(std::max(interval, std::chrono::milliseconds(1)));
    }
    void setPageSize(int changes) { m_pageSize = std::clamp(changes, 1, 5000); }
    // Delays after failures, for requests and for push reconnects (tests: a few ms).
    void setBackoff(const Backoff &backoff);
    void setPushEnabled(bool enabled) { m_pushEnabled = enabled; }
    // The stream's URL; empty (default): derived from the API base URL.
    void setStreamUrl(const QUrl &url) { m_streamUrl = url; }

    void start();
    void stop();
    // Pull now (and resume pulling after cancel()); skips a pending backoff.
    void syncNow();
    // Stops a long pull after the page being stored (the cache stays consistent).
    // Edits keep being delivered; pulls resume with syncNow() or start().
    void cancel();

    // Writes the edit to the outbox (durably) and starts delivering it. Once this
    // returns successfully the edit may be shown as saved.
    Result<OutboxEdit> enqueue(OutboxEdit::Kind kind, qint64 ticketId, qint64 baseVersion,
                               const QJsonObject &body);
    // After conflict(): apply the edit on top of the server's current version (the cached
    // one, which the conflict stored), or drop it.
    Status resolveConflict(qint64 editId, Resolution resolution);

    State state() const { return m_state; }
    int pendingCount() const { return m_pendingCount; }
    QDateTime lastSync() const { return m_lastSync; }
    bool isPushConnected() const { return m_push.isConnected(); }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stateChanged(deskside::sync::SyncEngine::State state);
    void pendingCountChanged(int count);
    void lastSyncChanged(const QDateTime &when);
    // During a pull of several pages: feed entries received and the estimated total.
    void progress(qint64 received, qint64 estimatedTotal);
    void conflict(const deskside::sync::OutboxEdit &edit, const QJsonObject &serverTicket);
    void editRejected(const deskside::sync::OutboxEdit &edit, const QString &reason);
    void editDelivered(const deskside::sync::OutboxEdit &edit);
    void ticketsChanged();
    // A stored page brought a new or newer alert (ClientCache::alertCache()).
    void alertsChanged();
    // Notifications for the user seen for the first time, after their page was stored.
    void notificationsReceived(const QList<QJsonObject> &notifications);
    void syncError(const QString &message);
    // The server refused the session token (401): the loop stopped; sign in again.
    void signInRequired();
    void pushConnectedChanged(bool connected);

private:
    void kick();
    void pump();
    void requestPull();
    void pullPage();
    void pulled(ApiJob &job);
    void deliver(const OutboxEdit &edit);
    void delivered(const OutboxEdit &edit, ApiJob &job);
    void track(ApiJob *job, bool pull, std::function<void(ApiJob &)> done);
    bool handleFailure(ApiJob &job);
    void retryLater(std::optional<std::chrono::seconds> retryAfter, const QString &reason,
                    bool network);
    void answered();
    void refreshPendingCount();
    void updateState();
    void poked(qint64 cursor);

    ApiClient &m_api;
    ClientCache &m_cache;
    Outbox &m_outbox;
    const Clock &m_clock;
    OutboxReplay m_replay;
    PushChannel m_push;
    Backoff m_backoff;
    QTimer m_kick;
    QTimer m_poll;
    QTimer m_retry;
    QPointer<ApiJob> m_job;
    bool m_jobIsPull = false;
    int m_pageSize = 500;
    bool m_pushEnabled = true;
    QUrl m_streamUrl;

    bool m_running = false;
    bool m_pullWanted = false;
    bool m_pullPaused = false;
    bool m_reached = false;    // the server has answered since start()
    bool m_offline = false;    // the last attempt got no answer
    bool m_serverBusy = false; // waiting after 429/5xx
    qint64 m_knownHead = 0;    // the newest cursor the server has told of
    qint64 m_pullStart = 0;
    int m_pullPages = 0;
    int m_pendingCount = 0;
    State m_state = State::Offline;
    QDateTime m_lastSync;
    QString m_lastError;
};

} // namespace deskside::sync

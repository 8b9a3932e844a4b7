#include "window/CacheDeskData.h"

#include "base/IsoTime.h"
#include "base/Logging.h"
#include "sync/ApiClient.h"
#include "sync/CacheDatabase.h"
#include "sync/ClientCache.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace deskside::ui {

Result<std::unique_ptr<CacheDeskData>> CacheDeskData::open(const Setup &setup, const Clock &clock)
{
    auto db = sync::CacheDatabase::open(setup.cachePath);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<CacheDeskData>(new CacheDeskData(setup, clock, std::move(db.value())));
}

CacheDeskData::CacheDeskData(Setup setup, const Clock &clock,
                             std::unique_ptr<sync::CacheDatabase> db)
    : m_setup(std::move(setup))
    , m_db(std::move(db))
    , m_cache(std::make_unique<sync::ClientCache>(*m_db))
    , m_outbox(std::make_unique<sync::Outbox>(*m_db))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_api(std::make_unique<sync::ApiClient>(*m_network, clock))
    , m_engine(std::make_unique<sync::SyncEngine>(*m_api, *m_cache, *m_outbox, clock))
{
    using Engine = sync::SyncEngine;
    m_api->setBaseUrl(m_setup.server);
    m_api->setToken(m_setup.token);
    connect(m_engine.get(), &Engine::ticketsChanged, this, &DeskData::rowsChanged);
    connect(m_engine.get(), &Engine::stateChanged, this, &DeskData::connectionChanged);
    connect(m_engine.get(), &Engine::pendingCountChanged, this, &DeskData::pendingEditsChanged);
    connect(m_engine.get(), &Engine::lastSyncChanged, this, &DeskData::lastSyncChanged);
    connect(m_engine.get(), &Engine::progress, this, &DeskData::progress);
    connect(m_engine.get(), &Engine::conflict, this, &DeskData::conflict);
    connect(m_engine.get(), &Engine::editRejected, this, &DeskData::editRejected);
    connect(m_engine.get(), &Engine::editDelivered, this, &DeskData::rowsChanged);
    connect(m_engine.get(), &Engine::alertsChanged, this, &DeskData::alertsChanged);
    connect(m_engine.get(), &Engine::notificationsReceived, this,
            [this](const QList<QJsonObject> &notifications) {
                for (const QJsonObject &json : notifications) {
                    if (auto decoded = api::notificationFromJson(json)) {
                        Q_EMIT notificationReceived(decoded.value());
                    }
                }
            });
    m_engine->start();
}

CacheDeskData::~CacheDeskData()
{
    m_engine->stop();
}

api::TicketAudience CacheDeskData::audience() const
{
    return m_setup.staff ? api::TicketAudience::Staff : api::TicketAudience::Customer;
}

QList<sync::QueueRow> CacheDeskData::queueRows() const
{
    auto rows = m_cache->queueRows();
    if (!rows) {
        qCWarning(lcUi) << "cannot read the cache:" << rows.error().message;
        return {};
    }
    return rows.value();
}

std::optional<api::TicketDocument> CacheDeskData::ticket(qint64 id) const
{
    auto document = m_cache->ticket(id);
    if (!document) {
        qCWarning(lcUi) << "cannot read ticket" << id << document.error().message;
        return std::nullopt;
    }
    return document.value();
}

int CacheDeskData::pendingEditsFor(qint64 ticketId) const
{
    const auto pending = m_outbox->pending();
    if (!pending) {
        return 0;
    }
    return int(
        std::count_if(pending.value().cbegin(), pending.value().cend(),
                      [ticketId](const sync::OutboxEdit &e) { return e.ticketId == ticketId; }));
}

bool CacheDeskData::edit(sync::OutboxEdit::Kind kind, qint64 ticketId, const QJsonObject &body,
                         QString *error)
{
    const auto document = ticket(ticketId);
    const auto enqueued = m_engine->enqueue(kind, ticketId, document ? document->version : 0, body);
    if (!enqueued) {
        if (error) {
            *error = enqueued.error().message;
        }
        return false;
    }
    Q_EMIT rowsChanged();
    return true;
}

void CacheDeskData::syncNow()
{
    m_engine->syncNow();
}

void CacheDeskData::resolveConflict(qint64 editId, bool applyOnCurrent)
{
    const auto done = m_engine->resolveConflict(
        editId, applyOnCurrent ? sync::SyncEngine::Resolution::ApplyOnCurrent
                               : sync::SyncEngine::Resolution::Discard);
    if (!done) {
        qCWarning(lcUi) << "conflict not resolved:" << done.error().message;
    }
    Q_EMIT rowsChanged();
}

DeskData::Connection CacheDeskData::connection() const
{
    switch (m_engine->state()) {
    case sync::SyncEngine::State::Offline:
        return Connection::Offline;
    case sync::SyncEngine::State::Connecting:
        return Connection::Connecting;
    case sync::SyncEngine::State::Syncing:
        return Connection::Syncing;
    case sync::SyncEngine::State::Online:
        return Connection::Online;
    }
    return Connection::Offline;
}

int CacheDeskData::pendingEdits() const
{
    return m_engine->pendingCount();
}

QDateTime CacheDeskData::lastSync() const
{
    return m_engine->lastSync();
}

QList<api::AlertRecord> CacheDeskData::alerts() const
{
    auto alerts = m_cache->alertCache().alerts();
    if (!alerts) {
        qCWarning(lcUi) << "cannot read the cached alerts:" << alerts.error().message;
        return {};
    }
    return alerts.value();
}

void CacheDeskData::alertAction(qint64 alertId, api::AlertAction action)
{
    const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    sync::ApiJob *job = m_api->send("POST", api::alertActionPath(alertId, action), QJsonObject(),
                                    {{"Idempotency-Key", key}});
    connect(job, &sync::ApiJob::finished, this, [this, job, alertId, action]() {
        if (!job->isSuccess()) {
            Q_EMIT alertActionFinished(alertId, action, false, job->errorText());
            return;
        }
        // The reply is the alert's new state: show it now, before the feed brings it.
        const auto stored = m_cache->alertCache().storeAlert(job->json());
        if (!stored) {
            qCWarning(lcUi) << "the acted-on alert was not cached:" << stored.error().message;
        }
        Q_EMIT alertActionFinished(alertId, action, true, QString());
        if (stored && stored.value()) {
            Q_EMIT alertsChanged();
        }
    });
}

void CacheDeskData::requestSchedules()
{
    sync::ApiJob *job = m_api->get(api::schedulesPath());
    connect(job, &sync::ApiJob::finished, this, [this, job]() {
        const QJsonValue schedules = job->json().value(u"schedules"_s);
        if (!job->isSuccess() || !schedules.isArray()) {
            Q_EMIT schedulesFailed(job->isSuccess() ? tr("The server sent schedules that cannot "
                                                         "be read.")
                                                    : job->errorText());
            return;
        }
        Q_EMIT schedulesLoaded(schedules.toArray());
    });
}

bool CacheDeskData::mayEditOverrides() const
{
    if (m_setup.role.isEmpty()) {
        return m_setup.staff;
    }
    return m_setup.role == u"manager"_s || m_setup.role == u"admin"_s;
}

void CacheDeskData::addOverride(const QString &scheduleId, const QString &person,
                                const QDateTime &from, const QDateTime &to, const QString &reason)
{
    sendOverrideChange("POST", api::scheduleOverridesPath(scheduleId),
                       {{u"person"_s, person},
                        {u"from"_s, iso::formatUtc(from)},
                        {u"to"_s, iso::formatUtc(to)},
                        {u"reason"_s, reason}});
}

void CacheDeskData::removeOverride(const QString &scheduleId, qint64 overrideId)
{
    sendOverrideChange("DELETE", api::scheduleOverridePath(scheduleId, overrideId), {});
}

void CacheDeskData::sendOverrideChange(const QByteArray &method, const QString &path,
                                       const QJsonObject &body)
{
    const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    sync::ApiJob *job = m_api->send(method, path, body, {{"Idempotency-Key", key}});
    connect(job, &sync::ApiJob::finished, this, [this, job]() {
        if (!job->isSuccess()) {
            Q_EMIT overrideFinished(
                false, job->status() == 403
                           ? tr("Only managers and admins may change overrides (the server "
                                "said: %1).")
                                 .arg(job->errorText())
                           : job->errorText());
            return;
        }
        Q_EMIT overrideFinished(true, QString());
        requestSchedules();
    });
}

} // namespace deskside::ui

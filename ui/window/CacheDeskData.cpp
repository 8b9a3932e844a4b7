#include "window/CacheDeskData.h"

#include "base/Logging.h"
#include "sync/ApiClient.h"
#include "sync/CacheDatabase.h"
#include "sync/ClientCache.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>

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

} // namespace deskside::ui

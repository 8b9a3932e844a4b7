#include "SyncHarness.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside::sync;

SyncHarness::SyncHarness(ServerFixture &server, const QString &login)
    : m_api(m_network, server.clock())
{
    m_token = server.signedIn(login, deskside::server::Role::Specialist).token();
    auto db = CacheDatabase::open(m_dir.filePath(u"cache.sqlite"_s));
    if (!db) {
        qWarning("cannot open the cache: %s", qPrintable(db.error().message));
        return;
    }
    m_db = std::move(db.value());
    m_cache = std::make_unique<ClientCache>(*m_db);
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_api.setBaseUrl(server.baseUrl());
    m_api.setToken(m_token);
    m_engine = std::make_unique<SyncEngine>(m_api, *m_cache, *m_outbox, server.clock());
    m_engine->setBackoff(Backoff(20ms, 50ms, 1));
    m_engine->setPollInterval(1h);
}

qint64 SyncHarness::cachedVersion(qint64 ticketId) const
{
    const auto json = m_cache->ticketJson(ticketId);
    return json && json.value() ? json.value()->value(u"version"_s).toInteger() : -1;
}

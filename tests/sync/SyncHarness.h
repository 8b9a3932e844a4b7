#pragma once

#include "ServerFixture.h"
#include "sync/ApiClient.h"
#include "sync/CacheDatabase.h"
#include "sync/ClientCache.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

// One desk signed in to a test server as a specialist: its cache on disk, API client
// and sync engine, with short backoff delays and polling off unless a test turns it on.
class SyncHarness
{
public:
    SyncHarness(ServerFixture &server, const QString &login);

    bool ok() const { return m_db != nullptr && !m_token.isEmpty(); }
    QByteArray token() const { return m_token; }
    deskside::sync::SyncEngine &engine() { return *m_engine; }
    deskside::sync::ApiClient &api() { return m_api; }
    deskside::sync::ClientCache &cache() { return *m_cache; }
    deskside::sync::Outbox &outbox() { return *m_outbox; }
    // The cached ticket's version, or -1.
    qint64 cachedVersion(qint64 ticketId) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_token;
    std::unique_ptr<deskside::sync::CacheDatabase> m_db;
    std::unique_ptr<deskside::sync::ClientCache> m_cache;
    std::unique_ptr<deskside::sync::Outbox> m_outbox;
    QNetworkAccessManager m_network;
    deskside::sync::ApiClient m_api;
    std::unique_ptr<deskside::sync::SyncEngine> m_engine;
};

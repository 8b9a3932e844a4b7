#pragma once

#include "CacheFile.h"
#include "sync/ClientCache.h"

#include <memory>

// A ClientCache on a CacheFile, that tests can close and open again.
struct ClientCacheFile : CacheFile
{
    std::unique_ptr<deskside::sync::ClientCache> cache;

    // Closes the cache and its database and opens both again.
    bool reopen()
    {
        cache.reset();
        if (!reopenDatabase()) {
            return false;
        }
        cache = std::make_unique<deskside::sync::ClientCache>(*db);
        return true;
    }
};

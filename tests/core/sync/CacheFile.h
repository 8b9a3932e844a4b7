#pragma once

#include "sync/CacheDatabase.h"

#include <QDebug>
#include <QTemporaryDir>

#include <memory>

// A cache database in a temporary directory that tests can close and open again.
struct CacheFile
{
    QTemporaryDir dir;
    std::unique_ptr<deskside::sync::CacheDatabase> db;

    // Closes the database (parts built on it must be gone first) and opens it again.
    bool reopenDatabase()
    {
        db.reset();
        auto opened =
            deskside::sync::CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        db = std::move(opened.value());
        return true;
    }
};

#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace deskside::sync {

// The desktop client's SQLite file for one account (tickets, feed cursor, outbox).
// WAL journal and synchronous=FULL: an edit shown as saved survives a power cut.
// The schema migrates linearly by PRAGMA user_version, each step in a transaction.
// A connection belongs to the thread that opened it.
class CacheDatabase
{
public:
    // The newest schema this code knows.
    static constexpr int latestVersion = 2;

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (or creates) the file and migrates it. A file that is not a SQLite
    // database, or one written by a newer Deskside, is refused and left untouched.
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &path);

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int userVersion() const;

    // Prepares, binds positionally ("?") and runs one statement (forward-only).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    // The same in two steps, for a statement run many times (a feed page's upserts).
    Result<QSqlQuery> prepare(const QString &sql) const;
    Status run(QSqlQuery &query, const QVariantList &binds) const;
    // The first column of the first row, or an error "not_found" when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {}) const;

    // Runs work inside a transaction; commits when it succeeds, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

private:
    CacheDatabase(QString path, QString connectionName);
    Status configure();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
};

} // namespace deskside::sync

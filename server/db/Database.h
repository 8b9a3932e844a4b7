#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace deskside::server {

// One connection to the server's database: SQLite (default) or PostgreSQL.
// URLs: "sqlite:/path/to/file.sqlite" or "postgresql://user[:password]@host[:port]/dbname".
// A connection belongs to the thread that opened it; openAnother() gives a new one
// to the same database for another thread.
class Database
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &url);
    Result<std::unique_ptr<Database>> openAnother() const;

    // The file the server uses when no --database is given.
    static QString defaultUrl();

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString url() const { return m_url; }
    QSqlDatabase connection() const;

    // Prepares, binds positionally ("?") and runs one statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or an error when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {}) const;

    // The first column of every row as integers (ids).
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &binds = {}) const;

    // Runs work inside a transaction; commits when it succeeds, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Brings the schema to the newest version, one step at a time, each in a transaction.
    Status migrate();
    int schemaVersion() const;

private:
    Database(Backend backend, QString url, QString connectionName);

    Backend m_backend;
    QString m_url;
    QString m_connectionName;
    int m_depth = 0;
};

} // namespace deskside::server

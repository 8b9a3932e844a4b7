#include "db/Database.h"

#include "base/Logging.h"
#include "base/SqlSupport.h"
#include "db/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"deskside-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return deskside::sql::error(what, error);
}

Status configure(QSqlDatabase &db, const QString &url)
{
    if (url.startsWith(u"sqlite:"_s)) {
        const QString path = url.mid(7);
        if (path.isEmpty()) {
            return makeError(
                u"bad_database"_s,
                u"sqlite: needs a file path, e.g. sqlite:/var/lib/deskside/deskside.sqlite"_s);
        }
        if (path != u":memory:"_s) {
            QDir().mkpath(QFileInfo(path).absolutePath());
        }
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        return {};
    }
    const QUrl parsed(url);
    if ((parsed.scheme() != u"postgresql"_s && parsed.scheme() != u"postgres"_s) ||
        parsed.path().size() < 2) {
        return makeError(
            u"bad_database"_s,
            u"--database wants sqlite:PATH or postgresql://user@host:port/dbname, not '%1'"_s.arg(
                url));
    }
    db.setHostName(parsed.host().isEmpty() ? u"127.0.0.1"_s : parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
    return {};
}

} // namespace

Database::Database(Backend backend, QString url, QString connectionName)
    : m_backend(backend)
    , m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return u"sqlite:"_s + dir + u"/deskside-server/deskside.sqlite"_s;
}

Result<std::unique_ptr<Database>> Database::open(const QString &url)
{
    const Backend backend = url.startsWith(u"sqlite:"_s) ? Backend::Sqlite : Backend::Postgres;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(backend, url, name));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (!db.isValid()) {
        return makeError(u"bad_database"_s,
                         u"the Qt SQL driver for %1 is not installed"_s.arg(
                             backend == Backend::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s));
    }
    if (const Status configured = configure(db, url); !configured) {
        return configured.error();
    }
    if (!db.open()) {
        return sqlError(u"cannot open the database %1"_s.arg(url), db.lastError());
    }
    if (backend == Backend::Sqlite) {
        for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                   u"PRAGMA synchronous=NORMAL"_s}) {
            if (auto done = database->exec(pragma); !done) {
                return done.error();
            }
        }
    } else if (auto quiet = database->exec(u"SET client_min_messages TO WARNING"_s); !quiet) {
        return quiet.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_url);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Unprepared: PostgreSQL cannot prepare statements such as CREATE DATABASE or SET.
        if (!query.exec(sql)) {
            return sqlError(u"cannot run '%1'"_s.arg(sql.left(80)), query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return sqlError(u"cannot prepare '%1'"_s.arg(sql.left(80)), query.lastError());
    }
    for (const QVariant &bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return sqlError(u"cannot run '%1'"_s.arg(sql.left(80)), query.lastError());
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds) const
{
    return deskside::sql::firstValue(exec(sql, binds));
}

Result<QList<qint64>> Database::ids(const QString &sql, const QVariantList &binds) const
{
    auto query = exec(sql, binds);
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query.value().next()) {
        ids.append(query.value().value(0).toLongLong());
    }
    return ids;
}

Status Database::transaction(const std::function<Status()> &work)
{
    return deskside::sql::transaction(connection(), m_depth, work);
}

int Database::schemaVersion() const
{
    const auto version = scalar(u"SELECT MAX(version) FROM schema_version"_s);
    return version ? version.value().toInt() : 0;
}

Status Database::migrate()
{
    if (auto made = exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !made) {
        return made.error();
    }
    const QString idColumn =
        isPostgres() ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const auto &steps = serverMigrations();
    for (int version = 1; version <= int(steps.size()); ++version) {
        const Status step = transaction([&]() -> Status {
            if (isPostgres()) {
                // Two servers starting at once: one migrates, the other waits and skips.
                if (auto locked = exec(u"SELECT pg_advisory_xact_lock(4711)"_s); !locked) {
                    return locked.error();
                }
            }
            if (schemaVersion() >= version) {
                return {};
            }
            for (QString statement : steps[version - 1]) {
                statement.replace(u"{ID}"_s, idColumn);
                if (auto done = exec(statement); !done) {
                    return done.error();
                }
            }
            if (auto recorded =
                    exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
                !recorded) {
                return recorded.error();
            }
            qCInfo(lcServerDb) << "database schema migrated to version" << version;
            return {};
        });
        if (!step) {
            return step;
        }
    }
    return {};
}

} // namespace deskside::server

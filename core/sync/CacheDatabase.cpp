#include "sync/CacheDatabase.h"

#include "base/Logging.h"
#include "base/SqlSupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"deskside-cache-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return deskside::sql::error(what, error);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("deskside::sync::CacheDatabase", text);
}

// Each entry brings the schema from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
         // Text columns may be NULL (an empty QString binds as NULL).
         u"CREATE TABLE tickets (id INTEGER PRIMARY KEY, version INTEGER NOT NULL,"
         " json TEXT NOT NULL, subject TEXT, requester_name TEXT, requester_email TEXT,"
         " assignee TEXT, priority TEXT NOT NULL, status TEXT NOT NULL, tier3_key TEXT,"
         " opened_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
         " respond_due INTEGER NOT NULL, resolve_due INTEGER NOT NULL,"
         " responded INTEGER NOT NULL, paused INTEGER NOT NULL)"_s,
         u"CREATE TABLE events (seq INTEGER PRIMARY KEY, json TEXT NOT NULL)"_s,
         u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
         " ticket_id INTEGER NOT NULL, base_version INTEGER NOT NULL, body TEXT NOT NULL,"
         " idempotency_key TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,"
         " last_error TEXT, conflicted INTEGER NOT NULL DEFAULT 0)"_s,
         u"CREATE INDEX outbox_ticket ON outbox (ticket_id)"_s},
        // On-call: the newest state of each alert, the user's notifications (once each).
        {u"CREATE TABLE alerts (id INTEGER PRIMARY KEY, version INTEGER NOT NULL,"
         " status TEXT NOT NULL, updated_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
         u"CREATE TABLE notifications (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
         " json TEXT NOT NULL)"_s},
    };
    return steps;
}

// Refuses, before SQLite touches it, a file that is not a SQLite database.
Status checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {};
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return makeError(
            u"bad_cache"_s,
            tr("The local cache %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16)) {
        return makeError(u"bad_cache"_s,
                         tr("The local cache %1 is not a SQLite database; it was left as it is. "
                            "Move it away to start with a fresh cache.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace

CacheDatabase::CacheDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &path)
{
    if (path.isEmpty()) {
        return makeError(u"bad_cache"_s, tr("The local cache needs a file path."));
    }
    if (const Status header = checkHeader(path); !header) {
        return header.error();
    }
    const QString name = nextConnectionName();
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid()) {
        return makeError(u"bad_cache"_s, tr("The Qt SQL driver for SQLite is not installed."));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        return sqlError(tr("The local cache %1 cannot be opened").arg(path), db.lastError());
    }
    if (const Status configured = cache->configure(); !configured) {
        return configured.error();
    }
    if (const Status migrated = cache->migrate(); !migrated) {
        return migrated.error();
    }
    return cache;
}

QSqlDatabase CacheDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status CacheDatabase::configure()
{
    // Read first: this fails on a damaged file before any pragma writes to it.
    auto version = scalar(u"PRAGMA user_version"_s);
    if (!version) {
        return makeError(u"bad_cache"_s,
                         tr("The local cache %1 cannot be read (%2); it was left as it is.")
                             .arg(QDir::toNativeSeparators(m_path), version.error().message));
    }
    if (version.value().toInt() > latestVersion) {
        return makeError(u"cache_too_new"_s,
                         tr("The local cache %1 was written by a newer version of Deskside "
                            "(schema %2, this version knows up to %3). Update Deskside.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version.value().toInt())
                             .arg(latestVersion));
    }
    auto mode = scalar(u"PRAGMA journal_mode=WAL"_s);
    if (!mode) {
        return mode.error();
    }
    if (mode.value().toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        qCWarning(lcSync) << "the cache" << m_path << "runs without WAL, in journal mode"
                          << mode.value().toString();
    }
    for (const auto &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = exec(pragma); !done) {
            return done.error();
        }
    }
    return {};
}

int CacheDatabase::userVersion() const
{
    const auto version = scalar(u"PRAGMA user_version"_s);
    return version ? version.value().toInt() : 0;
}

Status CacheDatabase::migrate()
{
    const auto &steps = migrations();
    static_assert(latestVersion >= 1);
    Q_ASSERT(steps.size() == latestVersion);
    for (int version = userVersion(); version < latestVersion; ++version) {
        const Status step = transaction([&]() -> Status {
            for (const QString &sql : steps.at(version)) {
                if (auto done = exec(sql); !done) {
                    return done.error();
                }
            }
            // PRAGMA takes no bound parameters; the value is an integer we own.
            if (auto done = exec(u"PRAGMA user_version = %1"_s.arg(version + 1)); !done) {
                return done.error();
            }
            return {};
        });
        if (!step) {
            return step;
        }
        qCDebug(lcSync) << "cache" << m_path << "migrated to schema" << version + 1;
    }
    return {};
}

Result<QSqlQuery> CacheDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return sqlError(u"cannot prepare '%1'"_s.arg(sql.left(80)), query.lastError());
    }
    return query;
}

Status CacheDatabase::run(QSqlQuery &query, const QVariantList &binds) const
{
    for (int i = 0; i < binds.size(); ++i) {
        query.bindValue(i, binds.at(i));
    }
    if (!query.exec()) {
        return sqlError(u"cannot run '%1'"_s.arg(query.lastQuery().left(80)), query.lastError());
    }
    return {};
}

Result<QSqlQuery> CacheDatabase::exec(const QString &sql, const QVariantList &binds) const
{
    auto query = prepare(sql);
    if (!query) {
        return query;
    }
    if (const Status done = run(query.value(), binds); !done) {
        return done.error();
    }
    return query;
}

Result<QVariant> CacheDatabase::scalar(const QString &sql, const QVariantList &binds) const
{
    return deskside::sql::firstValue(exec(sql, binds));
}

Status CacheDatabase::transaction(const std::function<Status()> &work)
{
    return deskside::sql::transaction(connection(), m_depth, work);
}

} // namespace deskside::sync

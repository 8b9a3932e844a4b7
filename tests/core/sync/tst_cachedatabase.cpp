#include "sync/CacheDatabase.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sync;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("createEmptyFile");
        QTest::addRow("new file") << u"cache.sqlite"_s << false;
        QTest::addRow("zero-byte file") << u"cache.sqlite"_s << true;
        QTest::addRow("missing folders") << u"accounts/7/cache.sqlite"_s << false;
    }
    void migratesFromEmpty()
    {
        QFETCH(QString, relative);
        QFETCH(bool, createEmptyFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(relative);
        if (createEmptyFile) {
            writeFile(path, {});
        }
        auto db = CacheDatabase::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        CacheDatabase &cache = *db.value();
        QCOMPARE(cache.path(), path);
        QCOMPARE(cache.userVersion(), CacheDatabase::latestVersion);
        for (const auto &table : {u"meta"_s, u"tickets"_s, u"events"_s, u"outbox"_s}) {
            auto found = cache.scalar(
                u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table});
            QVERIFY(found.ok());
            QCOMPARE(found.value().toInt(), 1);
        }
        QCOMPARE(cache.scalar(u"PRAGMA journal_mode"_s).value().toString(), u"wal"_s);
        QCOMPARE(cache.scalar(u"PRAGMA synchronous"_s).value().toInt(), 2); // FULL
        QCOMPARE(cache.scalar(u"PRAGMA foreign_keys"_s).value().toInt(), 1);
        const QSqlRecord columns = cache.connection().record(u"outbox"_s);
        for (const auto &column :
             {u"id"_s, u"kind"_s, u"ticket_id"_s, u"base_version"_s, u"body"_s,
              u"idempotency_key"_s, u"created_at"_s, u"last_error"_s, u"conflicted"_s}) {
            QVERIFY2(columns.contains(column), qPrintable(column));
        }
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            auto db = CacheDatabase::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"INSERT INTO meta (key, value) VALUES ('k', 'kept')"_s).ok());
        }
        auto db = CacheDatabase::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->userVersion(), CacheDatabase::latestVersion);
        const auto value = db.value()->scalar(u"SELECT value FROM meta WHERE key = 'k'"_s);
        QVERIFY(value.ok());
        QCOMPARE(value.value().toString(), u"kept"_s);
    }

    void twoConnectionsAtOnce()
    {
        QTemporaryDir dir;
        auto first = CacheDatabase::open(dir.filePath(u"a.sqlite"_s));
        auto second = CacheDatabase::open(dir.filePath(u"b.sqlite"_s));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value()->exec(u"INSERT INTO meta (key, value) VALUES ('k', 'a')"_s).ok());
        QCOMPARE(second.value()->scalar(u"SELECT COUNT(*) FROM meta"_s).value().toInt(), 0);
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db.ok());
        CacheDatabase &cache = *db.value();
        const Status failed = cache.transaction([&]() -> Status {
            if (!cache.exec(u"INSERT INTO meta (key, value) VALUES ('a', '1')"_s)) {
                return makeError(u"test"_s, u"insert failed"_s);
            }
            // A nested transaction joins the outer one: its failure undoes both.
            return cache.transaction([&]() -> Status {
                return makeError(u"test"_s, cache.inTransaction() ? u"refused"_s : u"flat"_s);
            });
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, u"refused"_s);
        QVERIFY(!cache.inTransaction());
        QCOMPARE(cache.scalar(u"SELECT COUNT(*) FROM meta"_s).value().toInt(), 0);
        const Status done = cache.transaction([&]() -> Status {
            auto inserted = cache.exec(u"INSERT INTO meta (key, value) VALUES ('b', '2')"_s);
            return inserted ? Status() : Status(inserted.error());
        });
        QVERIFY(done.ok());
        QCOMPARE(cache.scalar(u"SELECT COUNT(*) FROM meta"_s).value().toInt(), 1);
    }

    void refusesNotADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("text") << QByteArray("these are my notes, not a cache\n");
        QTest::addRow("short") << QByteArray("SQL");
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        QTest::addRow("almost sqlite") << QByteArray("SQLite format 2\0 and more bytes", 31);
    }
    void refusesNotADatabase()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        writeFile(path, content);
        auto db = CacheDatabase::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"bad_cache"_s);
        QVERIFY2(db.error().message.contains(u"not a SQLite database"_s),
                 qPrintable(db.error().message));
        QCOMPARE(readAll(path), content);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }

    void refusesDamagedDatabase()
    {
        // A valid header followed by garbage: SQLite itself refuses it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        QByteArray content("SQLite format 3\0", 16);
        content.append(QByteArray(4080, 'x'));
        writeFile(path, content);
        auto db = CacheDatabase::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"bad_cache"_s);
        QVERIFY(db.error().message.contains(u"left as it is"_s));
        QCOMPARE(readAll(path), content);
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            auto db = CacheDatabase::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(u"INSERT INTO meta (key, value) VALUES ('k', 'v')"_s).ok());
            QVERIFY(db.value()->exec(u"PRAGMA user_version = 99"_s).ok());
        }
        const QByteArray before = readAll(path);
        auto db = CacheDatabase::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, u"cache_too_new"_s);
        QVERIFY2(db.error().message.contains(u"newer version of Deskside"_s),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"99"_s));
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"

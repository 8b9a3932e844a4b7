#include "ServerFixture.h"
#include "admin/AdminCommand.h"
#include "db/Database.h"
#include "ingest/IntegrationStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString readAll(std::FILE *file)
{
    std::rewind(file);
    QByteArray text;
    char buffer[1024];
    while (const size_t n = std::fread(buffer, 1, sizeof buffer, file)) {
        text.append(buffer, qsizetype(n));
    }
    return QString::fromUtf8(text);
}

// Runs `deskside-server <arguments>` through AdminCommand, as main() does.
CommandRun runAdmin(const QStringList &arguments)
{
    std::FILE *in = std::tmpfile();
    std::FILE *out = std::tmpfile();
    std::FILE *err = std::tmpfile();
    CommandRun run;
    const QStringList full = QStringList{u"deskside-server"_s} + arguments;
    if (AdminCommand::handles(full)) {
        run.exitCode = AdminCommand(in, out, err).run(full);
    }
    run.out = readAll(out);
    run.err = readAll(err);
    std::fclose(in);
    std::fclose(out);
    std::fclose(err);
    return run;
}

} // namespace

// Integrations: the store (tokens shown once, only their SHA-256 kept) and the
// `deskside-server integration add|list` command.
class TestIntegrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
    }
    void cleanup() { m_fixture.reset(); }

    void storeKeepsOnlyTheHash()
    {
        Database &db = *m_fixture->context().db;
        IntegrationStore store(db);
        const auto token = store.add(u"alertmanager"_s, u"prom-eu"_s, 1773068400);
        QVERIFY(token);
        QCOMPARE(QByteArray::fromBase64(token.value(), QByteArray::Base64UrlEncoding).size(), 32);
        const auto stored = db.scalar(u"SELECT token_hash FROM integrations"_s);
        QVERIFY(stored);
        QCOMPARE(stored->toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(token.value(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(store.authenticate(u"alertmanager"_s, token.value()).value(), u"prom-eu"_s);
        QCOMPARE(store.authenticate(u"generic"_s, token.value()).error().code, u"wrong_kind"_s);
        QCOMPARE(store.authenticate(u"alertmanager"_s, "nope").error().code, u"unauthorized"_s);
        QCOMPARE(store.authenticate(u"alertmanager"_s, {}).error().code, u"unauthorized"_s);
        QVERIFY(db.exec(u"UPDATE integrations SET disabled = 1"_s));
        QCOMPARE(store.authenticate(u"alertmanager"_s, token.value()).error().code,
                 u"unauthorized"_s);
    }

    void storeRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown kind") << u"nagios"_s << u"n1"_s << u"kind"_s;
        QTest::addRow("empty name") << u"generic"_s << u""_s << u"name"_s;
        QTest::addRow("name with spaces") << u"generic"_s << u"my robot"_s << u"name"_s;
        QTest::addRow("duplicate name") << u"generic"_s << u"taken"_s << u"name_taken"_s;
    }
    void storeRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, code);
        IntegrationStore store(*m_fixture->context().db);
        QVERIFY(store.add(u"alertmanager"_s, u"taken"_s, 0));
        const auto added = store.add(kind, name, 0);
        QVERIFY(!added);
        QCOMPARE(added.error().code, code);
        QCOMPARE(store.list()->size(), 1);
    }

    void commandAddsAndLists()
    {
        const QString db = m_fixture->databaseUrl();
        const CommandRun added = runAdmin({u"integration"_s, u"add"_s, u"--database"_s, db,
                                           u"--kind"_s, u"generic"_s, u"--name"_s, u"robot"_s});
        QCOMPARE(added.exitCode, 0);
        static const QRegularExpression tokenLine(u"^[A-Za-z0-9_-]{43}\n$"_s);
        QVERIFY2(tokenLine.match(added.out).hasMatch(), qPrintable(added.out));
        const QByteArray token = added.out.trimmed().toLatin1();
        IntegrationStore store(*m_fixture->context().db);
        QCOMPARE(store.authenticate(u"generic"_s, token).value(), u"robot"_s);
        // The token works on the generic route.
        const HttpReply reply = m_fixture->client().post(
            u"/api/v1/alerts"_s, {{u"key"_s, u"k"_s}, {u"summary"_s, u"Down"_s}},
            {{"Authorization", "Bearer " + token}});
        QCOMPARE(reply.status, 202);

        const CommandRun listed = runAdmin({u"integration"_s, u"list"_s, u"--database"_s, db});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.startsWith(u"robot\tgeneric\tenabled\t"_s), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(QString::fromLatin1(token)));
    }

    void commandErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown kind")
            << QStringList{u"add"_s, u"--kind"_s, u"nagios"_s, u"--name"_s, u"n"_s}
            << u"--kind must be alertmanager or generic"_s;
        QTest::addRow("duplicate name")
            << QStringList{u"add"_s, u"--kind"_s, u"generic"_s, u"--name"_s, u"existing"_s}
            << u"an integration named 'existing' already exists"_s;
        QTest::addRow("no name") << QStringList{u"add"_s, u"--kind"_s, u"generic"_s}
                                 << u"--kind and --name are required"_s;
        QTest::addRow("unknown action") << QStringList{u"remove"_s} << u"add or list"_s;
    }
    void commandErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        IntegrationStore store(*m_fixture->context().db);
        QVERIFY(store.add(u"generic"_s, u"existing"_s, 0));
        const CommandRun run = runAdmin(QStringList{u"integration"_s, arguments.first(),
                                                    u"--database"_s, m_fixture->databaseUrl()} +
                                        arguments.mid(1));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"deskside-server: "_s) && run.err.contains(message),
                 qPrintable(run.err));
        QCOMPARE(store.list()->size(), 1);
    }

    void commandWithoutDatabase()
    {
        const CommandRun run = runAdmin({u"integration"_s, u"list"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--database is required"_s));
        const CommandRun help = runAdmin({u"integration"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"integration add --database DB --kind alertmanager|generic"_s));
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestIntegrations)
#include "tst_integrations.moc"

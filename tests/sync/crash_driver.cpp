// crash_driver: one desk for tst_crash, in its own process so it can be killed (SIGKILL).
//
//   crash_driver --cache FILE --server URL --token TOKEN --run N --tickets 1,2,3
//       Syncs and makes edits until killed: replies "edit-N-<n>" and, now and then, a
//       priority change explained "edit-N-<n>". "SAVED edit-N-<n>" is printed (and
//       flushed) only after SyncEngine::enqueue() returned, i.e. once it is shown as saved.
//       "REACHED" is printed when the server first answered.
//   crash_driver --drain --cache FILE --server URL --token TOKEN
//       Delivers what the outbox holds, pulls once more, prints "DRAINED" and exits 0
//       (1 when it cannot within two minutes, or when the server refused an edit).
//
// Conflicts (412) are settled as a person would: the edit applied on the current version
// ("CONFLICT <edit id>" is printed). A refused edit prints "REJECTED <text>: <reason>".
#include "base/Clock.h"
#include "sync/ApiClient.h"
#include "sync/CacheDatabase.h"
#include "sync/ClientCache.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside;
using namespace deskside::sync;
using Kind = OutboxEdit::Kind;

namespace {

constexpr auto drainTimeout = 120s;
// A slow machine delivers more slowly than the editor edits: it waits beyond this many.
constexpr int maxPending = 25;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString textOf(const OutboxEdit &edit)
{
    const QJsonObject &body = edit.body;
    return body.contains(u"explanation"_s) ? body.value(u"explanation"_s).toString()
                                           : body.value(u"body"_s).toString();
}

// The cache, outbox and sync engine of one desk, as the app wires them.
class Desk
{
public:
    Desk(std::unique_ptr<CacheDatabase> db, const QUrl &server, const QByteArray &token)
        : m_db(std::move(db))
        , m_cache(*m_db)
        , m_outbox(*m_db)
        , m_api(m_network, m_clock)
        , m_engine(m_api, m_cache, m_outbox, m_clock)
    {
        m_api.setBaseUrl(server);
        m_api.setToken(token);
        m_engine.setBackoff(Backoff(20ms, 200ms, 1));
        m_engine.setPollInterval(1s);
        QObject::connect(
            &m_engine, &SyncEngine::conflict, &m_engine, [this](const OutboxEdit &edit) {
                say(u"CONFLICT %1"_s.arg(edit.id));
                QTimer::singleShot(0, &m_engine, [this, id = edit.id] { applyOnCurrent(id); });
            });
        QObject::connect(&m_engine, &SyncEngine::editRejected, &m_engine,
                         [](const OutboxEdit &edit, const QString &reason) {
                             say(u"REJECTED %1: %2"_s.arg(textOf(edit), reason));
                         });
    }

    // Starts syncing; conflicts left by a killed run are settled first.
    void start()
    {
        if (const auto pending = m_outbox.pending()) {
            for (const OutboxEdit &edit : pending.value()) {
                if (edit.conflicted) {
                    say(u"CONFLICT %1"_s.arg(edit.id));
                    applyOnCurrent(edit.id);
                }
            }
        }
        // Once the server has answered, the test starts counting saved edits.
        QObject::connect(
            &m_engine, &SyncEngine::stateChanged, &m_engine, [this](SyncEngine::State state) {
                if (!m_reached &&
                    (state == SyncEngine::State::Syncing || state == SyncEngine::State::Online)) {
                    m_reached = true;
                    say(u"REACHED"_s);
                }
            });
        m_engine.start();
    }

    SyncEngine &engine() { return m_engine; }
    ClientCache &cache() { return m_cache; }
    Outbox &outbox() { return m_outbox; }

private:
    void applyOnCurrent(qint64 editId)
    {
        const Status resolved =
            m_engine.resolveConflict(editId, SyncEngine::Resolution::ApplyOnCurrent);
        if (!resolved) {
            std::fprintf(stderr, "crash_driver: cannot settle conflict %lld: %s\n",
                         qlonglong(editId), qPrintable(resolved.error().message));
        }
    }

    std::unique_ptr<CacheDatabase> m_db;
    ClientCache m_cache;
    Outbox m_outbox;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    ApiClient m_api;
    SyncEngine m_engine;
    bool m_reached = false;
};

// Makes edits one after the other on a few tickets, as fast as a busy person on a
// fast machine, while the engine syncs.
class Editor
{
public:
    Editor(Desk &desk, int run, QList<qint64> tickets)
        : m_desk(desk)
        , m_run(run)
        , m_tickets(std::move(tickets))
        , m_random(quint32(run) * 7919u + 17u)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start() { m_timer.start(0); }

private:
    QJsonObject cached(qint64 id) const
    {
        const auto json = m_desk.cache().ticketJson(id);
        return json && json.value() ? *json.value() : QJsonObject();
    }

    // The priority the server will have once the outbox is delivered.
    QString expectedPriority(qint64 id) const
    {
        QString priority = cached(id).value(u"priority"_s).toString();
        if (const auto pending = m_desk.outbox().pending()) {
            for (const OutboxEdit &edit : pending.value()) {
                if (edit.ticketId == id && edit.kind == Kind::Priority) {
                    priority = edit.body.value(u"priority"_s).toString();
                }
            }
        }
        return priority;
    }

    void tick()
    {
        m_timer.start(int(m_random.bounded(3, 25)));
        const qint64 id = m_tickets.at(qsizetype(m_random.bounded(quint32(m_tickets.size()))));
        const QJsonObject ticket = cached(id);
        if (ticket.isEmpty() || m_desk.engine().pendingCount() >= maxPending) {
            return; // the first bootstrap is still under way, or the edits wait for sync
        }
        const QString text = u"edit-%1-%2"_s.arg(m_run).arg(m_count + 1);
        const bool priority = m_random.bounded(4) == 0;
        QJsonObject body{{u"body"_s, text}};
        if (priority) {
            QStringList choices{u"low"_s, u"medium"_s, u"high"_s};
            choices.removeAll(expectedPriority(id));
            body = {
                {u"priority"_s, choices.at(qsizetype(m_random.bounded(quint32(choices.size()))))},
                {u"explanation"_s, text}};
        }
        const auto edit = m_desk.engine().enqueue(priority ? Kind::Priority : Kind::Reply, id,
                                                  ticket.value(u"version"_s).toInteger(), body);
        if (!edit) {
            std::fprintf(stderr, "crash_driver: cannot save an edit: %s\n",
                         qPrintable(edit.error().message));
            QCoreApplication::exit(2);
            return;
        }
        ++m_count;
        say(u"SAVED "_s + text);
    }

    Desk &m_desk;
    int m_run;
    QList<qint64> m_tickets;
    QRandomGenerator m_random;
    QTimer m_timer;
    int m_count = 0;
};

// Waits until the outbox is empty and a pull started after that has finished.
void drain(Desk &desk)
{
    if (const auto pending = desk.outbox().pending()) {
        for (const OutboxEdit &edit : pending.value()) {
            if (!edit.conflicted && !edit.lastError.isEmpty()) {
                say(u"REJECTED %1: %2"_s.arg(textOf(edit), edit.lastError));
                QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
                return;
            }
        }
    }
    auto *check = new QTimer(&desk.engine());
    auto pulledAfterEmpty = std::make_shared<int>(0); // 0: not yet asked, 1: asked, 2: done
    QObject::connect(&desk.engine(), &SyncEngine::lastSyncChanged, check, [pulledAfterEmpty] {
        if (*pulledAfterEmpty == 1) {
            *pulledAfterEmpty = 2;
        }
    });
    QObject::connect(&desk.engine(), &SyncEngine::editRejected, check,
                     [] { QCoreApplication::exit(1); });
    QObject::connect(check, &QTimer::timeout, check, [&desk, pulledAfterEmpty] {
        SyncEngine &engine = desk.engine();
        const bool idle = engine.pendingCount() == 0 && engine.state() == SyncEngine::State::Online;
        if (idle && *pulledAfterEmpty == 0) {
            *pulledAfterEmpty = 1;
            engine.syncNow();
        } else if (idle && *pulledAfterEmpty == 2) {
            say(u"DRAINED"_s);
            QCoreApplication::exit(0);
        }
    });
    check->start(20);
    QTimer::singleShot(drainTimeout, check, [&desk] {
        std::fprintf(stderr, "crash_driver: not drained: %d edits pending, state %d\n",
                     desk.engine().pendingCount(), int(desk.engine().state()));
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"cache"_s, u"The cache file."_s, u"file"_s},
                       {u"server"_s, u"The server's base URL."_s, u"url"_s},
                       {u"token"_s, u"A session token."_s, u"token"_s},
                       {u"run"_s, u"The run number (in the edits' text)."_s, u"n"_s},
                       {u"tickets"_s, u"The ticket ids to edit, comma-separated."_s, u"ids"_s},
                       {u"drain"_s, u"Deliver the outbox, pull, and exit."_s}});
    parser.process(app);
    QList<qint64> tickets;
    for (const QString &id : parser.value(u"tickets"_s).split(u',', Qt::SkipEmptyParts)) {
        tickets.append(id.toLongLong());
    }
    const bool draining = parser.isSet(u"drain"_s);
    if (!parser.isSet(u"cache"_s) || !parser.isSet(u"server"_s) || !parser.isSet(u"token"_s) ||
        (!draining && tickets.isEmpty())) {
        std::fputs("crash_driver: --cache, --server, --token and --tickets (or --drain) are "
                   "required\n",
                   stderr);
        return 2;
    }
    auto db = CacheDatabase::open(parser.value(u"cache"_s));
    if (!db) {
        std::fprintf(stderr, "crash_driver: cannot open the cache: %s\n",
                     qPrintable(db.error().message));
        return 2;
    }
    Desk desk(std::move(db.value()), QUrl(parser.value(u"server"_s)),
              parser.value(u"token"_s).toUtf8());
    Editor editor(desk, parser.value(u"run"_s).toInt(), tickets);
    desk.start();
    if (draining) {
        drain(desk);
    } else {
        editor.start();
    }
    return app.exec();
}

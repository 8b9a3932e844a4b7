// Change-feed bootstrap: how long a new client takes to download every ticket over HTTP.
// Target (DESIGN.md section 6): 100 000 tickets in under 30 s.
//
//   bench_feed [N]    (default 100000)
//
// Seeds N tickets into a SQLite file through TicketStore (one transaction), restarts the
// server on that file as a deployment would, signs in as a specialist and pages through
// GET /api/v1/changes with limit=1000 until has_more is false, in this process.
#include "Server.h"
#include "auth/UserStore.h"
#include "base/Clock.h"
#include "db/Database.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
};

// A blocking request; the nested event loop also runs the in-process server.
Reply send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url,
           const QByteArray &token, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
    reply->deleteLater();
    return result;
}

std::unique_ptr<Server> startServer(const Clock &clock, const QString &database)
{
    ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.database = database;
    options.passwordIterations = 1000;
    options.limits.requestsPerMinute = 0;
    auto server = std::make_unique<Server>(clock);
    if (const Status started = server->start(options); !started) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(started.error().message));
        return nullptr;
    }
    return server;
}

Status seed(const ServerContext &context, int count)
{
    static const QStringList subjects{
        u"Orders do not reach the warehouse"_s, u"Invoice shows the wrong tax rate"_s,
        u"Scanner sync fails at the Dallas DC"_s, u"Shopify webhook returns 401"_s};
    static const QList<ticket::Priority> priorities{ticket::Priority::Low, ticket::Priority::Medium,
                                                    ticket::Priority::High};
    const QDateTime now = context.clock->now();
    return context.db->transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const QDateTime opened = now.addSecs(-60 * (count - i));
            const QString who = u"customer%1"_s.arg(i % 500);
            ticket::Ticket ticket(0, u"%1 (#%2)"_s.arg(subjects.at(i % subjects.size())).arg(i),
                                  {u"Customer %1"_s.arg(i % 500), who + u"@bench.example"_s},
                                  priorities.at(i % priorities.size()), opened);
            const Status added = ticket.addMessage(
                {0, ticket.requester().name, opened,
                 u"Since this morning nothing reaches the warehouse; order batch %1 is stuck."_s
                     .arg(i),
                 false, false});
            if (!added) {
                return added;
            }
            if (auto created = context.tickets->create(ticket, opened.toSecsSinceEpoch());
                !created) {
                return created.error();
            }
        }
        return Status();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_feed [ticket count]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s);
    const SystemClock clock;

    QElapsedTimer timer;
    {
        const auto seeding = startServer(clock, database);
        if (!seeding) {
            return 1;
        }
        timer.start();
        if (const Status seeded = seed(seeding->context(), count); !seeded) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(seeded.error().message));
            return 1;
        }
        std::printf("seeded %d tickets in %.1f s\n", count, timer.elapsed() / 1000.0);
        const auto added = seeding->context().users->add({u"bench"_s, u"bench@deskside.example"_s,
                                                          u"Bench Specialist"_s, Role::Specialist,
                                                          u"bench-password"_s},
                                                         clock.now().toSecsSinceEpoch());
        if (!added) {
            std::fprintf(stderr, "cannot add the specialist: %s\n",
                         qPrintable(added.error().message));
            return 1;
        }
    }
    const auto server = startServer(clock, database); // a fresh start, as after a deployment
    if (!server) {
        return 1;
    }
    QNetworkAccessManager manager;
    const QString base = u"http://127.0.0.1:%1"_s.arg(server->port());
    const Reply session = send(manager, "POST", QUrl(base + u"/api/v1/session"_s), {},
                               R"({"login":"bench","password":"bench-password"})");
    const QByteArray token =
        QJsonDocument::fromJson(session.body).object().value(u"token"_s).toString().toLatin1();
    if (session.status != 201 || token.isEmpty()) {
        std::fprintf(stderr, "sign-in failed: HTTP %d %s\n", session.status,
                     session.body.constData());
        return 1;
    }

    timer.restart();
    QSet<qint64> seen;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const Reply page =
            send(manager, "GET", QUrl(base + u"/api/v1/changes?cursor=%1&limit=1000"_s.arg(cursor)),
                 token);
        if (page.status != 200) {
            std::fprintf(stderr, "GET /api/v1/changes failed: HTTP %d %s\n", page.status,
                         page.body.left(300).constData());
            return 1;
        }
        const QJsonObject json = QJsonDocument::fromJson(page.body).object();
        for (const QJsonValue &change : json.value(u"changes"_s).toArray()) {
            const QJsonObject ticket = change.toObject().value(u"ticket"_s).toObject();
            if (!ticket.isEmpty()) {
                seen.insert(ticket.value(u"id"_s).toInteger());
            }
        }
        cursor = json.value(u"next_cursor"_s).toInteger();
        more = json.value(u"has_more"_s).toBool();
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("bootstrap %lld tickets over HTTP: %.1f s (target < 30 s)\n",
                static_cast<long long>(seen.size()), seconds);
    std::printf("change-feed throughput: %.0f tickets/s (%d pages of up to 1000 changes)\n",
                static_cast<double>(seen.size()) / std::max(seconds, 0.001), pages);
    if (seen.size() != count) {
        std::fprintf(stderr, "expected %d tickets, the feed gave %lld\n", count,
                     static_cast<long long>(seen.size()));
        return 1;
    }
    return 0;
}

// bench_alert: alert ingested → pop-up on the on-call desk, across the real server and
// client. Target (DESIGN.md section 6): < 2 s.
//
//   bench_alert [N]    (default 30 alerts; runs offscreen)
//
// An in-process server on 127.0.0.1 (port 0) with the on-call world of the tests (sam is on
// call for the default policy's first tier), a generic integration's token, and sam's desk
// signed in as the app wires it: the cache, sync with push, and the alert pop-ups
// (AlertCenter, silent). For each of N alerts with distinct keys the clock starts just
// before POST /api/v1/alerts and stops when the 202 arrives (ingested: stored durably) and
// when AlertCenter::popupOpened names the alert (pop-up shown); sam then acknowledges it on
// the pop-up and the next alert waits until it closed. Server and desk share this process
// and its one thread, as neither would in production.
#include "OnCallDesk.h"
#include "OnCallWorld.h"
#include "alerts/AlertPopup.h"
#include "ingest/IntegrationStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::ui::AlertCenter;

namespace {

constexpr int waitMs = 30000;

// Runs the event loop until done() holds, checking after each `signal` of `sender`; false
// when it still does not after waitMs. (QTest::qWaitFor sleeps between rounds, which would
// add to the figures: the server and the desk only run inside this loop.)
template<typename Sender, typename Signal>
bool runUntil(Sender *sender, Signal signal, const std::function<bool()> &done)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The offscreen platform cannot raise a window or propagate size hints, and says so for
// every pop-up: those lines are dropped, every other message is passed on.
QtMessageHandler passOn = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"This plugin does not support"_s)) {
        return;
    }
    if (passOn) {
        passOn(type, context, message);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

struct Figures
{
    double min = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    const auto p95 = qsizetype(std::ceil(0.95 * double(n))) - 1; // nearest rank
    return {ms.first(), median, ms.at(std::clamp<qsizetype>(p95, 0, n - 1)), ms.last()};
}

void print(const char *what, const Figures &f, const char *target)
{
    std::printf("  %-26s min %6.1f ms, median %6.1f ms, p95 %6.1f ms, max %6.1f ms%s\n", what,
                f.min, f.median, f.p95, f.max, target);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    passOn = qInstallMessageHandler(quietOffscreen);
    QLoggingCategory::setFilterRules(u"deskside.*.debug=false\ndeskside.*.info=false"_s);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_alert [alert count]\n");
        return 2;
    }

    ServerFixture fixture;
    OnCallWorld world(fixture);
    if (!world.setUp()) {
        return 1;
    }
    auto token =
        server::IntegrationStore(*fixture.context().db)
            .add(u"generic"_s, u"bench-monitor"_s, fixture.clock().now().toSecsSinceEpoch());
    if (!token) {
        std::fprintf(stderr, "no integration: %s\n", qPrintable(token.error().message));
        return 1;
    }
    OnCallDesk desk;
    if (!desk.open(fixture.baseUrl(), world.as(u"sam"_s).token(), u"sam"_s, fixture.clock(),
                   nullptr)) {
        return 1;
    }
    QTimer poll; // the desk's state has no one signal for "online": look every 10 ms
    poll.start(10);
    if (!runUntil(&poll, &QTimer::timeout, [&] { return desk.isOnline(); })) {
        std::fprintf(stderr, "the desk did not come online\n");
        return 1;
    }
    poll.stop();

    QElapsedTimer clock;
    clock.start();
    std::map<qint64, qint64> shownAtNs;
    QObject::connect(&desk.center(), &AlertCenter::popupOpened, &app,
                     [&](qint64 id) { shownAtNs.emplace(id, clock.nsecsElapsed()); });
    QNetworkAccessManager monitor; // keeps its connection, as a monitor's client would
    QNetworkRequest request(fixture.baseUrl().resolved(QUrl(u"/api/v1/alerts"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization", "Bearer " + token.value());

    QList<double> ingestedMs;
    QList<double> shownMs;
    for (int i = 0; i < count; ++i) {
        const QJsonObject alert{
            {u"key"_s, u"bench-%1"_s.arg(i)},
            {u"summary"_s, u"Bench alert %1: disk almost full on db-1"_s.arg(i)},
            {u"severity"_s, u"critical"_s},
            {u"status"_s, u"firing"_s}};
        const QByteArray body = QJsonDocument(alert).toJson(QJsonDocument::Compact);
        const qint64 startNs = clock.nsecsElapsed();
        QNetworkReply *reply = monitor.post(request, body);
        qint64 ingestedNs = -1;
        QObject::connect(reply, &QNetworkReply::finished, &app,
                         [&] { ingestedNs = clock.nsecsElapsed(); });
        if (!runUntil(reply, &QNetworkReply::finished, [&] { return ingestedNs >= 0; })) {
            std::fprintf(stderr, "POST /api/v1/alerts got no answer within 30 s\n");
            return 1;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        const qint64 id = QJsonDocument::fromJson(answer).object().value(u"alert_id"_s).toInteger();
        if (status != 202 || id <= 0) {
            std::fprintf(stderr, "POST /api/v1/alerts: HTTP %d %s\n", status, answer.constData());
            return 1;
        }
        if (!runUntil(&desk.center(), &AlertCenter::popupOpened,
                      [&] { return shownAtNs.count(id) > 0; })) {
            std::fprintf(stderr, "the pop-up of alert %lld never appeared within 30 s\n",
                         static_cast<long long>(id));
            return 1;
        }
        ingestedMs.append(double(ingestedNs - startNs) / 1e6);
        shownMs.append(double(shownAtNs.at(id) - startNs) / 1e6);

        // Acknowledged on its pop-up, so that pop-ups do not pile up.
        desk.center().popup(id)->requestAction(api::AlertAction::Acknowledge);
        if (!runUntil(&desk.center(), &AlertCenter::popupClosed,
                      [&] { return desk.center().popup(id) == nullptr; })) {
            std::fprintf(stderr,
                         "the pop-up of alert %lld did not close within 30 s of its "
                         "acknowledgement\n",
                         static_cast<long long>(id));
            return 1;
        }
    }

    std::printf("alert ingested -> pop-up on the on-call desk, %d alerts (generic API, push, "
                "in-process server on 127.0.0.1):\n",
                count);
    print("ingested (202 received):", figuresOf(ingestedMs), "");
    print("pop-up shown:", figuresOf(shownMs), " (target < 2 s)");
    return 0;
}

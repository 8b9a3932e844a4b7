#include "AlertTestSupport.h"
#include "OnCallWorld.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertPopup.h"
#include "sync/Backoff.h"
#include "sync/SyncEngine.h"
#include "window/CacheDeskData.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside;
using deskside::oncall::Severity;
using deskside::ui::AlertCenter;
using deskside::ui::AlertPopup;
using deskside::ui::CacheDeskData;

namespace {

constexpr int timeout = 30000;

// sam's desk (cache, sync with push) signed in to the on-call world's server, with the
// alert pop-ups on a fake notifier.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<CacheDeskData> data;
    FakeNotifier notifier;
    std::unique_ptr<AlertCenter> center;

    bool open(ServerFixture &fixture, OnCallWorld &world, const QString &login)
    {
        CacheDeskData::Setup setup{login,
                                   login,
                                   true,
                                   fixture.baseUrl(),
                                   world.as(login).token(),
                                   dir.filePath(u"cache.sqlite"_s)};
        auto opened = CacheDeskData::open(setup, fixture.clock());
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        data = std::move(opened.value());
        data->engine().setBackoff(sync::Backoff(20ms, 50ms, 1));
        center = std::make_unique<AlertCenter>(*data, fixture.clock(), &notifier);
        center->setBeep({});
        return true;
    }
};

QString alertStatus(OnCallWorld &world, qint64 id)
{
    return world.alert(id).value(u"status"_s).toString();
}

} // namespace

// The pop-ups against the real in-process server: an alert raised on the server reaches
// a signed-in desk through push, and the pop-up's buttons act on the server.
class TestAlertsOnServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAlertPopsUpAndIsAcknowledgedThere()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Desk sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sam.data->engine().isPushConnected(), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(sam.data->connection() == ui::DeskData::Connection::Online,
                                 timeout);

        const qint64 id = world.raise(Severity::Critical);
        QVERIFY(id > 0);
        // The engine pages sam (primary is on call); the push poke brings the alert.
        QTRY_VERIFY_WITH_TIMEOUT(sam.center->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = sam.center->popup(id);
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->findChild<QLabel *>(u"summary"_s)->text(), u"Disk almost full on db-1"_s);
        QCOMPARE(popup->findChild<QLabel *>(u"severity"_s)->text(), u"CRITICAL"_s);
        QCOMPARE(sam.notifier.shown.size(), 1);
        QCOMPARE(sam.notifier.shown.first().id, AlertCenter::notificationId(id));

        QSignalSpy finished(sam.data.get(), &ui::DeskData::alertActionFinished);
        QTest::mouseClick(popup->findChild<QPushButton *>(u"acknowledge"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(finished.at(0).at(2).toBool());
        QCOMPARE(alertStatus(world, id), u"acknowledged"_s);
        QCOMPARE(world.alert(id).value(u"acknowledged_by"_s).toString(), u"sam"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
        QVERIFY(sam.notifier.withdrawn.contains(AlertCenter::notificationId(id)));
    }

    void acknowledgedByAnotherClosesThePopup()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Desk sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sam.data->engine().isPushConnected(), timeout);
        const qint64 id = world.raise(Severity::Catastrophic);
        QTRY_VERIFY_WITH_TIMEOUT(sam.center->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = sam.center->popup(id);
        const HttpReply reply =
            world.as(u"maria"_s).post(u"/api/v1/alerts/%1/acknowledge"_s.arg(id), QJsonObject());
        QCOMPARE(reply.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
        QVERIFY(sam.center->popups().isEmpty());
    }

    void aRefusedActionKeepsThePopupOpen()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Desk sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sam.data->engine().isPushConnected(), timeout);
        const qint64 id = world.raise(Severity::Critical);
        QTRY_VERIFY_WITH_TIMEOUT(sam.center->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = sam.center->popup(id);
        // The desk stops listening; meanwhile maria resolves the alert.
        sam.data->engine().stop();
        QCOMPARE(
            world.as(u"maria"_s).post(u"/api/v1/alerts/%1/resolve"_s.arg(id), QJsonObject()).status,
            200);
        QSignalSpy finished(sam.data.get(), &ui::DeskData::alertActionFinished);
        QTest::mouseClick(popup->findChild<QPushButton *>(u"escalate"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(!finished.at(0).at(2).toBool());
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        QVERIFY(
            popup->findChild<QLabel *>(u"message"_s)->text().startsWith(u"Could not escalate: "_s));
        // Back online, the feed tells the desk the alert is resolved: the pop-up goes.
        sam.data->engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
    }

    void schedulesLoad()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Desk sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s));
        QSignalSpy loaded(sam.data.get(), &ui::DeskData::schedulesLoaded);
        sam.data->requestSchedules();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        const QJsonArray schedules = loaded.at(0).at(0).toJsonArray();
        QStringList onCall;
        for (const QJsonValue &schedule : schedules) {
            onCall.append(schedule.toObject().value(u"on_call_now"_s).toString());
        }
        onCall.sort();
        QCOMPARE(onCall, QStringList({u"alex"_s, u"sam"_s}));
    }
};

QTEST_MAIN(TestAlertsOnServer)
#include "tst_alertsonserver.moc"

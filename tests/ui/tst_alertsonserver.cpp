#include "AlertTestSupport.h"
#include "OnCallDesk.h"
#include "OnCallWorld.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertPopup.h"
#include "sync/SyncEngine.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::oncall::Severity;
using deskside::ui::AlertCenter;
using deskside::ui::AlertPopup;

namespace {

constexpr int timeout = 30000;

// The on-call world's server with sam's desk signed in to it, the alert pop-ups on a
// fake notifier.
struct Scene
{
    ServerFixture fixture;
    OnCallWorld world{fixture};
    FakeNotifier notifier;
    OnCallDesk sam;

    bool open()
    {
        return world.setUp() && sam.open(fixture.baseUrl(), world.as(u"sam"_s).token(), u"sam"_s,
                                         fixture.clock(), &notifier);
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
        Scene scene;
        QVERIFY(scene.open());
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.isOnline(), timeout);

        const qint64 id = scene.world.raise(Severity::Critical);
        QVERIFY(id > 0);
        // The engine pages sam (primary is on call); the push poke brings the alert.
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.center().popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = scene.sam.center().popup(id);
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->findChild<QLabel *>(u"summary"_s)->text(), u"Disk almost full on db-1"_s);
        QCOMPARE(popup->findChild<QLabel *>(u"severity"_s)->text(), u"CRITICAL"_s);
        QCOMPARE(scene.notifier.shown.size(), 1);
        QCOMPARE(scene.notifier.shown.first().id, AlertCenter::notificationId(id));

        QSignalSpy finished(&scene.sam.data(), &ui::DeskData::alertActionFinished);
        QTest::mouseClick(popup->findChild<QPushButton *>(u"acknowledge"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(finished.at(0).at(2).toBool());
        QCOMPARE(alertStatus(scene.world, id), u"acknowledged"_s);
        QCOMPARE(scene.world.alert(id).value(u"acknowledged_by"_s).toString(), u"sam"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
        QVERIFY(scene.notifier.withdrawn.contains(AlertCenter::notificationId(id)));
    }

    void acknowledgedByAnotherClosesThePopup()
    {
        Scene scene;
        QVERIFY(scene.open());
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.data().engine().isPushConnected(), timeout);
        const qint64 id = scene.world.raise(Severity::Catastrophic);
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.center().popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = scene.sam.center().popup(id);
        const HttpReply reply =
            scene.world.as(u"maria"_s)
                .post(u"/api/v1/alerts/%1/acknowledge"_s.arg(id), QJsonObject());
        QCOMPARE(reply.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
        QVERIFY(scene.sam.center().popups().isEmpty());
    }

    void aRefusedActionKeepsThePopupOpen()
    {
        Scene scene;
        QVERIFY(scene.open());
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.data().engine().isPushConnected(), timeout);
        const qint64 id = scene.world.raise(Severity::Critical);
        QTRY_VERIFY_WITH_TIMEOUT(scene.sam.center().popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = scene.sam.center().popup(id);
        // The desk stops listening; meanwhile maria resolves the alert.
        scene.sam.data().engine().stop();
        QCOMPARE(scene.world.as(u"maria"_s)
                     .post(u"/api/v1/alerts/%1/resolve"_s.arg(id), QJsonObject())
                     .status,
                 200);
        QSignalSpy finished(&scene.sam.data(), &ui::DeskData::alertActionFinished);
        QTest::mouseClick(popup->findChild<QPushButton *>(u"escalate"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(!finished.at(0).at(2).toBool());
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        QVERIFY(
            popup->findChild<QLabel *>(u"message"_s)->text().startsWith(u"Could not escalate: "_s));
        // Back online, the feed tells the desk the alert is resolved: the pop-up goes.
        scene.sam.data().engine().start();
        QTRY_VERIFY_WITH_TIMEOUT(!popup, timeout);
    }

    void schedulesLoad()
    {
        Scene scene;
        QVERIFY(scene.open());
        QSignalSpy loaded(&scene.sam.data(), &ui::DeskData::schedulesLoaded);
        scene.sam.data().requestSchedules();
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

#include "AlertFixtures.h"
#include "AlertTestSupport.h"
#include "OnCallDesk.h"
#include "OnCallWorld.h"
#include "SnsSigner.h"
#include "alerts/AlertPopup.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::api::AlertRecord;
using deskside::oncall::Severity;
using deskside::server::ServerOptions;
using deskside::ui::AlertCenter;
using deskside::ui::AlertPopup;
using Page = OnCallWorld::Page;

namespace {

constexpr int timeout = 30000;
const QString snsPath = u"/api/v1/integrations/sns"_s;

// One person at their desk, with the system notifications they were shown.
struct Person
{
    FakeNotifier notifier;
    OnCallDesk desk;

    AlertPopup *popup(qint64 id) const { return desk.center().popup(id); }
    QStringList notified(qint64 id) const
    {
        const auto alert = desk.alert(id);
        return alert ? alert->notified : QStringList{u"(not known yet)"_s};
    }
    bool wasShown(const QString &titleStart) const
    {
        return std::any_of(notifier.shown.cbegin(), notifier.shown.cend(),
                           [&](const auto &shown) { return shown.title.startsWith(titleStart); });
    }
};

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// The on-call story end to end, on the fake clock: a CloudWatch alarm delivered as a
// correctly signed SNS message opens an alert; the on-call person's desk (sam, primary:
// tier 0) pops it up; past tier 0's wait the engine pages tier 1 (alex, secondary), whose
// pop-up acknowledges it on the server, which closes every pop-up and stops the
// escalation; the alarm's OK message resolves it. Forged and replayed deliveries are
// refused and change nothing, on the server or on the desks.
class TestCloudWatchEndToEnd : public QObject
{
    Q_OBJECT

    // The on-call world on a server that accepts the signer's topic with its local
    // certificate (--sns-allowed-topic, --sns-certificate), and sam's and alex's desks.
    bool setUpWorld()
    {
        m_fixture = std::make_unique<ServerFixture>();
        m_world = std::make_unique<OnCallWorld>(*m_fixture);
        ServerOptions options;
        options.sns.allowedTopics = {QString::fromLatin1(SnsSigner::TopicArn)};
        options.sns.certificateFile = m_signer.certificateFile();
        if (!m_world->setUp(options)) {
            return false;
        }
        m_sam = std::make_unique<Person>();
        m_alex = std::make_unique<Person>();
        for (const auto &[person, login] :
             {std::pair{m_sam.get(), u"sam"_s}, std::pair{m_alex.get(), u"alex"_s}}) {
            if (!person->desk.open(m_fixture->baseUrl(), m_world->as(login).token(), login,
                                   m_fixture->clock(), &person->notifier)) {
                return false;
            }
        }
        return QTest::qWaitFor([this] { return m_sam->desk.isOnline() && m_alex->desk.isOnline(); },
                               timeout);
    }
    QJsonObject alarm(const QString &state, const QString &messageId) const
    {
        return m_signer.notification(AlertFixtures::cloudWatchAlarm(state), messageId,
                                     state + u": \"api-5xx-rate\" in EU (Ireland)"_s);
    }
    HttpReply deliver(const QByteArray &body) const
    {
        // SNS posts its JSON as text/plain.
        return m_fixture->client().send("POST", snsPath, body,
                                        {{"Content-Type", "text/plain; charset=UTF-8"},
                                         {"x-amz-sns-message-type", "Notification"}});
    }
    // Delivers the ALARM and lets the engine fire what is due now (tier 0); the alert's id.
    qint64 raiseAlarm()
    {
        m_raised = m_fixture->clock().now();
        const HttpReply opened = deliver(bytes(alarm(u"ALARM"_s, u"cw-alarm-1"_s)));
        if (opened.status != 200 || opened.json().value(u"outcome"_s).toString() != u"opened"_s) {
            qWarning("the ALARM was not accepted: %d %s", opened.status, opened.body.constData());
            return 0;
        }
        // The engine's own timer may have fired tier 0 already: this pass fires it otherwise.
        if (m_world->run() < 0) {
            return 0;
        }
        return opened.json().value(u"alert_id"_s).toInteger();
    }
    // Moves the fake clock to `seconds` after the ALARM and runs the engine; how many steps
    // fired.
    int at(qint64 seconds)
    {
        m_fixture->clock().set(m_raised.addSecs(seconds));
        return m_world->run();
    }
    qint64 storedMessages() const
    {
        const auto count = m_fixture->context().db->scalar(u"SELECT COUNT(*) FROM sns_messages"_s);
        return count ? count->toLongLong() : -1;
    }
    qsizetype alertCount()
    {
        return m_world->as(u"maria"_s)
            .get(u"/api/v1/alerts?status=all"_s)
            .json()
            .value(u"alerts"_s)
            .toArray()
            .size();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_signer.isValid()); }
    void cleanup()
    {
        m_sam.reset();
        m_alex.reset();
        m_world.reset();
        m_fixture.reset();
    }

    void alarmEscalatesUntilAcknowledgedAndOkResolves()
    {
        QVERIFY(setUpWorld());
        const qint64 id = raiseAlarm();
        QVERIFY(id > 0);

        // Tier 0: sam's desk pops the alert up; alex's desk learns of it and stays quiet.
        QTRY_VERIFY_WITH_TIMEOUT(m_sam->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> samPopup = m_sam->popup(id);
        QVERIFY(samPopup->isVisible());
        QCOMPARE(samPopup->alert().source, u"sns"_s);
        QCOMPARE(samPopup->alert().severity, Severity::Critical);
        QVERIFY(samPopup->alert().summary.startsWith(u"api-5xx-rate: "_s));
        QCOMPARE(m_sam->notifier.shown.size(), 1);
        QCOMPARE(m_sam->notifier.shown.first().id, AlertCenter::notificationId(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_alex->notified(id), QStringList{u"sam"_s}, timeout);
        QCOMPARE(m_alex->popup(id), nullptr);
        QVERIFY(m_alex->notifier.shown.isEmpty());
        QCOMPARE(m_world->pages(id), QList<Page>({{0, 0, 0, {u"sam"_s}}}));

        // Nobody acknowledges within tier 0's 5 minutes: the engine pages alex.
        QCOMPARE(at(4 * 60 + 59), 0);
        QCOMPARE(at(5 * 60 + 1), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_alex->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> alexPopup = m_alex->popup(id);
        QVERIFY(alexPopup->isVisible());
        QCOMPARE(alexPopup->alert().tier, 1);
        QCOMPARE(m_alex->notifier.shown.size(), 1);
        QCOMPARE(m_alex->notifier.shown.first().id, AlertCenter::notificationId(id));
        QTRY_COMPARE_WITH_TIMEOUT(samPopup ? samPopup->alert().tier : -2, 1, timeout);
        QCOMPARE(samPopup->alert().notified, QStringList({u"sam"_s, u"alex"_s}));
        const QList<Page> paged{{0, 0, 0, {u"sam"_s}}, {5, 1, 0, {u"alex"_s}}};
        QCOMPARE(m_world->pages(id), paged);

        // alex acknowledges on the pop-up: acknowledged on the server by alex, every
        // pop-up and system notification of it goes, and sam is told who took it.
        QSignalSpy finished(&m_alex->desk.data(), &ui::DeskData::alertActionFinished);
        QTest::mouseClick(alexPopup->findChild<QPushButton *>(u"acknowledge"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(finished.at(0).at(2).toBool());
        QJsonObject alert = m_world->alert(id);
        QCOMPARE(alert.value(u"status"_s).toString(), u"acknowledged"_s);
        QCOMPARE(alert.value(u"acknowledged_by"_s).toString(), u"alex"_s);
        QVERIFY(alert.value(u"next_escalation_at"_s).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!alexPopup, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!samPopup, timeout);
        QVERIFY(m_alex->notifier.withdrawn.contains(AlertCenter::notificationId(id)));
        QVERIFY(m_sam->notifier.withdrawn.contains(AlertCenter::notificationId(id)));
        QTRY_VERIFY_WITH_TIMEOUT(m_sam->wasShown(u"Acknowledged by alex"_s), timeout);

        // The rest of the plan (the managers at 15 min, the second round) pages nobody.
        for (const qint64 minute : {15, 30, 35, 45, 90}) {
            QCOMPARE(at(minute * 60), 0);
        }
        QCOMPARE(m_world->pages(id), paged);
        for (const QString &login : {u"maria"_s, u"priya"_s, u"casey"_s}) {
            QCOMPARE(m_world->notifications(login), QStringList());
        }

        // The alarm's OK message resolves it (resolved by the monitor, not by a person).
        const HttpReply ok = deliver(bytes(alarm(u"OK"_s, u"cw-ok-1"_s)));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"outcome"_s).toString(), u"resolved"_s);
        QCOMPARE(ok.json().value(u"alert_id"_s).toInteger(), id);
        alert = m_world->alert(id);
        QCOMPARE(alert.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(alert.value(u"resolved_by"_s).isNull());
        QCOMPARE(alert.value(u"acknowledged_by"_s).toString(), u"alex"_s);
        QStringList timeline;
        for (const QJsonValue &value : alert.value(u"timeline"_s).toArray()) {
            const QJsonObject event = value.toObject();
            timeline.append(event.value(u"kind"_s).toString() + u'/' +
                            event.value(u"actor"_s).toString());
        }
        QCOMPARE(timeline, QStringList({u"raised/"_s, u"notified/"_s, u"notified/"_s,
                                        u"acknowledged/alex"_s, u"resolved/"_s}));
        for (Person *person : {m_sam.get(), m_alex.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(person->desk.alert(id) && person->desk.alert(id)->status ==
                                                                   AlertRecord::Status::Resolved,
                                     timeout);
            QVERIFY(person->desk.center().popups().isEmpty());
        }
        QCOMPARE(storedMessages(), 2);
    }

    void refusedDeliveriesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        // The ALARM's signature on an OK that would resolve the alert.
        QJsonObject forged = alarm(u"ALARM"_s, u"cw-alarm-1"_s);
        forged.insert(u"Message"_s, AlertFixtures::cloudWatchAlarm(u"OK"_s, u"ALARM"_s));
        forged.insert(u"MessageId"_s, u"cw-forged-1"_s);
        QTest::addRow("forged OK") << bytes(forged) << 403;
        QTest::addRow("replayed ALARM") << bytes(alarm(u"ALARM"_s, u"cw-alarm-1"_s)) << 409;
    }
    void refusedDeliveriesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QVERIFY(setUpWorld());
        const qint64 id = raiseAlarm();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_sam->popup(id) != nullptr, timeout);
        QPointer<AlertPopup> popup = m_sam->popup(id);
        const QJsonObject before = m_world->alert(id);

        const HttpReply refused = deliver(body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.header("Content-Type"), "application/problem+json"_ba);
        QCOMPARE(m_world->alert(id), before);
        QCOMPARE(alertCount(), 1);
        QCOMPARE(storedMessages(), 1);

        // The desk sees the next real change (tier 1 at 5 min) with the alert still open:
        // nothing of the refused delivery came before it.
        QCOMPARE(at(5 * 60), 1);
        QTRY_COMPARE_WITH_TIMEOUT(popup ? popup->alert().tier : -2, 1, timeout);
        QCOMPARE(popup->alert().status, AlertRecord::Status::Triggered);
        QCOMPARE(m_sam->notifier.shown.size(), 1);
        QCOMPARE(m_world->pages(id), QList<Page>({{0, 0, 0, {u"sam"_s}}, {5, 1, 0, {u"alex"_s}}}));
    }

private:
    SnsSigner m_signer;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<OnCallWorld> m_world;
    std::unique_ptr<Person> m_sam;
    std::unique_ptr<Person> m_alex;
    QDateTime m_raised;
};

QTEST_MAIN(TestCloudWatchEndToEnd)
#include "tst_cloudwatchendtoend.moc"

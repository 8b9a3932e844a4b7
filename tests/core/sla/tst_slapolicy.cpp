#include "calendar/BusinessCalendar.h"
#include "sla/SlaPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sla;
using ticket::Priority;

namespace {

// Mon-Fri 09:00-17:00: an 8-hour business day.
calendar::BusinessCalendar eightHourCalendar()
{
    calendar::WeeklyHours hours;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        if (!hours.setDay(day, {{9 * 3600, 17 * 3600}}).ok()) {
            qFatal("bad hours");
        }
    }
    return calendar::BusinessCalendar(u"Eight"_s, QTimeZone("Europe/Berlin"), hours, {});
}

} // namespace

// Targets per priority, response targets never looser than resolution, warnings.
class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardTargets_data()
    {
        QTest::addColumn<bool>("eightHours");
        QTest::addColumn<Priority>("priority");
        QTest::addColumn<qint64>("resolve");
        const qint64 h = 3600;
        QTest::addRow("low") << false << Priority::Low << 8 * 9 * h;
        QTest::addRow("medium") << false << Priority::Medium << 4 * 9 * h;
        QTest::addRow("high") << false << Priority::High << 2 * 9 * h;
        QTest::addRow("urgent") << false << Priority::Urgent << 4 * h;
        QTest::addRow("low, 8 h days") << true << Priority::Low << 8 * 8 * h;
        QTest::addRow("high, 8 h days") << true << Priority::High << 2 * 8 * h;
        QTest::addRow("urgent, 8 h days") << true << Priority::Urgent << 4 * h;
    }
    void standardTargets()
    {
        QFETCH(bool, eightHours);
        QFETCH(Priority, priority);
        QFETCH(qint64, resolve);
        const SlaPolicy policy = SlaPolicy::standard(
            eightHours ? eightHourCalendar() : calendar::BusinessCalendar::standard());
        QCOMPARE(policy.resolveTarget(priority), resolve);
        QCOMPARE(policy.respondTarget(priority), resolve);
        QCOMPARE(policy.target(SlaTarget::Resolve, priority), resolve);
        QCOMPARE(policy.target(SlaTarget::Respond, priority), resolve);
        QCOMPARE(policy.warningFraction(), 0.75);
        QCOMPARE(policy.warningRemainingSeconds(), qint64(3600));
    }

    void respondTargets_data()
    {
        QTest::addColumn<qint64>("respond");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("tighter") << qint64(2 * 3600) << true;
        QTest::addRow("same as resolve") << qint64(18 * 3600) << true;
        QTest::addRow("looser") << qint64(18 * 3600 + 1) << false;
        QTest::addRow("zero") << qint64(0) << false;
        QTest::addRow("negative") << qint64(-60) << false;
    }
    void respondTargets()
    {
        QFETCH(qint64, respond);
        QFETCH(bool, accepted);
        SlaPolicy policy = SlaPolicy::standard(calendar::BusinessCalendar::standard());
        const auto status = policy.setRespondTarget(Priority::High, respond);
        QCOMPARE(status.ok(), accepted);
        QCOMPARE(policy.respondTarget(Priority::High), accepted ? respond : qint64(18 * 3600));
        QCOMPARE(policy.resolveTarget(Priority::High), qint64(18 * 3600));
        QCOMPARE(policy.respondTarget(Priority::Low), qint64(72 * 3600));
        if (!accepted) {
            QCOMPARE(status.error().code, u"bad_target"_s);
        }
    }

    void respondNeverLooserThanResolve()
    {
        SlaPolicy policy = SlaPolicy::standard(calendar::BusinessCalendar::standard());
        QVERIFY(policy.setRespondTarget(Priority::Medium, 10 * 3600).ok());
        QVERIFY(policy.setResolveTarget(Priority::Medium, 5 * 3600).ok());
        QCOMPARE(policy.respondTarget(Priority::Medium), qint64(5 * 3600));
        QVERIFY(policy.setResolveTarget(Priority::Medium, 20 * 3600).ok());
        QCOMPARE(policy.respondTarget(Priority::Medium), qint64(10 * 3600));
    }

    void resolveTargetMustBePositive()
    {
        SlaPolicy policy;
        QVERIFY(!policy.setResolveTarget(Priority::Low, 0).ok());
        QVERIFY(!policy.setResolveTarget(Priority::Low, -1).ok());
        QCOMPARE(policy.resolveTarget(Priority::Low), qint64(3600));
    }

    void warnings_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("defaults") << 0.75 << qint64(3600) << true;
        QTest::addRow("half, two hours") << 0.5 << qint64(7200) << true;
        QTest::addRow("fraction zero") << 0.0 << qint64(3600) << false;
        QTest::addRow("fraction one") << 1.0 << qint64(3600) << false;
        QTest::addRow("fraction NaN") << qQNaN() << qint64(3600) << false;
        QTest::addRow("no time left") << 0.75 << qint64(0) << false;
    }
    void warnings()
    {
        QFETCH(double, fraction);
        QFETCH(qint64, remaining);
        QFETCH(bool, accepted);
        SlaPolicy policy;
        QCOMPARE(policy.setWarnings(fraction, remaining).ok(), accepted);
        QCOMPARE(policy.warningFraction(), accepted ? fraction : 0.75);
        QCOMPARE(policy.warningRemainingSeconds(), accepted ? remaining : qint64(3600));
    }

    void thresholds_data()
    {
        QTest::addColumn<qint64>("target");
        QTest::addColumn<qint64>("at75");
        QTest::addColumn<qint64>("at1h");
        QTest::addRow("high") << qint64(64800) << qint64(48600) << qint64(61200);
        QTest::addRow("urgent: both at 3 h") << qint64(14400) << qint64(10800) << qint64(10800);
        QTest::addRow("odd seconds round up") << qint64(10001) << qint64(7501) << qint64(6401);
        QTest::addRow("shorter than an hour") << qint64(1800) << qint64(1350) << qint64(1350);
    }
    void thresholds()
    {
        QFETCH(qint64, target);
        QFETCH(qint64, at75);
        QFETCH(qint64, at1h);
        const SlaPolicy policy;
        QCOMPARE(policy.warningUsedThreshold(target), at75);
        QCOMPARE(policy.remainingUsedThreshold(target), at1h);
    }

    void targetWireNames()
    {
        QCOMPARE(toWire(SlaTarget::Respond), u"respond"_s);
        QCOMPARE(toWire(SlaTarget::Resolve), u"resolve"_s);
        QCOMPARE(targetFromWire(u"respond"), std::optional(SlaTarget::Respond));
        QCOMPARE(targetFromWire(u"resolve"), std::optional(SlaTarget::Resolve));
        QCOMPARE(targetFromWire(u"Resolve"), std::nullopt);
        QCOMPARE(targetFromWire(u""), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"

#include "alerts/OverrideDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::ui::OverrideDialog;
using deskside::ui::ScheduleDetails;

namespace {

const QTimeZone chicago("America/Chicago");

QDateTime utc(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// "primary": sam and priya, weekly from Monday 2026-03-02 09:00 America/Chicago.
ScheduleDetails primary(bool withRotation = true)
{
    ScheduleDetails schedule;
    schedule.id = u"primary"_s;
    schedule.name = u"Primary"_s;
    schedule.zone = chicago;
    schedule.members = {u"sam"_s, u"priya"_s};
    if (withRotation) {
        schedule.rotation = oncall::Rotation(schedule.members, QDate(2026, 3, 2), QTime(9, 0), 7,
                                             QTime(9, 0), chicago);
    }
    return schedule;
}

QPushButton *okButton(const OverrideDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename T> T *child(const OverrideDialog &dialog, const QString &name)
{
    return dialog.findChild<T *>(name);
}

} // namespace

class TestOverrideDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The next hand-off and one period later; across the spring-forward change the
    // hand-off stays at 09:00 local time while its UTC hour moves.
    void defaultsToTheNextPeriod_data()
    {
        QTest::addColumn<bool>("rotation");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addRow("mid-shift") << true << u"2026-03-10T15:00:00Z"_s << u"2026-03-16T14:00:00Z"_s
                                   << u"2026-03-23T14:00:00Z"_s;
        QTest::addRow("hand-off after DST")
            << true << u"2026-03-03T12:00:00Z"_s << u"2026-03-09T14:00:00Z"_s
            << u"2026-03-16T14:00:00Z"_s;
        QTest::addRow("before the start") << true << u"2026-02-24T12:00:00Z"_s
                                          << u"2026-03-02T15:00:00Z"_s << u"2026-03-09T14:00:00Z"_s;
        QTest::addRow("no rotation") << false << u"2026-03-10T15:20:00Z"_s
                                     << u"2026-03-10T16:00:00Z"_s << u"2026-03-11T16:00:00Z"_s;
    }
    void defaultsToTheNextPeriod()
    {
        QFETCH(bool, rotation);
        QFETCH(QString, now);
        const ScheduleDetails schedule = primary(rotation);
        OverrideDialog dialog(schedule, utc(now));
        QTEST(dialog.from().toString(Qt::ISODate), "from");
        QTEST(dialog.to().toString(Qt::ISODate), "to");
        QCOMPARE(dialog.scheduleId(), u"primary"_s);
        // The edits show the schedule's wall time.
        const QDateTime shown = child<QDateTimeEdit>(dialog, u"overrideFrom"_s)->dateTime();
        const QDateTime wall = dialog.from().toTimeZone(chicago);
        QCOMPARE(shown.date(), wall.date());
        QCOMPARE(shown.time(), wall.time());
        const auto *person = child<QComboBox>(dialog, u"overridePerson"_s);
        QCOMPARE(person->count(), 2);
        QCOMPARE(person->itemText(1), u"priya"_s);
        QVERIFY(person->isEditable());
        // Nothing is confirmed without a reason.
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void okNeedsPersonReasonAndOrder_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("hours"); // the length of the cover
        QTest::addColumn<bool>("enabled");
        QTest::addRow("complete") << u"priya"_s << u"swap"_s << 24 << true;
        QTest::addRow("not a member") << u"casey"_s << u"swap"_s << 24 << true;
        QTest::addRow("no reason") << u"priya"_s << QString() << 24 << false;
        QTest::addRow("blank reason") << u"priya"_s << u"   "_s << 24 << false;
        QTest::addRow("nobody") << u" "_s << u"swap"_s << 24 << false;
        QTest::addRow("from equals to") << u"priya"_s << u"swap"_s << 0 << false;
        QTest::addRow("from after to") << u"priya"_s << u"swap"_s << -2 << false;
    }
    void okNeedsPersonReasonAndOrder()
    {
        QFETCH(QString, person);
        QFETCH(QString, reason);
        QFETCH(int, hours);
        QFETCH(bool, enabled);
        OverrideDialog dialog(primary(), utc(u"2026-03-10T15:00:00Z"_s));
        const QDateTime from = utc(u"2026-03-12T14:00:00Z"_s);
        dialog.setPeriod(from, from.addSecs(hours * 3600));
        dialog.setPerson(person);
        dialog.setReason(reason);
        QCOMPARE(okButton(dialog)->isEnabled(), enabled);
        QCOMPARE(dialog.canConfirm(), enabled);
        QCOMPARE(child<QLabel>(dialog, u"overrideProblem"_s)->text().isEmpty(), enabled);
        QSignalSpy submitted(&dialog, &OverrideDialog::submitted);
        okButton(dialog)->click();
        QCOMPARE(submitted.size(), enabled ? 1 : 0);
    }

    void valuesReadBack()
    {
        OverrideDialog dialog(primary(), utc(u"2026-03-10T15:00:00Z"_s));
        dialog.setPerson(u"  casey "_s);
        dialog.setPeriod(utc(u"2026-03-12T13:30:00Z"_s), utc(u"2026-03-13T02:00:00Z"_s));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, u"overrideReason"_s), u" Sam is ill "_s);
        QCOMPARE(dialog.person(), u"casey"_s);
        QCOMPARE(dialog.reason(), u"Sam is ill"_s);
        QCOMPARE(dialog.from(), utc(u"2026-03-12T13:30:00Z"_s));
        QCOMPARE(dialog.to(), utc(u"2026-03-13T02:00:00Z"_s));
        QCOMPARE(child<QDateTimeEdit>(dialog, u"overrideFrom"_s)->time(), QTime(8, 30));
        QVERIFY(okButton(dialog)->isEnabled());
        // The person's own time is shown too when it differs.
        const QString local = child<QLabel>(dialog, u"overrideLocalTimes"_s)->text();
        QVERIFY2(local.contains(u"America/Chicago"_s), qPrintable(local));
        QCOMPARE(local, OverrideDialog::periodText(dialog.from(), dialog.to(), chicago));
    }

    // While the server is asked nothing can be changed or sent twice; its refusal is
    // shown and the input stays for another try.
    void busyAndRefusedKeepTheInput()
    {
        OverrideDialog dialog(primary(), utc(u"2026-03-10T15:00:00Z"_s));
        dialog.setPerson(u"priya"_s);
        dialog.setReason(u"swap"_s);
        QSignalSpy submitted(&dialog, &OverrideDialog::submitted);
        dialog.setBusy(true);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, u"overridePerson"_s)->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, u"overrideReason"_s)->isReadOnly());
        QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox *>(), "accepted");
        QCOMPARE(submitted.size(), 0);
        dialog.setBusy(false);
        dialog.showError(u"your role may not use POST /api/v1/schedules"_s);
        QCOMPARE(dialog.errorText(), u"your role may not use POST /api/v1/schedules"_s);
        QCOMPARE(dialog.person(), u"priya"_s);
        QCOMPARE(dialog.reason(), u"swap"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox *>(), "accepted");
        QCOMPARE(submitted.size(), 1);
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: the owner accepts
    }

    // Times in the schedule's zone (named); the person's own time follows when it differs.
    void periodText_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::addRow("chicago")
            << u"America/Chicago"_s
            << u"Mon 2026-03-16 09:00 – Mon 2026-03-23 09:00 America/Chicago"_s;
        QTest::addRow("tokyo") << u"Asia/Tokyo"_s
                               << u"Mon 2026-03-16 23:00 – Mon 2026-03-23 23:00 Asia/Tokyo"_s;
    }
    void periodText()
    {
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        const QDateTime from = utc(u"2026-03-16T14:00:00Z"_s);
        const QDateTime to = utc(u"2026-03-23T14:00:00Z"_s);
        const QString text = OverrideDialog::periodText(from, to, QTimeZone(zone.toUtf8()));
        QVERIFY2(text.startsWith(expected), qPrintable(text));
        const bool sameWall =
            from.toLocalTime().time() == from.toTimeZone(QTimeZone(zone.toUtf8())).time();
        QCOMPARE(text.contains(u"your time"_s), !sameWall);
    }
};

QTEST_MAIN(TestOverrideDialog)
#include "tst_overridedialog.moc"

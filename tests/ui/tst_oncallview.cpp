#include "AlertTestSupport.h"
#include "alerts/AlertListModel.h"
#include "alerts/OnCallView.h"
#include "alerts/ScheduleModel.h"
#include "base/Clock.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::ui::AlertListModel;
using deskside::ui::OnCallView;
using deskside::ui::ScheduleModel;

namespace {

const QDateTime now(QDate(2026, 3, 6), QTime(16, 10), QTimeZone::utc());

QJsonObject shift(const QString &person, const QString &from, const QString &to)
{
    return {{u"person"_s, person}, {u"from"_s, from}, {u"to"_s, to}};
}

QJsonArray schedules()
{
    return {
        QJsonObject{
            {u"id"_s, u"primary"_s},
            {u"name"_s, u"primary"_s},
            {u"zone"_s, u"Europe/Berlin"_s},
            {u"on_call_now"_s, u"sam"_s},
            {u"next"_s,
             QJsonObject{{u"person"_s, u"maria"_s}, {u"from"_s, u"2026-03-09T08:00:00Z"_s}}},
            {u"shifts"_s,
             QJsonArray{shift(u"sam"_s, u"2026-03-02T08:00:00Z"_s, u"2026-03-09T08:00:00Z"_s),
                        shift(u"maria"_s, u"2026-03-09T08:00:00Z"_s, u"2026-03-16T08:00:00Z"_s),
                        shift(u"sam"_s, u"2026-03-16T08:00:00Z"_s, u"2026-03-23T08:00:00Z"_s)}}},
        QJsonObject{{u"id"_s, u"secondary"_s},
                    {u"name"_s, u"secondary"_s},
                    {u"zone"_s, u"UTC"_s},
                    {u"on_call_now"_s, QJsonValue()},
                    {u"next"_s, QJsonValue()},
                    {u"shifts"_s, QJsonArray{shift(u"sam"_s, u"2026-03-01T00:00:00Z"_s,
                                                   u"2026-03-02T00:00:00Z"_s)}}}};
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestOnCallView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedulesShowWhoIsOnCall()
    {
        FakeClock clock(now);
        FakeAlertDesk desk(u"sam"_s);
        OnCallView view(desk, clock);
        QAbstractItemModelTester tester(view.scheduleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.reloadSchedules();
        QCOMPARE(desk.scheduleRequests, 1);
        Q_EMIT desk.schedulesLoaded(schedules());
        const ScheduleModel &model = *view.scheduleModel();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, ScheduleModel::Name), u"primary"_s);
        QCOMPARE(cell(model, 0, ScheduleModel::OnCallNow), u"sam"_s);
        QCOMPARE(cell(model, 0, ScheduleModel::Next), u"maria"_s);
        QVERIFY(!cell(model, 0, ScheduleModel::NextFrom).isEmpty());
        QCOMPARE(cell(model, 1, ScheduleModel::OnCallNow), u"nobody"_s);
        // My shifts: the current one and the one after maria's; the ended one is gone.
        QListWidget *mine = view.myShifts();
        QCOMPARE(mine->count(), 2);
        QVERIFY(mine->item(0)->text().startsWith(u"primary: now, until"_s));
        QVERIFY(mine->item(1)->text().startsWith(u"primary: "_s));
        QVERIFY(!mine->item(1)->text().contains(u"now"_s));
        QVERIFY(view.statusLabel()->text().startsWith(u"Schedules as of"_s));
    }

    void aFailedLoadSaysWhy()
    {
        FakeClock clock(now);
        FakeAlertDesk desk;
        OnCallView view(desk, clock);
        Q_EMIT desk.schedulesFailed(u"Forbidden."_s);
        QCOMPARE(view.statusLabel()->text(), u"Could not load the schedules: Forbidden."_s);
    }

    void openAlertsWithTheirTimeline()
    {
        FakeClock clock(now);
        FakeAlertDesk desk(u"sam"_s);
        OnCallView view(desk, clock);
        QAbstractItemModelTester tester(view.alertModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.timeline()->item(0)->text(), u"No open alerts."_s);
        alertsamples::Sample resolved = alertSample(3, u"minor"_s);
        resolved.status = u"resolved"_s;
        alertsamples::Sample acknowledged = alertSample(2, u"major"_s);
        acknowledged.status = u"acknowledged"_s;
        acknowledged.acknowledgedBy = u"maria"_s;
        desk.setAlerts({alertSample(1), acknowledged, resolved});
        const AlertListModel &model = *view.alertModel();
        QCOMPARE(model.rowCount(), 2); // the resolved one is not open
        QCOMPARE(cell(model, 0, AlertListModel::Severity), u"CRITICAL"_s);
        QVERIFY(!model.index(0, AlertListModel::Severity).data(Qt::DecorationRole).isNull());
        QCOMPARE(cell(model, 0, AlertListModel::Summary), u"alert 1"_s);
        QCOMPARE(cell(model, 1, AlertListModel::Status), u"Acknowledged by maria"_s);
        QCOMPARE(cell(model, 0, AlertListModel::Tier), u"Tier 1 of policy default"_s);
        QCOMPARE(model.index(1, 0).data(AlertListModel::AlertIdRole).toLongLong(), 2);

        view.showAlert(1);
        QListWidget *timeline = view.timeline();
        QCOMPARE(timeline->count(), 3); // raised, notified, next tier due
        QVERIFY(timeline->item(0)->text().contains(u"raised"_s));
        QVERIFY(timeline->item(1)->text().contains(u"notified"_s));
        QVERIFY(timeline->item(1)->text().contains(u"sam, maria"_s));
        QVERIFY(timeline->item(1)->text().contains(u"(tier 1)"_s));
        QVERIFY(timeline->item(2)->text().startsWith(u"next tier due"_s));
        // A change keeps the selection.
        desk.setAlerts({acknowledged, alertSample(1)});
        QCOMPARE(view.alertTable()->currentIndex().data(AlertListModel::AlertIdRole).toLongLong(),
                 1);
        QCOMPARE(timeline->count(), 3);
    }
};

QTEST_MAIN(TestOnCallView)
#include "tst_oncallview.moc"

#include "OnCallWorld.h"
#include "alerts/OnCallView.h"
#include "alerts/OverrideDialog.h"
#include "alerts/OverridePanel.h"
#include "alerts/ScheduleModel.h"
#include "base/IsoTime.h"
#include "window/CacheDeskData.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using deskside::ui::CacheDeskData;
using deskside::ui::DeskData;
using deskside::ui::OnCallView;
using deskside::ui::OverrideDialog;
using deskside::ui::OverridePanel;

namespace {

constexpr int timeout = 30000;

// One person's On-call page on their own desk (cache file, sync), signed in to the
// on-call world's server. role: as the sign-in knew it ("" when not known).
struct Page
{
    QTemporaryDir dir;
    std::unique_ptr<CacheDeskData> data;
    std::unique_ptr<OnCallView> view;

    bool open(ServerFixture &fixture, OnCallWorld &world, const QString &login, const QString &role)
    {
        CacheDeskData::Setup setup{login,
                                   login,
                                   true,
                                   fixture.baseUrl(),
                                   world.as(login).token(),
                                   dir.filePath(u"cache.sqlite"_s)};
        setup.role = role;
        auto opened = CacheDeskData::open(setup, fixture.clock());
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        data = std::move(opened.value());
        view = std::make_unique<OnCallView>(*data, fixture.clock());
        view->resize(1000, 700);
        view->show();
        return activate();
    }

    // Gives the page the keyboard (shortcuts need that).
    bool activate()
    {
        view->activateWindow();
        QApplication::setActiveWindow(view.get());
        return QTest::qWaitForWindowActive(view.get(), 10000);
    }

    OverridePanel &panel() const { return *view->overridePanel(); }

    // Loads the schedules and selects one.
    bool load(const QString &scheduleId)
    {
        QSignalSpy loaded(data.get(), &DeskData::schedulesLoaded);
        view->reloadSchedules();
        return loaded.wait(timeout) && view->showSchedule(scheduleId);
    }

    QStringList listed() const
    {
        QStringList lines;
        for (int i = 0; i < panel().list()->count(); ++i) {
            lines.append(panel().list()->item(i)->text());
        }
        return lines;
    }
};

QJsonArray overridesOf(OnCallWorld &world, const QString &scheduleId)
{
    const HttpReply reply = world.as(u"maria"_s).get(u"/api/v1/schedules"_s);
    for (const QJsonValue &schedule : reply.json().value(u"schedules"_s).toArray()) {
        if (schedule.toObject().value(u"id"_s).toString() == scheduleId) {
            return schedule.toObject().value(u"overrides"_s).toArray();
        }
    }
    return {};
}

QPushButton *okButton(const OverrideDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

// Managers add and remove schedule overrides from the On-call page; the server is the
// real in-process one (OnCallWorld: maria manages, sam is a specialist).
class TestOverridesOnServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aManagerAddsAndRemovesAnOverride()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Page maria;
        QVERIFY(maria.open(fixture, world, u"maria"_s, u"manager"_s));
        QAbstractItemModelTester tester(maria.view->scheduleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(maria.load(u"primary"_s));
        QVERIFY(maria.panel().addButton()->isVisible());
        QCOMPARE(maria.listed(), QStringList({u"No overrides: the rotation decides."_s}));

        // Ctrl+Shift+O anywhere on the page opens the dialog for the selected schedule.
        maria.view->scheduleTable()->setFocus();
        QTest::keyClick(maria.view->scheduleTable(), Qt::Key_O,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(maria.panel().dialog() != nullptr, timeout);
        QPointer<OverrideDialog> dialog = maria.panel().dialog();
        QCOMPARE(dialog->scheduleId(), u"primary"_s);
        // The next hand-off (Monday 2026-03-16 09:00 CDT) for one week.
        const QDateTime dialogFrom(QDate(2026, 3, 16), QTime(14, 0), QTimeZone::utc());
        const QDateTime dialogTo(QDate(2026, 3, 23), QTime(14, 0), QTimeZone::utc());
        QCOMPARE(dialog->from(), dialogFrom);
        QCOMPARE(dialog->to(), dialogTo);
        dialog->setPerson(u"priya"_s);
        QVERIFY(!okButton(*dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"overrideReason"_s),
                         u"Sam is at a conference"_s);
        QSignalSpy finished(maria.data.get(), &DeskData::overrideFinished);
        QSignalSpy reloaded(maria.data.get(), &DeskData::schedulesLoaded);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);

        const QJsonArray stored = overridesOf(world, u"primary"_s);
        QCOMPARE(stored.size(), 1);
        const QJsonObject cover = stored.first().toObject();
        QCOMPARE(cover.value(u"person"_s).toString(), u"priya"_s);
        QCOMPARE(cover.value(u"reason"_s).toString(), u"Sam is at a conference"_s);
        QCOMPARE(cover.value(u"created_by"_s).toString(), u"maria"_s);
        QCOMPARE(iso::parse(cover.value(u"from"_s).toString()).value(), dialogFrom);
        QCOMPARE(iso::parse(cover.value(u"to"_s).toString()).value(), dialogTo);

        // The page asked again and lists it: who, when (the schedule's zone), why, by whom.
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, timeout);
        const QStringList lines = maria.listed();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(
                     u"priya: Mon 2026-03-16 09:00 – Mon 2026-03-23 09:00 America/Chicago"_s),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(u"“Sam is at a conference”, by maria"_s),
                 qPrintable(lines.first()));
        QCOMPARE(maria.panel().messageLabel()->text(), u"Override added."_s);

        // Delete in the list removes the selected override.
        QListWidget *list = maria.panel().list();
        QVERIFY(maria.activate()); // the dialog had the keyboard
        list->setCurrentRow(0);
        list->setFocus();
        QVERIFY(maria.panel().removeButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, timeout);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(overridesOf(world, u"primary"_s).size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, timeout);
        QCOMPARE(maria.listed(), QStringList({u"No overrides: the rotation decides."_s}));
        QCOMPARE(maria.panel().messageLabel()->text(), u"Override removed."_s);
    }

    // A desk that does not know the role offers the buttons to staff; the server
    // refuses a specialist and the page says so, keeping what was typed.
    void aSpecialistIsRefused()
    {
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Page sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s, QString()));
        QVERIFY(sam.load(u"secondary"_s));
        QVERIFY(sam.panel().addButton()->isVisible());
        QTest::mouseClick(sam.panel().addButton(), Qt::LeftButton);
        QPointer<OverrideDialog> dialog = sam.panel().dialog();
        QVERIFY(dialog);
        dialog->setPerson(u"casey"_s);
        dialog->setReason(u"alex is away"_s);
        QSignalSpy finished(sam.data.get(), &DeskData::overrideFinished);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString error = dialog->errorText();
        QVERIFY2(error.startsWith(u"Only managers and admins may change overrides"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(u"your role may not use POST"_s), qPrintable(error));
        QCOMPARE(dialog->person(), u"casey"_s);
        QCOMPARE(dialog->reason(), u"alex is away"_s);
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(overridesOf(world, u"secondary"_s).size(), 0);
        dialog->reject();

        // Removing one maria made is refused as well; the override stays.
        const HttpReply added = world.as(u"maria"_s)
                                    .post(u"/api/v1/schedules/secondary/overrides"_s,
                                          QJsonObject{{u"person"_s, u"casey"_s},
                                                      {u"from"_s, u"2026-03-10T14:00:00Z"_s},
                                                      {u"to"_s, u"2026-03-11T14:00:00Z"_s},
                                                      {u"reason"_s, u"swap"_s}});
        QCOMPARE(added.status, 201);
        QVERIFY(sam.load(u"secondary"_s));
        QCOMPARE(sam.listed().size(), 1);
        sam.panel().list()->setCurrentRow(0);
        QTest::mouseClick(sam.panel().removeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, timeout);
        QVERIFY(!finished.at(1).at(0).toBool());
        const QString message = sam.panel().messageLabel()->text();
        QVERIFY2(message.startsWith(u"Could not remove the override: Only managers"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"your role may not use DELETE"_s), qPrintable(message));
        QCOMPARE(overridesOf(world, u"secondary"_s).size(), 1);
    }

    // When the sign-in told the role, only managers and admins see the buttons.
    void theRoleDecidesTheButtons_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("editable");
        QTest::addRow("manager") << u"manager"_s << true;
        QTest::addRow("admin") << u"admin"_s << true;
        QTest::addRow("specialist") << u"specialist"_s << false;
        QTest::addRow("not known") << QString() << true;
    }
    void theRoleDecidesTheButtons()
    {
        QFETCH(QString, role);
        QFETCH(bool, editable);
        ServerFixture fixture;
        OnCallWorld world(fixture);
        QVERIFY(world.setUp());
        Page sam;
        QVERIFY(sam.open(fixture, world, u"sam"_s, role));
        QCOMPARE(sam.data->mayEditOverrides(), editable);
        QVERIFY(sam.load(u"primary"_s));
        QCOMPARE(sam.panel().addButton()->isVisible(), editable);
        QCOMPARE(sam.panel().removeButton()->isVisible(), editable);
        QCOMPARE(sam.panel().addOverrideAction()->isEnabled(), editable);
        sam.panel().addOverride();
        QCOMPARE(sam.panel().dialog() != nullptr, editable);
    }
};

QTEST_MAIN(TestOverridesOnServer)
#include "tst_overridesonserver.moc"

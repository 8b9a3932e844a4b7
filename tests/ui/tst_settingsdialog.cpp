#include "signin/SignInDialog.h"
#include "window/Preferences.h"
#include "window/SettingsDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::ui;

// Preferences, the settings dialog and the sign-in dialog.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferencesRoundTripAndClamp()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        QCOMPARE(Preferences::load(settings), Preferences());
        Preferences changed;
        changed.syncIntervalSeconds = 90;
        changed.dueSoonHours = 8;
        changed.notifySound = false;
        changed.doNotDisturb = true;
        changed.alertSound = false;
        changed.save(settings);
        QCOMPARE(Preferences::load(settings), changed);
        settings.setValue(u"sync/intervalSeconds"_s, -4);
        settings.setValue(u"queue/dueSoonHours"_s, u"lots"_s);
        const Preferences clamped = Preferences::load(settings);
        QCOMPARE(clamped.syncIntervalSeconds, 5);
        QCOMPARE(clamped.dueSoonHours, 1);
    }

    void settingsDialogEditsPreferences()
    {
        SettingsDialog dialog(Preferences(), {});
        const auto spins = dialog.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 2);
        spins.at(0)->setValue(120);
        spins.at(1)->setValue(6);
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            box->setChecked(!box->isChecked());
        }
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.syncIntervalSeconds, 120);
        QCOMPARE(edited.dueSoonHours, 6);
        QCOMPARE(edited.notifyPopups, false);
        QCOMPARE(edited.notifySound, false);
        QCOMPARE(edited.doNotDisturb, true);
        QCOMPARE(edited.alertSound, false);
    }

    void settingsDialogAccountActions()
    {
        SettingsDialog dialog(Preferences(), {{u"a1"_s, u"sam on http://one"_s, true},
                                              {u"a2"_s, u"maria on http://two"_s, false}});
        auto *list = dialog.findChild<QListWidget *>();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"(current)"_s));
        QSignalSpy switched(&dialog, &SettingsDialog::switchAccountRequested);
        QSignalSpy removed(&dialog, &SettingsDialog::removeAccountRequested);
        QSignalSpy added(&dialog, &SettingsDialog::addAccountRequested);
        QPushButton *use = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *add = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"Switch to"_s) {
                use = button;
            } else if (button->text().startsWith(u"Sign out"_s)) {
                remove = button;
            } else if (button->text().startsWith(u"Add account"_s)) {
                add = button;
            }
        }
        QVERIFY(use && remove && add);
        use->click(); // nothing selected: nothing happens
        QCOMPARE(switched.count(), 0);
        list->setCurrentRow(1);
        use->click();
        remove->click();
        add->click();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toString(), u"a2"_s);
        QCOMPARE(removed.first().first().toString(), u"a2"_s);
        QCOMPARE(added.count(), 1);
    }

    void signInNeedsEveryField()
    {
        SignInDialog dialog;
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        const auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        dialog.setServer(QUrl(u"http://127.0.0.1:8480"_s));
        dialog.setLogin(u"sam"_s);
        QPushButton *signIn = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().contains(u"Sign in"_s)) {
                signIn = button;
            }
        }
        QVERIFY(signIn);
        QVERIFY(!signIn->isEnabled()); // no password yet
        edits.at(2)->setText(u"secret-words"_s);
        QVERIFY(signIn->isEnabled());
        signIn->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toString(), u"sam"_s);
        QCOMPARE(requested.first().at(2).toString(), u"secret-words"_s);
        QVERIFY(!signIn->isEnabled()); // busy
        dialog.showError(u"the login or password is wrong"_s);
        QCOMPARE(dialog.errorText(), u"the login or password is wrong"_s);
        QVERIFY(signIn->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

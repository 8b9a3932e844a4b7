#include "TicketTestSupport.h"
#include "ticket/PriorityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::ui::testing;
using deskside::ticket::Priority;
using deskside::ui::PriorityDialog;

namespace {

// Monday morning after the example ticket was opened: nothing is due yet.
QDateTime monday()
{
    return at(u"2026-03-09T10:00:00-05:00"_s);
}

PriorityDialog *makeDialog(const ticket::Ticket &ticket, const QDateTime &now = monday(),
                           api::TicketAudience audience = api::TicketAudience::Staff)
{
    return new PriorityDialog(ticket, sla::SlaClock::standard(), now, audience);
}

QPushButton *confirmButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString labelText(const QDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

QStringList comboItems(const QDialog &dialog)
{
    const auto *combo = dialog.findChild<QComboBox *>(u"priorityCombo"_s);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i) {
        items.append(combo->itemText(i));
    }
    return items;
}

} // namespace

class TestPriorityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmNeedsExplanationAndChange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Priority>("choice");
        QTest::addColumn<bool>("enabled");
        QTest::addRow("no explanation") << QString() << Priority::Low << false;
        QTest::addRow("blank explanation") << u"   \n\t  "_s << Priority::Low << false;
        QTest::addRow("same priority") << u"The outage is over."_s << Priority::High << false;
        QTest::addRow("text and lower") << u"The outage is over."_s << Priority::Low << true;
        QTest::addRow("text and higher") << u"Payroll is blocked."_s << Priority::Urgent << true;
    }
    void confirmNeedsExplanationAndChange()
    {
        QFETCH(QString, typed);
        QFETCH(Priority, choice);
        QFETCH(bool, enabled);
        std::unique_ptr<PriorityDialog> dialog(makeDialog(exampleTicket()));
        QVERIFY(!confirmButton(*dialog)->isEnabled()); // nothing typed, nothing chosen
        dialog->setPriority(choice);
        dialog->findChild<QPlainTextEdit *>(u"explanationEdit"_s)->setPlainText(typed);
        QCOMPARE(dialog->priority(), choice);
        QCOMPARE(confirmButton(*dialog)->isEnabled(), enabled);
        QCOMPARE(dialog->canConfirm(), enabled);
        QCOMPARE(dialog->explanation(), typed.trimmed());
    }

    void showsOldAndNewDueTimes_data()
    {
        QTest::addColumn<Priority>("choice");
        QTest::addColumn<QString>("newDue");
        QTest::addRow("low") << Priority::Low << u"Wed 2026-03-18 16:00 CDT"_s;
        QTest::addRow("medium") << Priority::Medium << u"Thu 2026-03-12 16:00 CDT"_s;
        QTest::addRow("urgent") << Priority::Urgent << u"Mon 2026-03-09 11:00 CDT"_s;
    }
    void showsOldAndNewDueTimes()
    {
        QFETCH(Priority, choice);
        QFETCH(QString, newDue);
        // DESIGN.md: High opened Fri 2026-03-06 16:00 CST is due Tue 2026-03-10 16:00 CDT.
        std::unique_ptr<PriorityDialog> dialog(makeDialog(exampleTicket()));
        const QString highDue = u"Tue 2026-03-10 16:00 CDT"_s;
        QCOMPARE(labelText(*dialog, u"resolveOld"_s), highDue);
        QCOMPARE(labelText(*dialog, u"respondOld"_s), highDue);
        QCOMPARE(labelText(*dialog, u"resolveNew"_s), highDue); // nothing chosen yet
        dialog->setPriority(choice);
        QCOMPARE(labelText(*dialog, u"resolveOld"_s), highDue);
        QCOMPARE(labelText(*dialog, u"resolveNew"_s), newDue);
        QCOMPARE(dialog->dueText(sla::SlaTarget::Resolve, true), newDue);
        QCOMPARE(dialog->dueText(sla::SlaTarget::Resolve, false), highDue);
    }

    void newDueAlreadyPastIsBreachedAtOnce()
    {
        // A Low ticket from the same Friday, looked at on Thursday 2026-03-12.
        std::unique_ptr<PriorityDialog> dialog(
            makeDialog(exampleTicket(Priority::Low), at(u"2026-03-12T12:00:00-05:00"_s)));
        QCOMPARE(labelText(*dialog, u"resolveOld"_s), u"Wed 2026-03-18 16:00 CDT"_s);
        dialog->setPriority(Priority::High);
        QCOMPARE(labelText(*dialog, u"resolveNew"_s),
                 u"Tue 2026-03-10 16:00 CDT (breached at once)"_s);
        QCOMPARE(labelText(*dialog, u"respondNew"_s),
                 u"Tue 2026-03-10 16:00 CDT (breached at once)"_s);
        dialog->setPriority(Priority::Medium);
        QCOMPARE(labelText(*dialog, u"resolveNew"_s), u"Thu 2026-03-12 16:00 CDT"_s);
    }

    void customersCannotChooseUrgent_data()
    {
        QTest::addColumn<api::TicketAudience>("audience");
        QTest::addColumn<QStringList>("items");
        QTest::addRow("staff") << api::TicketAudience::Staff
                               << QStringList{u"Low"_s, u"Medium"_s, u"High"_s, u"Urgent"_s};
        QTest::addRow("customer") << api::TicketAudience::Customer
                                  << QStringList{u"Low"_s, u"Medium"_s, u"High"_s};
    }
    void customersCannotChooseUrgent()
    {
        QFETCH(api::TicketAudience, audience);
        QFETCH(QStringList, items);
        std::unique_ptr<PriorityDialog> dialog(makeDialog(exampleTicket(), monday(), audience));
        QCOMPARE(comboItems(*dialog), items);
        dialog->setPriority(Priority::Urgent);
        QCOMPARE(dialog->priority() == Priority::Urgent, audience == api::TicketAudience::Staff);
    }

    void statesWhoReceivesTheExplanation()
    {
        std::unique_ptr<PriorityDialog> dialog(makeDialog(exampleTicket()));
        QCOMPARE(labelText(*dialog, u"customerStatement"_s),
                 u"The customer (Dana Customer <dana@example.com>) will receive this "
                 "explanation by e-mail."_s);
    }

    void keyboard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Qt::Key>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<int>("result"); // -1: still open
        QTest::addRow("ctrl+return confirms")
            << u"Fixed upstream."_s << Qt::Key_Return << Qt::KeyboardModifiers(Qt::ControlModifier)
            << int(QDialog::Accepted);
        QTest::addRow("ctrl+return without text")
            << QString() << Qt::Key_Return << Qt::KeyboardModifiers(Qt::ControlModifier) << -1;
        QTest::addRow("escape cancels") << u"Fixed upstream."_s << Qt::Key_Escape
                                        << Qt::KeyboardModifiers() << int(QDialog::Rejected);
    }
    void keyboard()
    {
        QFETCH(QString, typed);
        QFETCH(Qt::Key, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(int, result);
        std::unique_ptr<PriorityDialog> dialog(makeDialog(exampleTicket()));
        QSignalSpy finished(dialog.get(), &QDialog::finished);
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        dialog->setPriority(Priority::Low);
        auto *editor = dialog->findChild<QPlainTextEdit *>(u"explanationEdit"_s);
        editor->setFocus();
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, key, modifiers);
        if (result < 0) {
            QVERIFY(dialog->isVisible());
            QCOMPARE(finished.count(), 0);
            QCOMPARE(editor->toPlainText(), typed); // no line break slipped in either
        } else {
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.first().first().toInt(), result);
            QVERIFY(!dialog->isVisible());
        }
    }
};

QTEST_MAIN(TestPriorityDialog)
#include "tst_prioritydialog.moc"

#include "TicketTestSupport.h"
#include "ticket/PriorityDialog.h"
#include "ticket/TicketComposer.h"
#include "ticket/TicketHtml.h"
#include "ticket/TicketView.h"
#include "ticket/Tier3Dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::ui::testing;
using deskside::api::TicketAudience;
using deskside::ticket::Priority;
using deskside::ticket::TicketStatus;
using deskside::ui::TicketHtml;
using deskside::ui::TicketView;

namespace {

const QString script = u"<script>alert('x')</script> & \"quotes\""_s;

// The example ticket with a conversation and a history.
ticket::Ticket busyTicket()
{
    ticket::Ticket ticket = exampleTicket();
    for (const ticket::Message &item :
         {message(u"dana"_s, u"2026-03-06T16:05:00-06:00"_s, script, false, false),
          message(u"alice"_s, u"2026-03-09T09:00:00-05:00"_s, u"Checking the toner."_s, false,
                  true),
          message(u"alice"_s, u"2026-03-09T09:10:00-05:00"_s, u"Suspect the fuser."_s, true,
                  true)}) {
        if (!ticket.addMessage(item).ok()) {
            qFatal("test message refused");
        }
    }
    if (!ticket
             .changePriority(u"carol"_s, at(u"2026-03-09T09:30:00-05:00"_s), Priority::Low,
                             u"Only one printer & a spare exists."_s)
             .ok() ||
        !ticket.moveToTier3(u"carol"_s, at(u"2026-03-09T11:00:00-05:00"_s), u"eng-77"_s).ok()) {
        qFatal("test change refused");
    }
    return ticket;
}

QString render(const ticket::Ticket &ticket, TicketAudience audience)
{
    return TicketHtml(QTimeZone("America/Chicago")).render(ticket, audience);
}

struct Fixture
{
    FakeClock clock{at(u"2026-03-09T12:00:00-05:00"_s)};
    TicketView view{sla::SlaClock::standard(), clock};

    explicit Fixture(TicketAudience audience = TicketAudience::Staff, int pendingEdits = 0)
    {
        view.setUser(audience == TicketAudience::Staff ? u"alice"_s : u"dana"_s, audience);
        view.setTicket(document(exampleTicket()), pendingEdits);
    }
    template<typename T> T *find(const QString &name) const
    {
        auto *child = view.findChild<T *>(name);
        if (!child) {
            qFatal("no child %s", qPrintable(name));
        }
        return child;
    }
    QPlainTextEdit *editor() const { return find<QPlainTextEdit>(u"composerEdit"_s); }
};

} // namespace

class TestTicketView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesAndRepliesLookDifferent_data()
    {
        QTest::addColumn<bool>("internal");
        QTest::addRow("public reply") << false;
        QTest::addRow("internal note") << true;
    }
    void notesAndRepliesLookDifferent()
    {
        QFETCH(bool, internal);
        ticket::Ticket ticket = exampleTicket();
        QVERIFY(ticket
                    .addMessage(message(u"alice"_s, u"2026-03-09T09:00:00-05:00"_s, u"Body text"_s,
                                        internal, true))
                    .ok());
        const QString html = render(ticket, TicketAudience::Staff);
        QVERIFY(html.contains(u"Body text"_s));
        QVERIFY(html.contains(u"alice"_s));
        QVERIFY(html.contains(u"Mon 2026-03-09 09:00 CDT"_s)); // in the calendar's zone
        // A note is tinted, labelled and marked; a reply is none of these.
        QCOMPARE(html.contains(u"bgcolor="_s), internal);
        QCOMPARE(html.contains(u"Internal note"_s), internal);
        QCOMPARE(html.contains(u"&#9998;"_s), internal);
        QCOMPARE(html.contains(u"Public reply"_s), !internal);
        QCOMPARE(render(ticket, TicketAudience::Customer).contains(u"Body text"_s), !internal);
    }

    void escapesUserText()
    {
        const QString html = render(busyTicket(), TicketAudience::Staff);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(html.contains(u"Only one printer &amp; a spare exists."_s));
        QTextBrowser browser;
        browser.setHtml(html);
        QVERIFY(browser.toPlainText().contains(script));
    }

    void showsHistory()
    {
        const QString html = render(busyTicket(), TicketAudience::Staff);
        QVERIFY(html.contains(u"Priority changed from High to Low"_s));
        QVERIFY(html.contains(u"by carol"_s));
        QVERIFY(html.contains(u"Mon 2026-03-09 09:30 CDT"_s));
        QVERIFY(html.contains(u"Status changed from New to Waiting on engineering"_s));
        QVERIFY(html.contains(u"ENG-77"_s));
        QVERIFY(html.contains(u"Ticket opened with High priority"_s));
        // Oldest first: the customer's message, the reply, the note, then the change.
        const qsizetype reply = html.indexOf(u"Checking the toner."_s);
        const qsizetype note = html.indexOf(u"Suspect the fuser."_s);
        const qsizetype change = html.indexOf(u"Priority changed"_s);
        QVERIFY(html.indexOf(u"&lt;script&gt;"_s) < reply);
        QVERIFY(reply < note);
        QVERIFY(note < change);
        const QString customer = render(busyTicket(), TicketAudience::Customer);
        QVERIFY(customer.contains(u"Priority changed from High to Low"_s));
        QVERIFY(!customer.contains(u"Suspect the fuser."_s));
        QVERIFY(!customer.contains(u"ENG-77"_s));
    }

    void composerSends_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("note");
        QTest::addRow("reply") << u"sendReplyButton"_s << false;
        QTest::addRow("note") << u"addNoteButton"_s << true;
        QTest::addRow("ctrl+return") << QString() << false;
    }
    void composerSends()
    {
        QFETCH(QString, button);
        QFETCH(bool, note);
        Fixture f;
        QSignalSpy replies(&f.view, &TicketView::replyRequested);
        QSignalSpy notes(&f.view, &TicketView::noteRequested);
        f.view.show();
        f.view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.view));
        f.editor()->setFocus();
        QTest::keyClicks(f.editor(), u"  We replaced the fuser.  "_s);
        if (button.isEmpty()) {
            QTest::keyClick(f.editor(), Qt::Key_Return, Qt::ControlModifier);
        } else {
            QTest::mouseClick(f.find<QPushButton>(button), Qt::LeftButton);
        }
        QSignalSpy &sent = note ? notes : replies;
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.first().at(0).toLongLong(), 42);
        QCOMPARE(sent.first().at(1).toString(), u"We replaced the fuser."_s);
        QCOMPARE((note ? replies : notes).count(), 0);
        QVERIFY(f.editor()->toPlainText().isEmpty());
    }

    void emptyTextIsNotSent_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("nothing") << QString();
        QTest::addRow("blanks") << u"   \n\t "_s;
    }
    void emptyTextIsNotSent()
    {
        QFETCH(QString, typed);
        Fixture f;
        QSignalSpy replies(&f.view, &TicketView::replyRequested);
        QSignalSpy notes(&f.view, &TicketView::noteRequested);
        f.editor()->setPlainText(typed);
        QVERIFY(!f.find<QPushButton>(u"sendReplyButton"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"addNoteButton"_s)->isEnabled());
        f.view.composer()->sendReply();
        f.view.composer()->addNote();
        QCOMPARE(replies.count() + notes.count(), 0);
        QCOMPARE(f.editor()->toPlainText(), typed);
    }

    void customersSeeNoStaffActions_data()
    {
        QTest::addColumn<TicketAudience>("audience");
        QTest::addRow("staff") << TicketAudience::Staff;
        QTest::addRow("customer") << TicketAudience::Customer;
    }
    void customersSeeNoStaffActions()
    {
        QFETCH(TicketAudience, audience);
        Fixture f(audience);
        const bool staff = audience == TicketAudience::Staff;
        for (const QString &name : {u"addNoteButton"_s, u"assignToMeButton"_s, u"tier3Button"_s}) {
            QCOMPARE(f.find<QPushButton>(name)->isVisibleTo(&f.view), staff);
        }
        QCOMPARE(f.find<QComboBox>(u"statusCombo"_s)->isVisibleTo(&f.view), staff);
        QVERIFY(f.find<QPushButton>(u"sendReplyButton"_s)->isVisibleTo(&f.view));
        // DESIGN.md: customers may change the priority of their own tickets.
        QVERIFY(f.find<QPushButton>(u"changePriorityButton"_s)->isVisibleTo(&f.view));
        QSignalSpy notes(&f.view, &TicketView::noteRequested);
        f.editor()->setPlainText(u"A note"_s);
        f.view.composer()->addNote();
        QCOMPARE(notes.count(), staff ? 1 : 0);
    }

    void showsPendingEdits_data()
    {
        QTest::addColumn<int>("pending");
        QTest::addColumn<QString>("text");
        QTest::addRow("none") << 0 << QString();
        QTest::addRow("one") << 1 << u"1 edit waiting to be sent"_s;
        QTest::addRow("three") << 3 << u"3 edits waiting to be sent"_s;
    }
    void showsPendingEdits()
    {
        QFETCH(int, pending);
        QFETCH(QString, text);
        Fixture f(TicketAudience::Staff, pending);
        auto *note = f.find<QLabel>(u"pendingEditsNote"_s);
        QCOMPARE(note->isVisibleTo(&f.view), pending > 0);
        QCOMPARE(note->text(), text);
        QCOMPARE(f.find<QLabel>(u"ticketTitle"_s)->text(), u"#42  Printer on fire"_s);
        QCOMPARE(f.find<QLabel>(u"requesterValue"_s)->text(),
                 u"Dana Customer <dana@example.com>"_s);
        QCOMPARE(f.find<QLabel>(u"priorityValue"_s)->text(), u"High"_s);
    }

    void staffActionsRequestEdits()
    {
        Fixture f;
        QSignalSpy assigned(&f.view, &TicketView::assignRequested);
        QSignalSpy statuses(&f.view, &TicketView::statusRequested);
        QSignalSpy moves(&f.view, &TicketView::tier3Requested);
        QSignalSpy priorities(&f.view, &TicketView::priorityRequested);

        QTest::mouseClick(f.find<QPushButton>(u"assignToMeButton"_s), Qt::LeftButton);
        QCOMPARE(assigned.count(), 1);
        QCOMPARE(assigned.first().at(1).toString(), u"alice"_s);

        auto *status = f.find<QComboBox>(u"statusCombo"_s);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // New -> Open
        QCOMPARE(statuses.count(), 1);
        QCOMPARE(statuses.first().at(1).value<TicketStatus>(), TicketStatus::Open);

        QTest::mouseClick(f.find<QPushButton>(u"tier3Button"_s), Qt::LeftButton);
        auto *tier3 = f.view.findChild<ui::Tier3Dialog *>();
        QVERIFY(tier3);
        tier3->setIssueKey(u"ENG 7"_s);
        QVERIFY(!tier3->canConfirm());
        tier3->setIssueKey(u" eng-77 "_s);
        QVERIFY(tier3->canConfirm());
        tier3->accept();
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.first().at(1).toString(), u"ENG-77"_s);

        QTest::mouseClick(f.find<QPushButton>(u"changePriorityButton"_s), Qt::LeftButton);
        auto *dialog = f.view.findChild<ui::PriorityDialog *>();
        QVERIFY(dialog);
        dialog->setPriority(Priority::Medium);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"A workaround exists."_s);
        dialog->accept();
        QCOMPARE(priorities.count(), 1);
        QCOMPARE(priorities.first().at(1).value<Priority>(), Priority::Medium);
        QCOMPARE(priorities.first().at(2).toString(), u"A workaround exists."_s);
    }

    void clearShowsNoTicket()
    {
        Fixture f;
        f.editor()->setPlainText(u"draft"_s);
        f.view.clear();
        QVERIFY(!f.view.hasTicket());
        QCOMPARE(f.view.ticketId(), 0);
        QVERIFY(f.view.conversation()->toPlainText().isEmpty());
        f.view.setTicket(document(exampleTicket()), 0);
        QCOMPARE(f.editor()->toPlainText(), u"draft"_s); // the draft survives
    }
};

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"

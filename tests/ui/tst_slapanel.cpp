#include "TicketTestSupport.h"
#include "sla/DueExplainer.h"
#include "ticket/SlaPanel.h"

#include <QLabel>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::ui::testing;
using deskside::sla::SlaState;
using deskside::sla::SlaTarget;
using deskside::ui::SlaPanel;

namespace {

// The example ticket (High, opened Fri 2026-03-06 16:00 CST, due Tue 2026-03-10 16:00 CDT),
// optionally answered by staff and waiting on the customer.
sla::SlaInput exampleInput(const QString &repliedAt, const QString &waitingSince)
{
    ticket::Ticket ticket = exampleTicket();
    if (!repliedAt.isEmpty()) {
        const auto added =
            ticket.addMessage(message(u"alice"_s, repliedAt, u"Looking into it."_s, false, true));
        Q_ASSERT(added.ok());
    }
    if (!waitingSince.isEmpty()) {
        const auto set =
            ticket.setStatus(u"alice"_s, at(waitingSince), ticket::TicketStatus::WaitingOnCustomer);
        Q_ASSERT(set.ok());
    }
    return sla::SlaInput::fromTicket(ticket);
}

QString labelText(const SlaPanel &panel, const QString &name)
{
    return panel.findChild<QLabel *>(name)->text();
}

} // namespace

class TestSlaPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStates_data()
    {
        QTest::addColumn<QString>("repliedAt");
        QTest::addColumn<QString>("waitingSince");
        QTest::addColumn<QString>("now");
        QTest::addColumn<SlaState>("respondState");
        QTest::addColumn<QString>("respondText");
        QTest::addColumn<SlaState>("resolveState");
        QTest::addColumn<QString>("resolveText");
        const QString due = u"due Tue 2026-03-10 16:00 CDT"_s;
        QTest::addRow("on track") << QString() << QString() << u"2026-03-09T09:00:00-05:00"_s
                                  << SlaState::OnTrack << u"16 h of business time left; "_s + due
                                  << SlaState::OnTrack << u"16 h of business time left; "_s + due;
        QTest::addRow("warning at 75%% used")
            << QString() << QString() << u"2026-03-10T13:00:00-05:00"_s << SlaState::Warning
            << u"3 h of business time left; "_s + due << SlaState::Warning
            << u"3 h of business time left; "_s + due;
        QTest::addRow("breached") << QString() << QString() << u"2026-03-11T09:30:00-05:00"_s
                                  << SlaState::Breached
                                  << u"Overdue by 2 h 30 min of business time; was "_s + due
                                  << SlaState::Breached
                                  << u"Overdue by 2 h 30 min of business time; was "_s + due;
        QTest::addRow("met and paused")
            << u"2026-03-09T10:00:00-05:00"_s << u"2026-03-09T12:00:00-05:00"_s
            << u"2026-03-09T14:00:00-05:00"_s << SlaState::Met << u"Done in time; was "_s + due
            << SlaState::Paused
            << u"Waiting on the customer: 13 h of business time left, clock stopped"_s;
    }
    void showsStates()
    {
        QFETCH(QString, repliedAt);
        QFETCH(QString, waitingSince);
        QFETCH(QString, now);
        QFETCH(SlaState, respondState);
        QFETCH(QString, respondText);
        QFETCH(SlaState, resolveState);
        QFETCH(QString, resolveText);
        FakeClock clock(at(u"2026-03-06T16:00:00-06:00"_s));
        SlaPanel panel(sla::SlaClock::standard(), clock);
        panel.setInput(exampleInput(repliedAt, waitingSince));
        panel.refresh(at(now));

        QCOMPARE(panel.state(SlaTarget::Respond), respondState);
        QCOMPARE(panel.state(SlaTarget::Resolve), resolveState);
        QCOMPARE(panel.countdownText(SlaTarget::Respond), respondText);
        QCOMPARE(panel.countdownText(SlaTarget::Resolve), resolveText);
        QCOMPARE(labelText(panel, u"respondCountdown"_s), respondText);
        // Not colour alone: the state is written out and has an icon, in its colour.
        for (const auto &[target, state] : {std::pair{SlaTarget::Respond, respondState},
                                            std::pair{SlaTarget::Resolve, resolveState}}) {
            const QString wire = sla::toWire(target);
            QCOMPARE(panel.stateText(target), sla::displayName(state));
            const auto *icon = panel.findChild<QLabel *>(wire + u"StateIcon"_s);
            QVERIFY(!icon->pixmap().isNull());
            QCOMPARE(icon->toolTip(), sla::displayName(state));
            QVERIFY(panel.findChild<QLabel *>(wire + u"State"_s)
                        ->styleSheet()
                        .contains(SlaPanel::stateColor(state).name()));
        }
    }

    void statesHaveDistinctColours()
    {
        const QList<SlaState> states{SlaState::OnTrack, SlaState::Warning, SlaState::Breached,
                                     SlaState::Paused, SlaState::Met};
        QSet<QRgb> colours;
        for (const SlaState state : states) {
            colours.insert(SlaPanel::stateColor(state).rgb());
        }
        QCOMPARE(colours.size(), states.size());
    }

    void followsTheInjectedClock()
    {
        FakeClock clock(at(u"2026-03-09T09:00:00-05:00"_s));
        SlaPanel panel(sla::SlaClock::standard(), clock);
        auto *timer = panel.findChild<QTimer *>();
        QVERIFY(!timer->isActive());
        panel.setInput(exampleInput(QString(), QString()));
        QCOMPARE(panel.state(SlaTarget::Resolve), SlaState::OnTrack);
        QCOMPARE(panel.snapshot().nowUtc, clock.now().toSecsSinceEpoch());
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), SlaPanel::refreshIntervalMs);
        QCOMPARE(SlaPanel::refreshIntervalMs, 30'000);

        panel.refresh(at(u"2026-03-10T16:00:01-05:00"_s));
        QCOMPARE(panel.state(SlaTarget::Resolve), SlaState::Breached);
        QCOMPARE(panel.countdownText(SlaTarget::Resolve),
                 u"Overdue by 1 s of business time; was due Tue 2026-03-10 16:00 CDT"_s);

        panel.clear();
        QVERIFY(!timer->isActive());
        QVERIFY(!panel.hasInput());
        QCOMPARE(panel.stateText(SlaTarget::Resolve), u"No ticket"_s);
        QVERIFY(panel.countdownText(SlaTarget::Resolve).isEmpty());
    }

    void explainsOnDemand()
    {
        FakeClock clock(at(u"2026-03-09T09:00:00-05:00"_s));
        SlaPanel panel(sla::SlaClock::standard(), clock);
        const sla::SlaInput input = exampleInput(QString(), QString());
        panel.setInput(input);
        auto *toggle = panel.findChild<QToolButton *>(u"slaWhyButton"_s);
        auto *explanation = panel.findChild<QLabel *>(u"slaExplanation"_s);
        QCOMPARE(toggle->text(), u"Why this due time?"_s);
        QVERIFY(!explanation->isVisibleTo(&panel));
        QVERIFY(panel.explanationText().isEmpty());

        toggle->click();
        QVERIFY(panel.isExplanationShown());
        QVERIFY(explanation->isVisibleTo(&panel));
        const sla::DueExplainer explainer(sla::SlaClock::standard());
        const QStringList resolveLines = explainer.explain(input, SlaTarget::Resolve, clock.now());
        QVERIFY(resolveLines.size() >= 3);
        for (const QString &line : resolveLines) {
            QVERIFY2(panel.explanationText().contains(line), qPrintable(line));
        }
        QVERIFY(panel.explanationText().contains(
            u"Counted: 1 h Fri Mar 6, 9 h Mon Mar 9, 8 h Tue Mar 10 → due Tue 2026-03-10 16:00 CDT"_s));

        toggle->click();
        QVERIFY(!panel.isExplanationShown());
        QVERIFY(!explanation->isVisibleTo(&panel));
    }
};

QTEST_MAIN(TestSlaPanel)
#include "tst_slapanel.moc"

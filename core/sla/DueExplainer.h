#pragma once

#include "sla/SlaClock.h"

#include <QCoreApplication>
#include <QStringList>

namespace deskside::sla {

// Explains a due time in words, day by day, for the ticket view and the CLI:
//   Opened Fri 2026-03-06 16:00 CST; the clock counts business hours Mon–Fri 08:00–17:00
//   America/Chicago.
//   High priority: resolve within 2 business days (18 h).
//   Counted: 1 h Fri Mar 6, 9 h Mon Mar 9, 8 h Tue Mar 10 → due Tue 2026-03-10 16:00 CDT.
//   Closed: Sat–Sun Mar 7–8.
// Holidays are named and pauses (waiting on the customer) listed. Runs on demand: it
// walks the days of the span, asking the calendar about each.
class DueExplainer
{
    Q_DECLARE_TR_FUNCTIONS(DueExplainer)

public:
    explicit DueExplainer(SlaClock clock);

    QStringList explain(const SlaInput &input, SlaTarget target, qint64 nowUtc) const;
    QStringList explain(const SlaInput &input, SlaTarget target, const QDateTime &now) const;

private:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    QString header(qint64 opened) const;
    // Pauses that moved the due time, clipped; with their lines.
    QList<Span> pauses(const SlaInput &input, qint64 opened, qint64 end, qint64 due,
                       QStringList &lines) const;
    // The "Counted: ... → due ..." and "Closed: ..." lines.
    void walkDays(qint64 opened, qint64 due, const QList<Span> &paused, QStringList &lines) const;
    qint64 pausedWithin(const QList<Span> &paused, qint64 from, qint64 to) const;

    SlaClock m_clock;
};

} // namespace deskside::sla

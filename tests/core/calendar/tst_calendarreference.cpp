#include "CalendarTestSupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::calendar;
using namespace deskside::calendar::testing;

namespace {

// A deliberately slow and obvious model of a calendar: QDateTime in the zone, a
// hand-written list of observed US holidays, and minute-by-minute stepping.
struct Reference
{
    QTimeZone zone{"America/Chicago"};
    QList<BusinessInterval> weekday;
    QList<BusinessInterval> saturday;

    bool isOpen(qint64 utc) const
    {
        static const QList<QDate> holidays = {
            QDate(2026, 1, 1),   QDate(2026, 5, 25),  QDate(2026, 7, 3),   QDate(2026, 9, 7),
            QDate(2026, 11, 26), QDate(2026, 12, 25), QDate(2027, 1, 1),   QDate(2027, 5, 31),
            QDate(2027, 7, 5),   QDate(2027, 9, 6),   QDate(2027, 11, 25), QDate(2027, 12, 24),
            QDate(2027, 12, 31), QDate(2028, 5, 29),  QDate(2028, 7, 4),   QDate(2028, 9, 4),
            QDate(2028, 11, 23), QDate(2028, 12, 25), QDate(2029, 1, 1),   QDate(2029, 5, 28)};
        const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
        if (holidays.contains(local.date())) {
            return false;
        }
        const int weekdayNumber = local.date().dayOfWeek();
        const QList<BusinessInterval> &intervals = weekdayNumber <= Qt::Friday ? weekday
                                                   : weekdayNumber == Qt::Saturday
                                                       ? saturday
                                                       : QList<BusinessInterval>();
        const int second = local.time().msecsSinceStartOfDay() / 1000;
        for (const BusinessInterval &interval : intervals) {
            if (second >= interval.start && second < interval.end) {
                return true;
            }
        }
        return false;
    }

    // counts[m] = business seconds in [start, start + m minutes), until `upTo` is reached.
    std::vector<qint64> walk(qint64 start, qint64 upTo) const
    {
        std::vector<qint64> counts{0};
        for (qint64 t = start; counts.back() < upTo; t += 60) {
            counts.push_back(counts.back() + (isOpen(t) ? 60 : 0));
        }
        return counts;
    }
};

} // namespace

// addBusinessSeconds and businessSecondsBetween against the slow reference walk, for
// pseudo-random starts (fixed seed) across 2026-2028.
class TestCalendarReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesMinuteWalk_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<int>("starts");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("standard") << u"standard"_s << 250 << quint32(20260306);
        QTest::addRow("split with saturday") << u"split"_s << 150 << quint32(20261224);
    }
    void matchesMinuteWalk()
    {
        QFETCH(QString, calendar);
        QFETCH(int, starts);
        QFETCH(quint32, seed);
        Reference reference;
        std::optional<BusinessCalendar> split;
        if (calendar == u"standard"_s) {
            reference.weekday = {span(8, 0, 17, 0)};
        } else {
            reference.weekday = {span(8, 0, 12, 0), span(13, 0, 17, 30)};
            reference.saturday = {span(9, 0, 13, 0)};
            WeeklyHours hours = weekdays(reference.weekday);
            QVERIFY(hours.setDay(Qt::Saturday, reference.saturday).ok());
            split.emplace(u"Split"_s, reference.zone, hours,
                          BusinessCalendar::standard().holidayRules());
        }
        const BusinessCalendar &subject = split ? *split : BusinessCalendar::standard();

        const qint64 hour = 3600;
        const QList<qint64> durations = {60,       17 * 60,   hour,     90 * 60,
                                         9 * hour, 18 * hour, 36 * hour};
        const qint64 first = utcSecs(u"2026-01-01T00:00:00Z"_s);
        QRandomGenerator random(seed);
        int compared = 0;
        for (int i = 0; i < starts; ++i) {
            const qint64 start = first + 60 * qint64(random.bounded(3 * 365 * 24 * 60));
            const std::vector<qint64> counts = reference.walk(start, durations.last());
            for (qint64 duration : durations) {
                const auto reached = std::find(counts.begin(), counts.end(), duration);
                const qint64 expected = start + 60 * qint64(reached - counts.begin());
                QVERIFY2(
                    subject.addBusinessSeconds(start, duration) == expected,
                    qPrintable(u"%1 + %2 s: %3, expected %4"_s.arg(
                        chicago(start), QString::number(duration),
                        chicago(subject.addBusinessSeconds(start, duration)), chicago(expected))));
                ++compared;
            }
            for (int j = 0; j < 5; ++j) {
                const auto minutes = qint64(random.bounded(quint32(counts.size())));
                const qint64 end = start + 60 * minutes;
                QVERIFY2(subject.businessSecondsBetween(start, end) == counts[std::size_t(minutes)],
                         qPrintable(u"%1 to %2"_s.arg(chicago(start), chicago(end))));
                QCOMPARE(subject.businessSecondsBetween(end, start), -counts[std::size_t(minutes)]);
                ++compared;
            }
        }
        QCOMPARE(compared, starts * (durations.size() + 5));
    }
};

QTEST_GUILESS_MAIN(TestCalendarReference)
#include "tst_calendarreference.moc"

#include "calendar/HolidayRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::calendar;

Q_DECLARE_METATYPE(deskside::calendar::HolidayRule)

class TestHolidayRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateIn_data()
    {
        QTest::addColumn<HolidayRule>("rule");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("date");
        const auto christmas = HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25);
        const auto newYear = HolidayRule::fixedDate(u"New Year's Day"_s, 1, 1);
        const auto july4 = HolidayRule::fixedDate(u"Independence Day"_s, 7, 4);
        const auto unobserved = HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25, false);
        const auto leapDay = HolidayRule::fixedDate(u"Leap day"_s, 2, 29, false);
        const auto labor = HolidayRule::nthWeekday(u"Labor Day"_s, 9, Qt::Monday, 1);
        const auto thanksgiving = HolidayRule::nthWeekday(u"Thanksgiving"_s, 11, Qt::Thursday, 4);
        const auto fifthMonday = HolidayRule::nthWeekday(u"Fifth Monday"_s, 5, Qt::Monday, 5);
        const auto fifthFriday = HolidayRule::nthWeekday(u"Fifth Friday"_s, 5, Qt::Friday, 5);
        const auto memorial = HolidayRule::lastWeekday(u"Memorial Day"_s, 5, Qt::Monday);
        const auto lastFriday = HolidayRule::lastWeekday(u"Last Friday"_s, 12, Qt::Friday);
        const auto lastSunday = HolidayRule::lastWeekday(u"Last Sunday"_s, 2, Qt::Sunday);
        const auto move = HolidayRule::oneOff(u"Office move"_s, QDate(2026, 7, 10));

        QTest::addRow("christmas friday") << christmas << 2026 << QDate(2026, 12, 25);
        QTest::addRow("christmas saturday to friday") << christmas << 2027 << QDate(2027, 12, 24);
        QTest::addRow("christmas sunday to monday") << christmas << 2022 << QDate(2022, 12, 26);
        QTest::addRow("christmas monday") << christmas << 2028 << QDate(2028, 12, 25);
        QTest::addRow("christmas unobserved saturday") << unobserved << 2027 << QDate(2027, 12, 25);
        QTest::addRow("new year saturday into last year") << newYear << 2028 << QDate(2027, 12, 31);
        QTest::addRow("new year sunday to monday") << newYear << 2023 << QDate(2023, 1, 2);
        QTest::addRow("new year friday") << newYear << 2027 << QDate(2027, 1, 1);
        QTest::addRow("july 4 saturday") << july4 << 2026 << QDate(2026, 7, 3);
        QTest::addRow("july 4 sunday") << july4 << 2027 << QDate(2027, 7, 5);
        QTest::addRow("july 4 tuesday") << july4 << 2028 << QDate(2028, 7, 4);
        QTest::addRow("leap day in leap year") << leapDay << 2028 << QDate(2028, 2, 29);
        QTest::addRow("no leap day") << leapDay << 2027 << QDate();
        QTest::addRow("labor day 2025 month starts monday") << labor << 2025 << QDate(2025, 9, 1);
        QTest::addRow("labor day 2026") << labor << 2026 << QDate(2026, 9, 7);
        QTest::addRow("labor day 2027") << labor << 2027 << QDate(2027, 9, 6);
        QTest::addRow("labor day 2028") << labor << 2028 << QDate(2028, 9, 4);
        QTest::addRow("thanksgiving 2026") << thanksgiving << 2026 << QDate(2026, 11, 26);
        QTest::addRow("thanksgiving 2027") << thanksgiving << 2027 << QDate(2027, 11, 25);
        QTest::addRow("thanksgiving 2028") << thanksgiving << 2028 << QDate(2028, 11, 23);
        QTest::addRow("thanksgiving 2030") << thanksgiving << 2030 << QDate(2030, 11, 28);
        QTest::addRow("no fifth monday") << fifthMonday << 2026 << QDate();
        QTest::addRow("fifth monday") << fifthMonday << 2027 << QDate(2027, 5, 31);
        QTest::addRow("fifth friday") << fifthFriday << 2026 << QDate(2026, 5, 29);
        QTest::addRow("memorial day 2026") << memorial << 2026 << QDate(2026, 5, 25);
        QTest::addRow("memorial day 2027 month ends monday")
            << memorial << 2027 << QDate(2027, 5, 31);
        QTest::addRow("memorial day 2028") << memorial << 2028 << QDate(2028, 5, 29);
        QTest::addRow("memorial day 1965") << memorial << 1965 << QDate(1965, 5, 31);
        QTest::addRow("last friday of december") << lastFriday << 2026 << QDate(2026, 12, 25);
        QTest::addRow("last sunday of leap february") << lastSunday << 2028 << QDate(2028, 2, 27);
        QTest::addRow("last sunday of february") << lastSunday << 2026 << QDate(2026, 2, 22);
        QTest::addRow("one-off in its year") << move << 2026 << QDate(2026, 7, 10);
        QTest::addRow("one-off other year") << move << 2027 << QDate();
    }
    void dateIn()
    {
        QFETCH(HolidayRule, rule);
        QFETCH(int, year);
        QFETCH(QDate, date);
        QCOMPARE(rule.dateIn(year), date);
    }

    void kindsAndFields()
    {
        const auto fixed = HolidayRule::fixedDate(u"Christmas Day"_s, 12, 25, false);
        QCOMPARE(fixed.kind(), HolidayRule::Kind::FixedDate);
        QCOMPARE(fixed.name(), u"Christmas Day"_s);
        QCOMPARE(fixed.month(), 12);
        QCOMPARE(fixed.day(), 25);
        QVERIFY(!fixed.observeWeekend());
        const auto nth = HolidayRule::nthWeekday(u"Labor Day"_s, 9, Qt::Monday, 1);
        QCOMPARE(nth.kind(), HolidayRule::Kind::NthWeekday);
        QCOMPARE(nth.dayOfWeek(), int(Qt::Monday));
        QCOMPARE(nth.n(), 1);
        QCOMPARE(HolidayRule::lastWeekday(u"M"_s, 5, Qt::Monday).kind(),
                 HolidayRule::Kind::LastWeekday);
        const auto once = HolidayRule::oneOff(u"Move"_s, QDate(2026, 7, 10));
        QCOMPARE(once.kind(), HolidayRule::Kind::OneOff);
        QCOMPARE(once.date(), QDate(2026, 7, 10));
        QVERIFY(once == HolidayRule::oneOff(u"Move"_s, QDate(2026, 7, 10)));
        QVERIFY(!(once == HolidayRule::oneOff(u"Move"_s, QDate(2026, 7, 11))));
    }
};

QTEST_GUILESS_MAIN(TestHolidayRule)
#include "tst_holidayrule.moc"

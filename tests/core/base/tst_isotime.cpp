#include "base/IsoTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;

class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime base(QDate(2026, 3, 6), QTime(22, 0), QTimeZone::utc());
        QTest::addRow("negative offset") << u"2026-03-06T16:00:00-06:00"_s << base;
        QTest::addRow("zulu") << u"2026-03-06T22:00:00Z"_s << base;
        QTest::addRow("positive offset") << u"2026-03-07T07:00:00+09:00"_s << base;
        QTest::addRow("no colon") << u"2026-03-06T16:00:00-0600"_s << base;
        QTest::addRow("no seconds") << u"2026-03-06T16:00-06:00"_s << base;
        QTest::addRow("fraction") << u"2026-03-06T22:00:00.000Z"_s << base;
        QTest::addRow("half hour zone") << u"2026-03-07T03:30:00+05:30"_s << base;
    }
    void parsesOffsets()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const auto parsed = iso::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed.value(), utc);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("no offset") << u"2026-03-06T16:00:00"_s;
        QTest::addRow("date only") << u"2026-03-06"_s;
        QTest::addRow("month 13") << u"2026-13-06T16:00:00Z"_s;
        QTest::addRow("feb 30") << u"2026-02-30T16:00:00Z"_s;
        QTest::addRow("hour 25") << u"2026-03-06T25:00:00Z"_s;
        QTest::addRow("words") << u"tomorrow"_s;
        QTest::addRow("offset 24") << u"2026-03-06T16:00:00+24:00"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QString, text);
        const auto parsed = iso::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"bad_time"_s);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void formatsWithZoneOffset()
    {
        const QTimeZone chicago("America/Chicago");
        const QDateTime summer(QDate(2026, 3, 10), QTime(21, 0), QTimeZone::utc());
        QCOMPARE(iso::format(summer, chicago), u"2026-03-10T16:00:00-05:00"_s);
        const QDateTime winter(QDate(2026, 3, 6), QTime(22, 0, 5), QTimeZone::utc());
        QCOMPARE(iso::format(winter, chicago), u"2026-03-06T16:00:05-06:00"_s);
        QCOMPARE(iso::formatUtc(winter), u"2026-03-06T22:00:05+00:00"_s);
        QCOMPARE(iso::format(winter, QTimeZone("Asia/Kolkata")), u"2026-03-07T03:30:05+05:30"_s);
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"

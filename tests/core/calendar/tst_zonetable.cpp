#include "calendar/ZoneTable.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::calendar;

namespace {

qint64 secs(int y, int mo, int d, int h, int mi, const QTimeZone &zone)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone).toSecsSinceEpoch();
}

// Local wall seconds since 1970-01-01 00:00 local.
qint64 wall(int y, int mo, int d, int h, int mi)
{
    return secs(y, mo, d, h, mi, QTimeZone::utc());
}

} // namespace

class TestZoneTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetsMatchQTimeZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addRow("chicago") << QByteArray("America/Chicago");
        QTest::addRow("berlin") << QByteArray("Europe/Berlin");
        QTest::addRow("kolkata") << QByteArray("Asia/Kolkata");
        QTest::addRow("sydney") << QByteArray("Australia/Sydney");
        QTest::addRow("utc") << QByteArray("UTC");
    }
    void offsetsMatchQTimeZone()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        const ZoneTable table(timeZone);
        const qint64 from = wall(1901, 1, 1, 0, 0);
        const qint64 to = wall(2199, 12, 31, 0, 0);
        QRandomGenerator random(4242);
        for (int i = 0; i < 3000; ++i) {
            const qint64 utc = from + qint64(random.bounded(double(to - from)));
            const QDateTime instant = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
            QCOMPARE(table.offsetAtUtc(utc), timeZone.offsetFromUtc(instant));
            // Away from transitions, local -> UTC inverts UTC -> local.
            const qint64 local = table.utcToLocal(utc);
            if (table.offsetAtUtc(utc - 7200) == table.offsetAtUtc(utc + 7200)) {
                QCOMPARE(table.localToUtc(local), utc);
            }
        }
    }

    void daylightTimeFarAhead()
    {
        const QTimeZone chicago("America/Chicago");
        const ZoneTable table(chicago);
        QCOMPARE(table.offsetAtUtc(secs(2150, 7, 1, 12, 0, QTimeZone::utc())), -5 * 3600);
        QCOMPARE(table.offsetAtUtc(secs(2150, 1, 1, 12, 0, QTimeZone::utc())), -6 * 3600);
        QCOMPARE(table.offsetAtUtc(secs(1955, 7, 1, 12, 0, QTimeZone::utc())), -5 * 3600);
    }

    void gapsAndOverlaps_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("local");
        QTest::addColumn<QString>("utc");
        const auto row = [](const char *name, const char *zone, qint64 local, const char *utc) {
            QTest::addRow("%s", name) << QByteArray(zone) << local << QString::fromLatin1(utc);
        };
        row("before spring gap", "America/Chicago", wall(2026, 3, 8, 1, 59),
            "2026-03-08T07:59:00Z");
        row("in spring gap moves to transition", "America/Chicago", wall(2026, 3, 8, 2, 30),
            "2026-03-08T08:00:00Z");
        row("after spring gap", "America/Chicago", wall(2026, 3, 8, 3, 0), "2026-03-08T08:00:00Z");
        row("autumn overlap takes first", "America/Chicago", wall(2026, 11, 1, 1, 30),
            "2026-11-01T06:30:00Z");
        row("after autumn overlap", "America/Chicago", wall(2026, 11, 1, 2, 0),
            "2026-11-01T08:00:00Z");
        row("berlin gap", "Europe/Berlin", wall(2026, 3, 29, 2, 15), "2026-03-29T01:00:00Z");
        row("berlin overlap", "Europe/Berlin", wall(2026, 10, 25, 2, 15), "2026-10-25T00:15:00Z");
        row("before 1970", "America/Chicago", wall(1965, 12, 24, 8, 0), "1965-12-24T14:00:00Z");
    }
    void gapsAndOverlaps()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, local);
        QFETCH(QString, utc);
        const ZoneTable table{QTimeZone(zone)};
        const QDateTime expected = QDateTime::fromString(utc, Qt::ISODate);
        QCOMPARE(table.localToUtc(local), expected.toSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestZoneTable)
#include "tst_zonetable.moc"

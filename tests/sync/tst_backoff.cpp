#include "sync/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using deskside::sync::Backoff;

// Exponential backoff with jitter, capped, Retry-After honoured, reproducible by seed.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsWithinJitterBounds_data()
    {
        QTest::addColumn<int>("baseMs");
        QTest::addColumn<int>("capMs");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("1 s to 5 min") << 1000 << 300000 << 1u;
        QTest::addRow("20 ms to 50 ms") << 20 << 50 << 7u;
        QTest::addRow("cap below base") << 100 << 10 << 3u;
        QTest::addRow("1 ms base") << 1 << 1000 << 99u;
    }
    void growsWithinJitterBounds()
    {
        QFETCH(int, baseMs);
        QFETCH(int, capMs);
        QFETCH(quint32, seed);
        Backoff backoff(std::chrono::milliseconds(baseMs), std::chrono::milliseconds(capMs), seed);
        const qint64 cap = std::max(baseMs, capMs);
        qint64 ceiling = baseMs;
        for (int i = 0; i < 40; ++i) {
            const qint64 delay = backoff.next().count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 ms outside [%3, %4]")
                                    .arg(i)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
            ceiling = std::min(ceiling * 2, cap);
        }
        QCOMPARE(backoff.failures(), 40);
    }

    void sameSeedSameDelays()
    {
        Backoff first(100ms, 60s, 42);
        Backoff second(100ms, 60s, 42);
        Backoff other(100ms, 60s, 43);
        QList<qint64> a, b, c;
        for (int i = 0; i < 12; ++i) {
            a.append(first.next().count());
            b.append(second.next().count());
            c.append(other.next().count());
        }
        QCOMPARE(a, b);
        QVERIFY(a != c); // the jitter does depend on the generator
    }

    void retryAfterWinsWhenLonger_data()
    {
        QTest::addColumn<int>("retryAfterS");
        QTest::addColumn<qint64>("atLeastMs");
        QTest::addColumn<qint64>("atMostMs");
        QTest::addRow("longer than the backoff") << 3 << qint64(3000) << qint64(3000);
        QTest::addRow("shorter than the backoff") << 0 << qint64(50) << qint64(100);
        QTest::addRow("absurd, clamped to an hour")
            << 1000000 << qint64(3600000) << qint64(3600000);
        QTest::addRow("negative ignored") << -5 << qint64(50) << qint64(100);
    }
    void retryAfterWinsWhenLonger()
    {
        QFETCH(int, retryAfterS);
        QFETCH(qint64, atLeastMs);
        QFETCH(qint64, atMostMs);
        Backoff backoff(100ms, 10s, 5);
        const qint64 delay = backoff.next(std::chrono::seconds(retryAfterS)).count();
        QVERIFY2(delay >= atLeastMs && delay <= atMostMs, qPrintable(QString::number(delay)));
    }

    void resetStartsOver()
    {
        Backoff backoff(100ms, 100s, 11);
        for (int i = 0; i < 10; ++i) {
            (void)backoff.next();
        }
        QVERIFY(backoff.next().count() > 100);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        const qint64 delay = backoff.next().count();
        QVERIFY2(delay >= 50 && delay <= 100, qPrintable(QString::number(delay)));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"

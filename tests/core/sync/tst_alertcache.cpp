#include "AlertSamples.h"
#include "ClientCacheFile.h"
#include "sync/AlertCache.h"
#include "sync/ClientCache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::sync;
using alertsamples::Sample;

namespace {

struct Fixture : ClientCacheFile
{
    // Applies a page; the effects, or nullopt (with a warning) when it failed.
    std::optional<ClientCache::FeedEffects> apply(const QJsonArray &page, qint64 cursor)
    {
        ClientCache::FeedEffects effects;
        const Status applied = cache->applyFeedPage(page, cursor, &effects);
        if (!applied) {
            qWarning() << applied.error().code << applied.error().message;
            return std::nullopt;
        }
        return effects;
    }
};

Sample sample(qint64 id, qint64 version, const QString &status = u"triggered"_s)
{
    Sample s;
    s.id = id;
    s.version = version;
    s.status = status;
    s.summary = u"alert %1 v%2"_s.arg(id).arg(version);
    return s;
}

} // namespace

// The on-call part of the client cache: alerts and notifications from the change feed.
class TestAlertCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newerVersionWins_data()
    {
        QTest::addColumn<qint64>("secondVersion");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QString>("summary");
        QTest::addRow("newer") << qint64(3) << true << u"alert 7 v3"_s;
        QTest::addRow("same") << qint64(2) << false << u"alert 7 v2"_s;
        QTest::addRow("older") << qint64(1) << false << u"alert 7 v2"_s;
    }
    void newerVersionWins()
    {
        QFETCH(qint64, secondVersion);
        Fixture f;
        QVERIFY(f.reopen());
        const auto first = f.apply({alertsamples::alertChange(1, sample(7, 2))}, 1);
        QVERIFY(first);
        QVERIFY(first->alerts);
        QVERIFY(!first->tickets);
        const auto second = f.apply({alertsamples::alertChange(2, sample(7, secondVersion))}, 2);
        QVERIFY(second);
        QTEST(second->alerts, "changed");
        const auto alerts = f.cache->alertCache().alerts();
        QVERIFY(alerts.ok());
        QCOMPARE(alerts.value().size(), 1);
        QTEST(alerts.value().first().summary, "summary");
        QCOMPARE(f.cache->cursor(), 2);
    }

    void openAlertsComeFirstAndSurviveReopen()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QJsonArray page{alertsamples::alertChange(1, sample(1, 1, u"resolved"_s)),
                              alertsamples::alertChange(2, sample(2, 1)),
                              alertsamples::alertChange(3, sample(3, 1, u"acknowledged"_s))};
        QVERIFY(f.apply(page, 3));
        QVERIFY(f.reopen());
        const auto alerts = f.cache->alertCache().alerts();
        QVERIFY(alerts.ok());
        QCOMPARE(alerts.value().size(), 3);
        QVERIFY(alerts.value().at(0).isOpen());
        QVERIFY(alerts.value().at(1).isOpen());
        QCOMPARE(alerts.value().at(2).id, 1);
        const auto one = f.cache->alertCache().alert(2);
        QVERIFY(one.ok() && one.value());
        QCOMPARE(one.value()->id, 2);
        const auto none = f.cache->alertCache().alert(99);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
    }

    void notificationsAreNewOnlyOnce()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const auto first = f.apply(
            {alertsamples::notificationChange(1, 10), alertsamples::notificationChange(2, 11)}, 2);
        QVERIFY(first);
        QCOMPARE(first->notifications.size(), 2);
        QCOMPARE(first->notifications.at(0).value(u"id"_s).toInteger(), 10);
        QVERIFY(!first->alerts);
        // The same notification again (a replayed page) is not new; a third one is.
        const auto second = f.apply(
            {alertsamples::notificationChange(2, 11), alertsamples::notificationChange(3, 12)}, 3);
        QVERIFY(second);
        QCOMPARE(second->notifications.size(), 1);
        QCOMPARE(second->notifications.at(0).value(u"id"_s).toInteger(), 12);
        const auto stored = f.cache->alertCache().notifications();
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 3);
        QCOMPARE(stored.value().first().id, 12);
    }

    void badItemsRefuseTheWholePage_data()
    {
        QTest::addColumn<QJsonObject>("bad");
        QJsonObject alert = alertsamples::alertChange(2, sample(8, 1));
        QJsonObject body = alert.value(u"alert"_s).toObject();
        body.insert(u"severity"_s, u"dire"_s);
        alert.insert(u"alert"_s, body);
        QTest::addRow("alert with an unknown severity") << alert;
        QJsonObject notification = alertsamples::notificationChange(2, 20);
        QJsonObject inner = notification.value(u"notification"_s).toObject();
        inner.remove(u"at"_s);
        notification.insert(u"notification"_s, inner);
        QTest::addRow("notification without a time") << notification;
    }
    void badItemsRefuseTheWholePage()
    {
        QFETCH(QJsonObject, bad);
        Fixture f;
        QVERIFY(f.reopen());
        ClientCache::FeedEffects effects;
        effects.tickets = true;
        const Status applied =
            f.cache->applyFeedPage({alertsamples::alertChange(1, sample(7, 1)), bad}, 2, &effects);
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().message.contains(u"malformed"_s));
        QVERIFY(effects.tickets); // untouched on failure
        QCOMPARE(f.cache->cursor(), 0);
        QVERIFY(f.cache->alertCache().alerts().value().isEmpty());
    }

    void resolvedAlertsArePruned()
    {
        Fixture f;
        QVERIFY(f.reopen());
        QJsonArray page;
        const int resolved = AlertCache::maxResolved + 5;
        for (int i = 1; i <= resolved; ++i) {
            page.append(alertsamples::alertChange(i, sample(i, 1, u"resolved"_s)));
        }
        page.append(alertsamples::alertChange(resolved + 1, sample(resolved + 1, 1)));
        QVERIFY(f.apply(page, resolved + 1));
        const auto alerts = f.cache->alertCache().alerts();
        QVERIFY(alerts.ok());
        QCOMPARE(alerts.value().size(), AlertCache::maxResolved + 1);
        QCOMPARE(alerts.value().first().id, resolved + 1); // the open one is kept
    }

    void ticketPagesStillReportTickets()
    {
        Fixture f;
        QVERIFY(f.reopen());
        const QJsonObject event{{u"seq"_s, 1},
                                {u"entity"_s, u"sla"_s},
                                {u"id"_s, 1},
                                {u"event"_s, QJsonObject{{u"kind"_s, u"breach"_s}}}};
        const auto effects = f.apply({event}, 1);
        QVERIFY(effects);
        QVERIFY(effects->tickets);
        QVERIFY(!effects->alerts);
        QVERIFY(effects->notifications.isEmpty());
    }

    void aVersionOneCacheGainsTheAlertTables()
    {
        Fixture f;
        QVERIFY(f.reopen());
        f.cache.reset();
        QVERIFY(f.db->exec(u"DROP TABLE alerts"_s).ok());
        QVERIFY(f.db->exec(u"DROP TABLE notifications"_s).ok());
        QVERIFY(f.db->exec(u"PRAGMA user_version = 1"_s).ok());
        QVERIFY(f.reopen());
        QCOMPARE(f.db->userVersion(), CacheDatabase::latestVersion);
        QVERIFY(f.apply({alertsamples::alertChange(1, sample(7, 1))}, 1));
        QCOMPARE(f.cache->alertCache().alerts().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertCache)
#include "tst_alertcache.moc"

#pragma once

#include "ServerFixture.h"
#include "oncall/Severity.h"

#include <QJsonObject>

#include <map>

// A server with an on-call organisation, on the fake clock at Monday 2026-03-09 10:00
// CDT (15:00Z): maria (manager); sam, priya, alex, casey (specialists); olive
// (customer). Schedule "primary" rotates sam, priya and "secondary" alex, casey weekly
// from Monday 2026-03-09 09:00 America/Chicago, so sam and alex are on call; the built-in
// default policy pages primary, then secondary after 5 min, then the managers after
// 15 min, and runs twice.
class OnCallWorld
{
public:
    // One notified event of an alert's timeline.
    struct Page
    {
        qint64 minute = 0; // after the raise
        int tier = 0;
        int round = 0;
        QStringList people;
        friend bool operator==(const Page &, const Page &) = default;
    };

    explicit OnCallWorld(ServerFixture &fixture)
        : m_fixture(fixture)
    {}

    // Starts the server (with these options) and adds the people and schedules.
    bool setUp(deskside::server::ServerOptions options = {});

    TestHttp &as(const QString &login);
    // Raises (or updates) an alert through AlertStore::ingest now; its id.
    qint64 raise(deskside::oncall::Severity severity, const QString &key = QStringLiteral("disk"),
                 bool firing = true);
    // Moves the fake clock to `minute` after the first raise and runs the engine.
    void at(qint64 minute);
    int run();

    QJsonObject alert(qint64 id);
    // Minutes count from the first raise(), or from the alert's own raised_at without one.
    QList<Page> pages(qint64 id);
    // The user's notifications from the change feed, as "kind#alert" or "kind@ticket".
    QStringList notifications(const QString &login);

    QDateTime raisedAt() const { return m_raisedAt; }

private:
    ServerFixture &m_fixture;
    std::map<QString, TestHttp> m_clients;
    QDateTime m_raisedAt;
};

QDebug operator<<(QDebug debug, const OnCallWorld::Page &page);
char *toString(const OnCallWorld::Page &page);

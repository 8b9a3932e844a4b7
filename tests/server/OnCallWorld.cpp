#include "OnCallWorld.h"

#include "alerts/AlertStore.h"
#include "alerts/EscalationEngine.h"
#include "auth/UserStore.h"
#include "oncall/ScheduleStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;
using namespace deskside;

bool OnCallWorld::setUp(ServerOptions options)
{
    if (!m_fixture.start(std::move(options))) {
        return false;
    }
    const QList<std::pair<QString, Role>> people{
        {u"maria"_s, Role::Manager},    {u"sam"_s, Role::Specialist},
        {u"priya"_s, Role::Specialist}, {u"alex"_s, Role::Specialist},
        {u"casey"_s, Role::Specialist}, {u"olive"_s, Role::Customer}};
    for (const auto &[login, role] : people) {
        m_clients.emplace(login, m_fixture.signedIn(login, role));
    }
    const QTimeZone chicago("America/Chicago");
    const qint64 now = m_fixture.clock().now().toSecsSinceEpoch();
    for (const auto &[id, members] :
         {std::pair{u"primary"_s, QStringList{u"sam"_s, u"priya"_s}},
          std::pair{u"secondary"_s, QStringList{u"alex"_s, u"casey"_s}}}) {
        const oncall::OnCallSchedule schedule(
            id, id,
            oncall::Rotation(members, QDate(2026, 3, 9), QTime(9, 0), 7, QTime(9, 0), chicago));
        if (!m_fixture.context().schedules->put(schedule, now)) {
            return false;
        }
    }
    return true;
}

TestHttp &OnCallWorld::as(const QString &login)
{
    return m_clients.at(login);
}

qint64 OnCallWorld::raise(oncall::Severity severity, const QString &key, bool firing)
{
    if (!m_raisedAt.isValid()) {
        m_raisedAt = m_fixture.clock().now();
    }
    AlertSignal signal;
    signal.source = u"generic"_s;
    signal.integration = u"tests"_s;
    signal.key = key;
    signal.firing = firing;
    signal.severity = severity;
    signal.summary = u"Disk almost full on db-1"_s;
    signal.details = {{u"host"_s, u"db-1"_s}};
    const auto ingested =
        m_fixture.context().alerts->ingest(signal, m_fixture.clock().now().toSecsSinceEpoch());
    if (!ingested) {
        qWarning("ingest failed: %s", qPrintable(ingested.error().message));
        return 0;
    }
    return ingested->alertId;
}

void OnCallWorld::at(qint64 minute)
{
    m_fixture.clock().set(m_raisedAt.addSecs(minute * 60));
    run();
}

int OnCallWorld::run()
{
    const auto fired = m_fixture.server().escalation().runOnce();
    if (!fired) {
        qWarning("escalation pass failed: %s", qPrintable(fired.error().message));
        return -1;
    }
    return fired.value();
}

QJsonObject OnCallWorld::alert(qint64 id)
{
    return as(u"maria"_s).get(u"/api/v1/alerts/%1"_s.arg(id)).json();
}

QList<OnCallWorld::Page> OnCallWorld::pages(qint64 id)
{
    QList<Page> pages;
    const QJsonObject found = alert(id);
    const QDateTime origin =
        m_raisedAt.isValid()
            ? m_raisedAt
            : QDateTime::fromString(found.value(u"raised_at"_s).toString(), Qt::ISODate);
    const QJsonArray timeline = found.value(u"timeline"_s).toArray();
    for (const QJsonValue &value : timeline) {
        const QJsonObject event = value.toObject();
        if (event.value(u"kind"_s).toString() != u"notified"_s) {
            continue;
        }
        const QDateTime at = QDateTime::fromString(event.value(u"at"_s).toString(), Qt::ISODate);
        QStringList people;
        for (const QJsonValue &person : event.value(u"people"_s).toArray()) {
            people.append(person.toString());
        }
        pages.append({origin.secsTo(at) / 60, event.value(u"tier"_s).toInt(),
                      event.value(u"round"_s).toInt(), people});
    }
    return pages;
}

QStringList OnCallWorld::notifications(const QString &login)
{
    QStringList found;
    const QJsonArray changes = as(login)
                                   .get(u"/api/v1/changes?cursor=0&limit=5000"_s)
                                   .json()
                                   .value(u"changes"_s)
                                   .toArray();
    for (const QJsonValue &change : changes) {
        const QJsonObject item = change.toObject().value(u"notification"_s).toObject();
        if (item.isEmpty()) {
            continue;
        }
        if (item.value(u"login"_s).toString() != login) {
            found.append(u"LEAK:"_s + item.value(u"login"_s).toString());
        }
        const QString kind = item.value(u"kind"_s).toString();
        found.append(item.value(u"alert_id"_s).isNull()
                         ? kind + u'@' + QString::number(item.value(u"ticket_id"_s).toInteger())
                         : kind + u'#' + QString::number(item.value(u"alert_id"_s).toInteger()));
    }
    return found;
}

QDebug operator<<(QDebug debug, const OnCallWorld::Page &page)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "minute " << page.minute << " tier " << page.tier << " round " << page.round
                    << " " << page.people;
    return debug;
}

char *toString(const OnCallWorld::Page &page)
{
    QString text;
    QDebug(&text) << page;
    return qstrdup(text.toUtf8().constData());
}

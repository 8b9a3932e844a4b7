#include "AccessWorld.h"

#include "alerts/AlertStore.h"
#include "auth/UserStore.h"
#include "oncall/ScheduleStore.h"
#include "tickets/TicketStore.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {

struct Account
{
    QString login;
    Role role;
    QString email;
};

Account accountOf(Caller caller)
{
    switch (caller) {
    case Caller::Anonymous:
        return {{}, Role::Customer, {}};
    case Caller::CustomerOwner:
        return {u"olive"_s, Role::Customer, u"olive@customer.example"_s};
    case Caller::CustomerOther:
        return {u"oscar"_s, Role::Customer, u"oscar@customer.example"_s};
    case Caller::CustomerUnverified:
        return {u"uma"_s, Role::Customer, u"uma@customer.example"_s};
    case Caller::Specialist:
        return {u"sam"_s, Role::Specialist, {}};
    case Caller::Manager:
        return {u"meg"_s, Role::Manager, {}};
    case Caller::Admin:
        return {u"ada"_s, Role::Admin, {}};
    }
    return {};
}

} // namespace

QString callerName(Caller caller)
{
    static const QStringList names{
        u"anonymous"_s,  u"customer-owner"_s, u"customer-other"_s, u"customer-unverified"_s,
        u"specialist"_s, u"manager"_s,        u"admin"_s};
    return names.at(int(caller));
}

QList<Caller> allCallers()
{
    return {Caller::Anonymous,     Caller::CustomerOwner,
            Caller::CustomerOther, Caller::CustomerUnverified,
            Caller::Specialist,    Caller::Manager,
            Caller::Admin};
}

bool isCustomerSide(Caller caller)
{
    return caller == Caller::Anonymous || accountOf(caller).role == Role::Customer;
}

std::optional<QJsonObject> sampleBody(const QString &method, const QString &pattern)
{
    static const QHash<QString, QJsonObject> bodies{
        {u"POST /api/v1/session"_s, {{u"login"_s, u"sam"_s}, {u"password"_s, u"password-sam"_s}}},
        {u"DELETE /api/v1/session"_s, {}},
        {u"GET /api/v1/me"_s, {}},
        {u"POST /api/v1/signup"_s,
         {{u"login"_s, u"newbie"_s},
          {u"email"_s, u"newbie@customer.example"_s},
          {u"name"_s, u"New Customer"_s},
          {u"password"_s, u"correct-horse-battery"_s}}},
        {u"POST /api/v1/signup/verify"_s, {{u"code"_s, u"123456"_s}}},
        {u"POST /api/v1/public/tickets"_s,
         {{u"email"_s, u"walk-in@customer.example"_s},
          {u"name"_s, u"Walk In"_s},
          {u"subject"_s, u"Printer on fire"_s},
          {u"body"_s, u"It smells."_s},
          {u"priority"_s, u"low"_s}}},
        {u"GET /api/v1/tickets"_s, {}},
        {u"POST /api/v1/tickets"_s,
         {{u"subject"_s, u"Invoices are late"_s},
          {u"body"_s, u"Since Monday."_s},
          {u"priority"_s, u"medium"_s}}},
        {u"GET /api/v1/tickets/{id}"_s, {}},
        {u"POST /api/v1/tickets/{id}/messages"_s, {{u"body"_s, u"Any news?"_s}}},
        {u"POST /api/v1/tickets/{id}/priority"_s,
         {{u"priority"_s, u"medium"_s}, {u"explanation"_s, u"A workaround exists."_s}}},
        {u"POST /api/v1/tickets/{id}/assign"_s, {{u"assignee"_s, u"sam"_s}}},
        {u"POST /api/v1/tickets/{id}/status"_s, {{u"status"_s, u"open"_s}}},
        {u"POST /api/v1/tickets/{id}/tier3"_s, {{u"issue_key"_s, u"ENG-42"_s}}},
        {u"GET /api/v1/changes"_s, {}},
        {u"GET /api/v1/alerts"_s, {}},
        {u"GET /api/v1/alerts/{id}"_s, {}},
        {u"POST /api/v1/alerts/{id}/acknowledge"_s, {}},
        {u"POST /api/v1/alerts/{id}/resolve"_s, {}},
        {u"POST /api/v1/alerts/{id}/escalate"_s, {}},
        {u"GET /api/v1/schedules"_s, {}},
        {u"PUT /api/v1/schedules/{schedule}"_s,
         {{u"zone"_s, u"America/Chicago"_s},
          {u"rotation"_s, QJsonObject{{u"members"_s, QJsonArray{u"sam"_s, u"meg"_s}},
                                      {u"start"_s, u"2026-03-02T09:00"_s},
                                      {u"period_days"_s, 7}}}}},
        {u"POST /api/v1/schedules/{schedule}/overrides"_s,
         {{u"person"_s, u"meg"_s},
          {u"from"_s, u"2026-03-10T00:00:00Z"_s},
          {u"to"_s, u"2026-03-11T00:00:00Z"_s},
          {u"reason"_s, u"swap"_s}}},
        {u"DELETE /api/v1/schedules/{schedule}/overrides/{override_id}"_s, {}},
        {u"GET /api/v1/escalation-policies"_s, {}},
    };
    const auto found = bodies.constFind(method + u' ' + pattern);
    return found == bodies.cend() ? std::nullopt : std::optional<QJsonObject>(*found);
}

bool AccessWorld::setUp()
{
    if (!m_fixture.start()) {
        return false;
    }
    for (Caller caller : allCallers()) {
        const Account account = accountOf(caller);
        if (!account.login.isEmpty()) {
            m_fixture.addUser(account.login, account.role, account.email);
        }
    }
    UserStore &users = *m_fixture.context().users;
    const auto uma = users.findByLogin(accountOf(Caller::CustomerUnverified).login);
    if (!uma || !users.setVerificationCode(uma->id, u"123456"_s)) {
        qWarning("cannot make the unverified customer");
        return false;
    }
    m_ownerTicket = submit(accountOf(Caller::CustomerOwner).email);
    m_unverifiedTicket = submit(accountOf(Caller::CustomerUnverified).email);
    const QString note = u"Refund without asking finance: "_s + QString::fromLatin1(noteMarker);
    const HttpReply noted = call(Caller::Specialist, u"POST"_s, u"/api/v1/tickets/{id}/messages"_s,
                                 {{u"body"_s, note}, {u"internal"_s, true}});
    if (m_ownerTicket <= 0 || m_unverifiedTicket <= 0 || noted.status != 200) {
        qWarning("cannot seed the tickets (note: HTTP %d)", noted.status);
        return false;
    }
    return seedOnCall();
}

bool AccessWorld::seedOnCall()
{
    const ServerContext &context = m_fixture.context();
    const qint64 now = m_fixture.clock().now().toSecsSinceEpoch();
    const deskside::oncall::OnCallSchedule primary(
        u"primary"_s, u"Primary"_s,
        deskside::oncall::Rotation({u"sam"_s}, QDate(2026, 3, 2), QTime(9, 0), 7, QTime(9, 0),
                                   QTimeZone("America/Chicago")));
    const auto put = context.schedules->put(primary, now);
    const auto cover = context.schedules->addOverride(
        u"primary"_s, {m_fixture.clock().now(), m_fixture.clock().now().addDays(1), u"meg"_s, {}},
        u"meg"_s, now);
    AlertSignal signal;
    signal.source = u"generic"_s;
    signal.integration = u"access"_s;
    signal.key = u"disk"_s;
    signal.summary = u"Disk full"_s;
    const auto alert = context.alerts->ingest(signal, now);
    if (!put || !cover || !alert) {
        const deskside::Error &error = !put ? put.error() : !cover ? cover.error() : alert.error();
        qWarning("cannot seed the on-call data: %s", qPrintable(error.message));
        return false;
    }
    m_overrideId = cover->id;
    m_alertId = alert->alertId;
    return true;
}

qint64 AccessWorld::submit(const QString &email)
{
    const HttpReply reply = m_fixture.client().post(
        u"/api/v1/public/tickets"_s, {{u"email"_s, email},
                                      {u"name"_s, u"Pat Customer"_s},
                                      {u"subject"_s, u"Orders do not sync"_s},
                                      {u"body"_s, u"No order reaches the warehouse."_s},
                                      {u"priority"_s, u"high"_s}});
    return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
}

qint64 AccessWorld::ticketFor(Caller caller) const
{
    return caller == Caller::CustomerUnverified ? m_unverifiedTicket : m_ownerTicket;
}

qint64 AccessWorld::currentVersion(qint64 ticketId) const
{
    const auto stored = m_fixture.context().tickets->load(ticketId);
    return stored && stored.value() ? stored.value()->version : -1;
}

TestHttp &AccessWorld::client(Caller caller)
{
    auto found = m_clients.find(caller);
    if (found == m_clients.end()) {
        TestHttp http = m_fixture.client();
        const Account account = accountOf(caller);
        if (!account.login.isEmpty()) {
            http.signIn(account.login, u"password-"_s + account.login);
        }
        found = m_clients.emplace(caller, http).first;
    }
    return found->second;
}

HttpReply AccessWorld::get(Caller caller, const QString &path)
{
    return client(caller).get(path);
}

HttpReply AccessWorld::call(Caller caller, const QString &method, const QString &pattern,
                            const QJsonObject &body, std::optional<QByteArray> ifMatch)
{
    const qint64 ticket = ticketFor(caller);
    const qint64 id = pattern.startsWith(u"/api/v1/alerts/"_s) ? m_alertId : ticket;
    const QString path = QString(pattern)
                             .replace(u"{id}"_s, QString::number(id))
                             .replace(u"{schedule}"_s, u"primary"_s)
                             .replace(u"{override_id}"_s, QString::number(m_overrideId));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (method != u"GET"_s) {
        headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        if (pattern.contains(u"{id}"_s)) {
            const QByteArray value =
                ifMatch.value_or('"' + QByteArray::number(currentVersion(ticket)) + '"');
            if (!value.isEmpty()) {
                headers.append({"If-Match", value});
            }
        }
    }
    const QByteArray bytes = method == u"GET"_s || method == u"DELETE"_s
                                 ? QByteArray()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return client(caller).send(method.toLatin1(), path, bytes, headers);
}

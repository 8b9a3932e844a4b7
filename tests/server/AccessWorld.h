#pragma once

#include "ServerFixture.h"

#include <QJsonObject>

#include <map>
#include <optional>

// Who calls a route in the authorisation tests.
enum class Caller
{
    Anonymous,
    CustomerOwner,      // a verified customer whose address requested the ticket
    CustomerOther,      // a verified customer with another address
    CustomerUnverified, // a customer who has not verified the ticket's address yet
    Specialist,
    Manager,
    Admin
};

QString callerName(Caller caller);
QList<Caller> allCallers();
bool isCustomerSide(Caller caller); // anonymous or a customer
// A concrete request body that is valid for the route (for every caller that may use
// it), or nullopt for a route the samples do not know. Empty for GET and DELETE.
std::optional<QJsonObject> sampleBody(const QString &method, const QString &pattern);

// A fresh server with one user per caller kind, the specialist "sam", and two tickets
// from the public form: one requested by the owner's address, one by the unverified
// customer's. The owner's ticket carries an internal note containing noteMarker.
class AccessWorld
{
public:
    static constexpr QByteArrayView noteMarker = "INTERNAL-NOTE-MARKER-5e1c";

    // Starts the server and seeds it; false (with a QWARN) when that failed.
    bool setUp();

    ServerFixture &fixture() { return m_fixture; }
    // The ticket a caller works on: the unverified customer's own-address ticket for
    // that customer, the owner's ticket for everyone else.
    qint64 ticketFor(Caller caller) const;
    qint64 ownerTicket() const { return m_ownerTicket; }
    qint64 currentVersion(qint64 ticketId) const;

    // Calls pattern ({id} filled for the caller: the ticket, or the alert on alert routes;
    // {schedule} "primary", {override_id} its override) with a fresh Idempotency-Key on
    // everything but GET, and If-Match (the current version unless ifMatch is given)
    // on ticket mutations; ifMatch "" sends none.
    HttpReply call(Caller caller, const QString &method, const QString &pattern,
                   const QJsonObject &body, std::optional<QByteArray> ifMatch = std::nullopt);
    HttpReply get(Caller caller, const QString &path);
    TestHttp &client(Caller caller);

private:
    qint64 submit(const QString &email);
    // Schedule "primary" (sam) with one override (meg) and one triggered alert.
    bool seedOnCall();

    ServerFixture m_fixture;
    std::map<Caller, TestHttp> m_clients;
    qint64 m_ownerTicket = 0;
    qint64 m_unverifiedTicket = 0;
    qint64 m_alertId = 0;
    qint64 m_overrideId = 0;
};

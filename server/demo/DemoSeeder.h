#pragma once

#include "auth/AuthUser.h"
#include "base/Result.h"

#include <QList>

namespace deskside::server {

struct ServerContext;

// A demo account; the passwords are documented here and logged when seeding.
struct DemoAccount
{
    QString login;
    QString name;
    QString email;
    Role role = Role::Customer;
    QString password;
};

struct DemoSummary
{
    bool seeded = false; // false: the database already had users
    int users = 0;
    int tickets = 0;
};

// deskside-server --demo: fills an empty database with a demo organisation.
//
// Accounts: admin / "deskside-admin" (admin); maria (manager); sam, priya, alex, casey
// (specialists); jordan, taylor, riley, morgan (customers with verified addresses such
// as jordan@acme.example) - every one but admin with the password "deskside-demo".
// Tickets: ticketCount tickets from the demo customers and public requesters, opened
// over the last ~30 business days before the clock's now, in every priority, status
// and SLA state. The text is drawn with a fixed seed, so every demo reads the same.
// On call: schedules "primary" (maria, sam, priya) and "secondary" (alex, casey, priya),
// weekly from Monday 09:00 America/Chicago, and the escalation policy "default".
// Everything is written in one transaction; no e-mail is queued.
class DemoSeeder
{
public:
    static constexpr int ticketCount = 336;

    explicit DemoSeeder(const ServerContext &context);

    static const QList<DemoAccount> &accounts();

    // Seeds when the database has no users; otherwise leaves it alone (and logs so).
    Result<DemoSummary> seed();

private:
    Status addAccounts(DemoSummary &summary);
    Status addTickets(DemoSummary &summary);
    // On-call schedules "primary" and "secondary" and the escalation policy "default".
    Status addOnCall();

    const ServerContext &m_context;
};

} // namespace deskside::server

#include "demo/DemoSeeder.h"

#include "ServerContext.h"
#include "auth/UserStore.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "demo/DemoTicketBuilder.h"
#include "oncall/PolicyStore.h"
#include "oncall/ScheduleStore.h"
#include "tickets/TicketStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

constexpr quint32 textSeed = 20260309; // fixed: every demo database reads the same
constexpr int publicRequesterCount = 60;

} // namespace

DemoSeeder::DemoSeeder(const ServerContext &context)
    : m_context(context)
{}

const QList<DemoAccount> &DemoSeeder::accounts()
{
    static const QString demo = u"deskside-demo"_s;
    static const QList<DemoAccount> list{
        {u"admin"_s, u"Deskside Admin"_s, u"admin@deskside.example"_s, Role::Admin,
         u"deskside-admin"_s},
        {u"maria"_s, u"Maria Alvarez"_s, u"maria@deskside.example"_s, Role::Manager, demo},
        {u"sam"_s, u"Sam Carter"_s, u"sam@deskside.example"_s, Role::Specialist, demo},
        {u"priya"_s, u"Priya Raman"_s, u"priya@deskside.example"_s, Role::Specialist, demo},
        {u"alex"_s, u"Alex Novak"_s, u"alex@deskside.example"_s, Role::Specialist, demo},
        {u"casey"_s, u"Casey Whitfield"_s, u"casey@deskside.example"_s, Role::Specialist, demo},
        {u"jordan"_s, u"Jordan Lee"_s, u"jordan@acme.example"_s, Role::Customer, demo},
        {u"taylor"_s, u"Taylor Brooks"_s, u"taylor@acme.example"_s, Role::Customer, demo},
        {u"riley"_s, u"Riley Chen"_s, u"riley@globex.example"_s, Role::Customer, demo},
        {u"morgan"_s, u"Morgan Diaz"_s, u"morgan@initech.example"_s, Role::Customer, demo},
    };
    return list;
}

Result<DemoSummary> DemoSeeder::seed()
{
    auto users = m_context.db->scalar(u"SELECT COUNT(*) FROM users"_s);
    if (!users) {
        return users.error();
    }
    DemoSummary summary;
    if (users.value().toLongLong() > 0) {
        qCInfo(lcServer) << "--demo: the database already has users, so no demo data is added";
        return summary;
    }
    const Status done = m_context.db->transaction([&]() -> Status {
        if (const Status added = addAccounts(summary); !added) {
            return added;
        }
        if (const Status onCall = addOnCall(); !onCall) {
            return onCall;
        }
        return addTickets(summary);
    });
    if (!done) {
        return makeError(done.error().code,
                         u"Cannot seed the demo organisation: %1"_s.arg(done.error().message));
    }
    summary.seeded = true;
    qCInfo(lcServer).noquote() << u"--demo: seeded %1 users and %2 tickets. Sign in as admin with "
                                  "the password deskside-admin, or as maria (manager), sam, priya, "
                                  "alex, casey (specialists), jordan, taylor, riley, morgan "
                                  "(customers) with the password deskside-demo."_s
                                      .arg(summary.users)
                                      .arg(summary.tickets);
    return summary;
}

Status DemoSeeder::addAccounts(DemoSummary &summary)
{
    const qint64 now = m_context.nowSecs();
    for (const DemoAccount &account : accounts()) {
        auto added = m_context.users->add(
            {account.login, account.email, account.name, account.role, account.password}, now);
        if (!added) {
            return added.error();
        }
        ++summary.users;
    }
    return {};
}

Status DemoSeeder::addTickets(DemoSummary &summary)
{
    QList<DemoRequester> customers;
    QStringList staff;
    for (const DemoAccount &account : accounts()) {
        if (account.role == Role::Customer) {
            customers.append({account.name, account.email, account.login});
        } else if (account.role != Role::Admin) {
            staff.append(account.login); // the manager first, then the specialists
        }
    }
    DemoText text(textSeed);
    const QList<DemoRequester> people = text.publicRequesters(publicRequesterCount);
    DemoTicketBuilder builder(*m_context.sla, text, m_context.clock->now(), staff);
    QList<DemoTicket> tickets;
    tickets.reserve(ticketCount);
    for (int i = 0; i < ticketCount; ++i) {
        const bool fromCustomer = text.chance(0.2);
        const QList<DemoRequester> &from = fromCustomer ? customers : people;
        auto built = builder.build(from.at(text.below(static_cast<int>(from.size()))));
        if (!built) {
            return built.error();
        }
        tickets.append(std::move(built.value()));
    }
    // Ticket numbers follow the order in which tickets arrived.
    std::stable_sort(tickets.begin(), tickets.end(), [](const DemoTicket &a, const DemoTicket &b) {
        return a.opening.openedAt() < b.opening.openedAt();
    });
    for (const DemoTicket &demo : tickets) {
        auto stored =
            m_context.tickets->create(demo.opening, demo.opening.openedAt().toSecsSinceEpoch());
        if (!stored) {
            return stored.error();
        }
        if (demo.current.fields() != demo.opening.fields()) {
            ticket::Ticket current = demo.current;
            current.setId(stored->ticket.id());
            auto saved = m_context.tickets->save(stored.value(), current, stored->version,
                                                 demo.updatedAt.toSecsSinceEpoch());
            if (!saved) {
                return saved.error();
            }
        }
        ++summary.tickets;
    }
    return {};
}

Status DemoSeeder::addOnCall()
{
    // Weekly hand-offs, Monday 09:00 in Chicago, from the first Monday of 2024.
    const QTimeZone chicago("America/Chicago");
    const auto weekly = [&](const QStringList &members) {
        return oncall::Rotation(members, QDate(2024, 1, 1), QTime(9, 0), 7, QTime(9, 0), chicago);
    };
    const qint64 now = m_context.nowSecs();
    for (const oncall::OnCallSchedule &schedule :
         {oncall::OnCallSchedule(u"primary"_s, u"Primary on-call"_s,
                                 weekly({u"maria"_s, u"sam"_s, u"priya"_s})),
          oncall::OnCallSchedule(u"secondary"_s, u"Secondary on-call"_s,
                                 weekly({u"alex"_s, u"casey"_s, u"priya"_s}))}) {
        if (auto put = m_context.schedules->put(schedule, now); !put) {
            return put.error();
        }
    }
    return PolicyStore(*m_context.db).put(PolicyStore::builtinDefault());
}

} // namespace deskside::server

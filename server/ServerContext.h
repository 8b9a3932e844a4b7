#pragma once

#include <QtGlobal>

#include <functional>

namespace deskside {
class Clock;
}

namespace deskside::sla {
class SlaClock;
}

namespace deskside::server {

class ChangeFeed;
class Database;
class MailOutbox;
class PushHub;
class SessionStore;
class TicketStore;
class UserStore;

// What routes and background jobs share; owned by Server.
struct ServerContext
{
    const Clock *clock = nullptr;
    Database *db = nullptr;
    UserStore *users = nullptr;
    SessionStore *sessions = nullptr;
    TicketStore *tickets = nullptr;
    ChangeFeed *feed = nullptr;
    MailOutbox *mail = nullptr;
    std::function<void()> wakeMailer; // set by Server; see Server::wakeMailer()
    PushHub *push = nullptr;
    const sla::SlaClock *sla = nullptr;

    qint64 nowSecs() const;
};

} // namespace deskside::server

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

class AlertStore;
class ChangeFeed;
class Database;
class EscalationEngine;
class IntegrationStore;
class MailOutbox;
class NotificationCenter;
class PushHub;
class ScheduleStore;
class SessionStore;
struct SnsSettings;
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
    AlertStore *alerts = nullptr;
    EscalationEngine *escalation = nullptr; // wake() after an alert is raised or escalated
    IntegrationStore *integrations = nullptr;
    NotificationCenter *notifications = nullptr;
    ScheduleStore *schedules = nullptr;
    const SnsSettings *sns = nullptr;

    qint64 nowSecs() const;
};

} // namespace deskside::server

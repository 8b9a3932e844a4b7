#include "db/Migrations.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

const std::vector<QStringList> &serverMigrations()
{
    static const std::vector<QStringList> steps = {
        // 1: accounts, tickets, the change feed, idempotency and the mail outbox.
        {
            u"CREATE TABLE users (id {ID}, login TEXT NOT NULL UNIQUE, email TEXT NOT NULL,"
            " name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL,"
            " disabled INTEGER NOT NULL DEFAULT 0, email_verified INTEGER NOT NULL DEFAULT 1,"
            " verify_code_hash TEXT, created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL"
            " REFERENCES users(id), created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE tickets (id {ID}, version BIGINT NOT NULL DEFAULT 1,"
            " subject TEXT NOT NULL, requester_email TEXT NOT NULL, requester_name TEXT NOT NULL,"
            " assignee TEXT, priority TEXT NOT NULL, status TEXT NOT NULL,"
            " opened_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, tier3_key TEXT,"
            " first_response_at BIGINT, resolved_at BIGINT, sla_flags INTEGER NOT NULL DEFAULT 0,"
            " sla_next_check BIGINT)"_s,
            u"CREATE INDEX tickets_requester ON tickets(requester_email)"_s,
            u"CREATE TABLE messages (id {ID}, ticket_id BIGINT NOT NULL REFERENCES tickets(id),"
            " author TEXT NOT NULL, from_staff INTEGER NOT NULL, internal INTEGER NOT NULL,"
            " body TEXT NOT NULL, at BIGINT NOT NULL)"_s,
            u"CREATE INDEX messages_ticket ON messages(ticket_id)"_s,
            u"CREATE TABLE priority_changes (id {ID}, ticket_id BIGINT NOT NULL"
            " REFERENCES tickets(id), by_login TEXT NOT NULL, at BIGINT NOT NULL,"
            " from_priority TEXT NOT NULL, to_priority TEXT NOT NULL, explanation TEXT NOT NULL)"_s,
            u"CREATE INDEX priority_changes_ticket ON priority_changes(ticket_id)"_s,
            u"CREATE TABLE status_changes (id {ID}, ticket_id BIGINT NOT NULL"
            " REFERENCES tickets(id), by_login TEXT NOT NULL, at BIGINT NOT NULL,"
            " from_status TEXT NOT NULL, to_status TEXT NOT NULL)"_s,
            u"CREATE INDEX status_changes_ticket ON status_changes(ticket_id)"_s,
            u"CREATE TABLE changes (seq {ID}, entity TEXT NOT NULL, entity_id BIGINT NOT NULL,"
            " kind TEXT NOT NULL, payload TEXT, at BIGINT NOT NULL)"_s,
            u"CREATE INDEX changes_entity ON changes(entity, entity_id)"_s,
            u"CREATE TABLE idempotency (user_key TEXT NOT NULL, idem_key TEXT NOT NULL,"
            " request_hash TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT,"
            " etag TEXT, body TEXT, created_at BIGINT NOT NULL,"
            " PRIMARY KEY (user_key, idem_key))"_s,
            u"CREATE TABLE mail_outbox (id {ID}, recipient TEXT NOT NULL, subject TEXT NOT NULL,"
            " body TEXT NOT NULL, created_at BIGINT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at BIGINT NOT NULL, sent_at BIGINT, last_error TEXT)"_s,
            u"CREATE INDEX mail_outbox_due ON mail_outbox(sent_at, next_attempt_at)"_s,
        },
        // 2: on-call: integrations, alerts, escalation steps, notifications, schedules.
        {
            u"CREATE TABLE integrations (id {ID}, kind TEXT NOT NULL, name TEXT NOT NULL UNIQUE,"
            " token_hash TEXT NOT NULL UNIQUE, disabled INTEGER NOT NULL DEFAULT 0,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE sns_messages (message_id TEXT PRIMARY KEY, topic_arn TEXT NOT NULL,"
            " type TEXT NOT NULL, received_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE alerts (id {ID}, version BIGINT NOT NULL DEFAULT 1, source TEXT NOT "
            u"NULL,"
            " integration TEXT NOT NULL, dedup_key TEXT NOT NULL, open_key TEXT UNIQUE,"
            " severity TEXT NOT NULL, summary TEXT NOT NULL, details TEXT NOT NULL,"
            " scenario TEXT NOT NULL, policy TEXT NOT NULL, status TEXT NOT NULL,"
            " raised_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, acknowledged_at BIGINT,"
            " acknowledged_by TEXT, resolved_at BIGINT, resolved_by TEXT,"
            " tier INTEGER NOT NULL DEFAULT -1, round INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX alerts_status ON alerts(status)"_s,
            u"CREATE TABLE alert_events (id {ID}, alert_id BIGINT NOT NULL REFERENCES alerts(id),"
            " at BIGINT NOT NULL, kind TEXT NOT NULL, actor TEXT, tier INTEGER, round INTEGER,"
            " people TEXT, detail TEXT)"_s,
            u"CREATE INDEX alert_events_alert ON alert_events(alert_id)"_s,
            u"CREATE TABLE escalation_steps (id {ID}, alert_id BIGINT NOT NULL REFERENCES "
            u"alerts(id),"
            " step INTEGER NOT NULL, due_at BIGINT NOT NULL, tier INTEGER NOT NULL,"
            " round INTEGER NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,"
            " fired_at BIGINT, cancelled INTEGER NOT NULL DEFAULT 0, UNIQUE (alert_id, step))"_s,
            u"CREATE INDEX escalation_steps_due ON escalation_steps(fired_at, cancelled, due_at)"_s,
            u"CREATE TABLE notifications (id {ID}, login TEXT NOT NULL, kind TEXT NOT NULL,"
            " alert_id BIGINT, ticket_id BIGINT, title TEXT NOT NULL, body TEXT NOT NULL,"
            " at BIGINT NOT NULL)"_s,
            u"CREATE INDEX notifications_login ON notifications(login)"_s,
            u"CREATE TABLE schedules (id TEXT PRIMARY KEY, version BIGINT NOT NULL DEFAULT 1,"
            " definition TEXT NOT NULL, updated_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE schedule_overrides (id {ID}, schedule_id TEXT NOT NULL"
            " REFERENCES schedules(id), person TEXT NOT NULL, starts_at BIGINT NOT NULL,"
            " ends_at BIGINT NOT NULL, reason TEXT NOT NULL, created_by TEXT NOT NULL,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX schedule_overrides_schedule ON schedule_overrides(schedule_id)"_s,
            u"CREATE TABLE escalation_policies (id TEXT PRIMARY KEY, definition TEXT NOT NULL)"_s,
            u"CREATE TABLE severity_policies (severity TEXT PRIMARY KEY, policy TEXT NOT NULL)"_s,
        },
    };
    return steps;
}

} // namespace deskside::server

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
    };
    return steps;
}

} // namespace deskside::server

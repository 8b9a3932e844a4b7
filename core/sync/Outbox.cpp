#include "sync/Outbox.h"

#include "sync/CacheDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace deskside::sync {

namespace {

struct KindName
{
    OutboxEdit::Kind kind;
    QString text;
    QString endpoint; // the last segment of the ticket's path
};

const QList<KindName> &kindNames()
{
    using Kind = OutboxEdit::Kind;
    static const QList<KindName> names = {
        {Kind::Reply, u"reply"_s, u"messages"_s},       {Kind::Note, u"note"_s, u"messages"_s},
        {Kind::Priority, u"priority"_s, u"priority"_s}, {Kind::Assign, u"assign"_s, u"assign"_s},
        {Kind::Status, u"status"_s, u"status"_s},       {Kind::Tier3, u"tier3"_s, u"tier3"_s}};
    return names;
}

const KindName &nameOf(OutboxEdit::Kind kind)
{
    for (const KindName &name : kindNames()) {
        if (name.kind == kind) {
            return name;
        }
    }
    Q_UNREACHABLE();
}

const QString selectColumns = u"SELECT id, kind, ticket_id, base_version, body, idempotency_key,"
                              " created_at, last_error, conflicted FROM outbox"_s;

Result<OutboxEdit> readEdit(const QSqlQuery &query)
{
    const auto kind = kindFromText(query.value(1).toString());
    if (!kind) {
        return makeError(u"bad_cache"_s, u"the outbox holds an edit of unknown kind '%1'"_s.arg(
                                             query.value(1).toString()));
    }
    OutboxEdit edit;
    edit.id = query.value(0).toLongLong();
    edit.kind = *kind;
    edit.ticketId = query.value(2).toLongLong();
    edit.baseVersion = query.value(3).toLongLong();
    edit.body = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    edit.idempotencyKey = query.value(5).toString();
    edit.createdAt = query.value(6).toLongLong();
    edit.lastError = query.value(7).toString();
    edit.conflicted = query.value(8).toBool();
    return edit;
}

} // namespace

QString OutboxEdit::path() const
{
    return u"/api/v1/tickets/%1/%2"_s.arg(ticketId).arg(nameOf(kind).endpoint);
}

bool OutboxEdit::needsIfMatch() const
{
    return kind != Kind::Reply && kind != Kind::Note;
}

QString kindToText(OutboxEdit::Kind kind)
{
    return nameOf(kind).text;
}

std::optional<OutboxEdit::Kind> kindFromText(QStringView text)
{
    for (const KindName &name : kindNames()) {
        if (name.text == text) {
            return name.kind;
        }
    }
    return std::nullopt;
}

Result<OutboxEdit> Outbox::enqueue(OutboxEdit::Kind kind, qint64 ticketId, qint64 baseVersion,
                                   const QJsonObject &body, qint64 now)
{
    OutboxEdit edit;
    edit.kind = kind;
    edit.ticketId = ticketId;
    edit.baseVersion = baseVersion;
    edit.body = body;
    edit.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    edit.createdAt = now;
    const Status stored = m_db.transaction([&]() -> Status {
        auto query =
            m_db.exec(u"INSERT INTO outbox (kind, ticket_id, base_version, body, idempotency_key,"
                      " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {kindToText(kind), ticketId, baseVersion,
                       QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                       edit.idempotencyKey, now});
        if (!query) {
            return query.error();
        }
        edit.id = query.value().lastInsertId().toLongLong();
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    return edit;
}

Result<QList<OutboxEdit>> Outbox::pending() const
{
    auto query = m_db.exec(selectColumns + u" ORDER BY id"_s);
    if (!query) {
        return query.error();
    }
    QList<OutboxEdit> edits;
    while (query.value().next()) {
        auto edit = readEdit(query.value());
        if (!edit) {
            return edit.error();
        }
        edits.append(std::move(edit.value()));
    }
    return edits;
}

Result<int> Outbox::count() const
{
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM outbox"_s);
    if (!count) {
        return count.error();
    }
    return count.value().toInt();
}

Status Outbox::markDelivered(qint64 id)
{
    auto query = m_db.exec(u"DELETE FROM outbox WHERE id = ?"_s, {id});
    return query ? Status() : Status(query.error());
}

Status Outbox::markConflicted(qint64 id, const QString &reason)
{
    return updateOne(id, u"UPDATE outbox SET conflicted = 1, last_error = ? WHERE id = ?"_s,
                     {reason, id});
}

Status Outbox::markFailed(qint64 id, const QString &reason)
{
    return updateOne(id, u"UPDATE outbox SET conflicted = 0, last_error = ? WHERE id = ?"_s,
                     {reason, id});
}

Status Outbox::rebase(qint64 id, qint64 newBaseVersion)
{
    return updateOne(id,
                     u"UPDATE outbox SET base_version = ?, conflicted = 0, last_error = NULL"
                     " WHERE id = ?"_s,
                     {newBaseVersion, id});
}

Status Outbox::discard(qint64 id)
{
    return updateOne(id, u"DELETE FROM outbox WHERE id = ?"_s, {id});
}

Status Outbox::updateOne(qint64 id, const QString &sql, const QVariantList &binds)
{
    auto query = m_db.exec(sql, binds);
    if (!query) {
        return query.error();
    }
    if (query.value().numRowsAffected() < 1) {
        return makeError(u"not_found"_s, u"there is no edit %1 in the outbox"_s.arg(id));
    }
    return {};
}

} // namespace deskside::sync

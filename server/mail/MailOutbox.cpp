#include "mail/MailOutbox.h"

#include "db/Database.h"
#include "mail/MailComposer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace deskside::server {

Status MailOutbox::enqueue(const QString &recipient, const QString &subject, const QString &body,
                           qint64 now)
{
    if (const Status valid = MailComposer::checkHeaders(recipient, subject); !valid) {
        return valid;
    }
    auto done = m_db.exec(u"INSERT INTO mail_outbox (recipient, subject, body, created_at,"
                          " next_attempt_at) VALUES (?, ?, ?, ?, ?)"_s,
                          {recipient, subject, body, now, now});
    if (!done) {
        return done.error();
    }
    if (m_onEnqueued) {
        m_onEnqueued();
    }
    return {};
}

Result<QList<OutgoingMail>> MailOutbox::due(qint64 now, int limit) const
{
    auto query = m_db.exec(u"SELECT id, recipient, subject, body, attempts FROM mail_outbox"
                           " WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?"_s,
                           {now, limit});
    if (!query) {
        return query.error();
    }
    QList<OutgoingMail> mails;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        mails.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                      row.value(3).toString(), row.value(4).toInt()});
    }
    return mails;
}

Status MailOutbox::markSent(qint64 id, qint64 now)
{
    auto done = m_db.exec(u"UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1,"
                          " last_error = NULL WHERE id = ?"_s,
                          {now, id});
    if (!done) {
        return done.error();
    }
    return {};
}

Status MailOutbox::markFailed(qint64 id, int attempts, const QString &error, qint64 now)
{
    const qint64 delay = std::min<qint64>(3600, 30LL << std::min(attempts, 7));
    auto done = m_db.exec(u"UPDATE mail_outbox SET attempts = ?, last_error = ?,"
                          " next_attempt_at = ? WHERE id = ?"_s,
                          {attempts + 1, error.left(500), now + delay, id});
    if (!done) {
        return done.error();
    }
    return {};
}

Result<int> MailOutbox::pendingCount() const
{
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL"_s);
    if (!count) {
        return count.error();
    }
    return count.value().toInt();
}

} // namespace deskside::server

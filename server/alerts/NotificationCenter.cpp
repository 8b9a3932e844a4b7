#include "alerts/NotificationCenter.h"

#include "ServerContext.h"
#include "auth/UserStore.h"
#include "base/IsoTime.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "mail/MailOutbox.h"
#include "sync/ChangeFeed.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QJsonValue jsonIdOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// One line, as a mail subject must be.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 200) {
        line = line.left(199) + u'…';
    }
    return line;
}

} // namespace

Result<qint64> NotificationCenter::notify(const QString &login, const QString &kind,
                                          const QString &title, const QString &body, qint64 alertId,
                                          qint64 ticketId, qint64 now)
{
    const QString subject = oneLine(title);
    auto id = m_context.db->scalar(
        u"INSERT INTO notifications (login, kind, alert_id, ticket_id, title, body, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {login, kind, idOrNull(alertId), idOrNull(ticketId), subject, body, now});
    if (!id) {
        return id.error();
    }
    const qint64 notificationId = id.value().toLongLong();
    const QJsonObject payload{
        {u"id"_s, notificationId},
        {u"kind"_s, kind},
        {u"login"_s, login},
        {u"title"_s, subject},
        {u"body"_s, body},
        {u"alert_id"_s, jsonIdOrNull(alertId)},
        {u"ticket_id"_s, jsonIdOrNull(ticketId)},
        {u"at"_s, iso::formatUtc(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()))}};
    auto seq = m_context.feed->record(u"notification"_s, notificationId, u"event"_s,
                                      audienceFor(login), now, payload);
    if (!seq) {
        return seq.error();
    }
    const auto user = m_context.users->findByLogin(login);
    if (!user || user->email.isEmpty()) {
        qCWarning(lcServer) << "notification" << notificationId << "for" << login
                            << "has no e-mail address to go to";
        return notificationId;
    }
    const Status mailed = m_context.mail->enqueue(user->email, u"[Deskside] "_s + subject,
                                                  body + u"\n\n-- Deskside on-call"_s, now);
    if (!mailed) {
        return mailed.error();
    }
    return notificationId;
}

} // namespace deskside::server

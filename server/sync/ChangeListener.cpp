#include "sync/ChangeListener.h"

#include "base/Logging.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace deskside::server {

ChangeListener::ChangeListener(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{}

ChangeListener::~ChangeListener()
{
    if (QSqlDriver *driver = m_db->connection().driver()) {
        driver->unsubscribeFromNotification(QString::fromLatin1(channel));
    }
}

Result<std::unique_ptr<ChangeListener>> ChangeListener::start(const Database &db, QObject *parent)
{
    if (!db.isPostgres()) {
        return makeError(u"bad_database"_s,
                         u"only PostgreSQL can tell one server of another's changes"_s);
    }
    auto own = db.openAnother();
    if (!own) {
        return own.error();
    }
    QSqlDriver *driver = own.value()->connection().driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(channel))) {
        return makeError(u"listen"_s, u"cannot LISTEN on the PostgreSQL channel %1: %2"_s.arg(
                                          QString::fromLatin1(channel),
                                          driver ? driver->lastError().text() : u"no driver"_s));
    }
    std::unique_ptr<ChangeListener> listener(new ChangeListener(std::move(own.value()), parent));
    connect(driver, &QSqlDriver::notification, listener.get(), &ChangeListener::notified);
    return listener;
}

void ChangeListener::notified(const QString &name, QSqlDriver::NotificationSource,
                              const QVariant &payload)
{
    if (name != QLatin1StringView(channel)) {
        return;
    }
    const QJsonObject note = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    ChangeEntry entry;
    entry.seq = note.value(u"seq"_s).toInteger();
    entry.entity = note.value(u"entity"_s).toString();
    entry.entityId = note.value(u"id"_s).toInteger();
    entry.audience = note.value(u"audience"_s).toString();
    if (entry.seq <= 0 || entry.entity.isEmpty()) {
        qCWarning(lcServerDb) << "ignoring a malformed change notification:" << payload.toString();
        return;
    }
    Q_EMIT recorded(entry);
}

} // namespace deskside::server

#pragma once

#include "base/Result.h"
#include "sync/ChangeFeed.h"

#include <QObject>
#include <QSqlDriver>

#include <memory>

namespace deskside::server {

class Database;

// Hears the changes that every server (this one included) records on a shared
// PostgreSQL database: LISTEN deskside_changes on a dedicated connection of the
// calling thread, re-emitted as feed entries without kind or payload.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    // The channel ChangeFeed::record() notifies when its transaction commits.
    static constexpr auto channel = "deskside_changes";

    ~ChangeListener() override;

    // Opens another connection to the database and subscribes; PostgreSQL only.
    static Result<std::unique_ptr<ChangeListener>> start(const Database &db,
                                                         QObject *parent = nullptr);

Q_SIGNALS:
    void recorded(const deskside::server::ChangeEntry &entry);

private:
    ChangeListener(std::unique_ptr<Database> db, QObject *parent);
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);

    std::unique_ptr<Database> m_db;
};

} // namespace deskside::server

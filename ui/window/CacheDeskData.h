#pragma once

#include "window/DeskData.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace deskside {
class Clock;
}

namespace deskside::sync {
class ApiClient;
class CacheDatabase;
class ClientCache;
class Outbox;
class SyncEngine;
} // namespace deskside::sync

namespace deskside::ui {

// One signed-in account's desk: its cache file, outbox and sync engine.
class CacheDeskData final : public DeskData
{
    Q_OBJECT

public:
    struct Setup
    {
        QString accountLabel;
        QString login;
        bool staff = true;
        QUrl server;
        QByteArray token;
        QString cachePath;
        // As on the wire ("specialist", "manager", …); empty when not known.
        QString role = {};
    };

    static Result<std::unique_ptr<CacheDeskData>> open(const Setup &setup, const Clock &clock);
    ~CacheDeskData() override;

    sync::SyncEngine &engine() const { return *m_engine; }

    QString login() const override { return m_setup.login; }
    api::TicketAudience audience() const override;
    QString accountLabel() const override { return m_setup.accountLabel; }
    QList<sync::QueueRow> queueRows() const override;
    std::optional<api::TicketDocument> ticket(qint64 id) const override;
    int pendingEditsFor(qint64 ticketId) const override;
    bool edit(sync::OutboxEdit::Kind kind, qint64 ticketId, const QJsonObject &body,
              QString *error) override;
    void syncNow() override;
    void resolveConflict(qint64 editId, bool applyOnCurrent) override;
    Connection connection() const override;
    int pendingEdits() const override;
    QDateTime lastSync() const override;
    QList<api::AlertRecord> alerts() const override;
    void alertAction(qint64 alertId, api::AlertAction action) override;
    void requestSchedules() override;
    bool mayEditOverrides() const override;
    void addOverride(const QString &scheduleId, const QString &person, const QDateTime &from,
                     const QDateTime &to, const QString &reason) override;
    void removeOverride(const QString &scheduleId, qint64 overrideId) override;

private:
    CacheDeskData(Setup setup, const Clock &clock, std::unique_ptr<sync::CacheDatabase> db);
    // Sends an override change at once with an Idempotency-Key; ends in overrideFinished.
    void sendOverrideChange(const QByteArray &method, const QString &path, const QJsonObject &body);

    Setup m_setup;
    std::unique_ptr<sync::CacheDatabase> m_db;
    std::unique_ptr<sync::ClientCache> m_cache;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace deskside::ui

#pragma once

#include "sync/ApiJob.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace deskside {
class Clock;
}

namespace deskside::sync {

// Requests to one Deskside server as one signed-in user: base URL + bearer token over
// an injected QNetworkAccessManager. Certificate errors fail the request (never
// ignored); a request that stalls longer than timeout() fails as a network error.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ApiClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The session token (a secret: kept in memory only, never logged).
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // pathAndQuery: "/api/v1/changes?cursor=0&limit=500". The job is a child of this
    // client and deletes itself after finished().
    ApiJob *get(const QString &pathAndQuery);
    ApiJob *send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                 const Headers &headers = {});

    // The absolute URL of a path under the base URL (which may have a path prefix).
    QUrl urlFor(const QString &pathAndQuery) const;

Q_SIGNALS:
    // Each request as it leaves (diagnostics, tests counting attempts).
    void requestStarted(const QString &method, const QString &pathAndQuery);

private:
    ApiJob *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                  const Headers &headers);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QUrl m_baseUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
};

} // namespace deskside::sync

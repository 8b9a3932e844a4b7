#pragma once

#include "base/Result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace deskside::account {

// What a successful sign-in returns.
struct Session
{
    QString token;
    QString login;
    QString name;
    QString role;
    QString email;
};

// One request to the session endpoint. It ends in exactly one finished() signal, success or
// failure, and deletes itself afterwards. For signOut() the value is an empty Session.
class SessionJob : public QObject
{
    Q_OBJECT

public:
    explicit SessionJob(QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const deskside::Result<deskside::account::Session> &result);

private:
    friend class SessionClient;
    void watch(QNetworkReply *reply, const QUrl &server, bool expectSession);
    void finish(const Result<Session> &result);
    Result<Session> interpret(QNetworkReply &reply, const QUrl &server, bool expectSession) const;
    Error transportError(QNetworkReply &reply, const QUrl &server) const;

    QStringList m_sslErrors;
    bool m_encrypted = false;
    bool m_finished = false;
};

// Signs in (POST /api/v1/session) and out (DELETE /api/v1/session) on a Deskside server.
// TLS errors are reported with the certificate problem and never ignored.
class SessionClient : public QObject
{
    Q_OBJECT

public:
    // network is not owned; null means a manager owned by this client.
    explicit SessionClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    SessionJob *signIn(const QUrl &server, const QString &login, const QString &password);
    SessionJob *signOut(const QUrl &server, const QString &token);

    // Gives up on a request after this long without progress (default 30 s).
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }

    // The server's URL with the API path appended ("https://host/base" + "/api/v1/session").
    static QUrl endpoint(const QUrl &server, const QString &path);

private:
    SessionJob *send(const QUrl &server, const QByteArray &method, const QString &token,
                     const QByteArray &body, bool expectSession);

    QNetworkAccessManager *m_network;
    int m_transferTimeout = 30000;
};

} // namespace deskside::account

#include "account/SessionClient.h"

#include "base/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace deskside::account {

namespace {

QString shown(const QUrl &server)
{
    return server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toDisplayString();
}

// The "detail" of an application/problem+json answer, else its title, else the reason phrase.
QString problemDetail(const QByteArray &body, const QString &reason)
{
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString detail = problem.value(u"detail"_s).toString();
    if (!detail.isEmpty()) {
        return detail;
    }
    const QString title = problem.value(u"title"_s).toString();
    return title.isEmpty() ? reason : title;
}

} // namespace

SessionJob::SessionJob(QObject *parent)
    : QObject(parent)
{}

void SessionJob::watch(QNetworkReply *reply, const QUrl &server, bool expectSession)
{
    reply->setParent(this);
    // Recorded only, to explain the failure: the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_sslErrors.append(error.errorString());
        }
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, expectSession] {
        finish(interpret(*reply, server, expectSession)); // the reply goes with the job
    });
}

void SessionJob::finish(const Result<Session> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (!result) {
        qCInfo(lcAccount) << "session request failed:" << result.error().message;
    }
    Q_EMIT finished(result);
    deleteLater();
}

Result<Session> SessionJob::interpret(QNetworkReply &reply, const QUrl &server,
                                      bool expectSession) const
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        return transportError(reply, server);
    }
    const int status = statusAttribute.toInt();
    const QByteArray body = reply.readAll();
    if (status == 401 && expectSession) {
        return makeError(u"wrong_credentials"_s,
                         tr("%1 refused the sign-in: %2")
                             .arg(shown(server), problemDetail(body, tr("unauthorised"))));
    }
    if (status < 200 || status >= 300) {
        const QString reason =
            reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return makeError(u"server_error"_s, tr("%1 answered %2: %3")
                                                .arg(shown(server))
                                                .arg(status)
                                                .arg(problemDetail(body, reason)));
    }
    if (!expectSession) {
        return Session{};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QJsonObject user = object.value(u"user"_s).toObject();
    const QString token = object.value(u"token"_s).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(u"bad_reply"_s,
                         tr("%1 did not answer like a Deskside server: the reply is not JSON.")
                             .arg(shown(server)));
    }
    if (token.isEmpty() || user.isEmpty()) {
        return makeError(u"bad_reply"_s,
                         tr("%1 did not answer like a Deskside server: the reply has no token.")
                             .arg(shown(server)));
    }
    return Session{token, user.value(u"login"_s).toString(), user.value(u"name"_s).toString(),
                   user.value(u"role"_s).toString(), user.value(u"email"_s).toString()};
}

Error SessionJob::transportError(QNetworkReply &reply, const QUrl &server) const
{
    if (!m_sslErrors.isEmpty()) {
        return makeError(u"tls_certificate"_s, tr("The certificate of %1 is not trusted: %2")
                                                   .arg(shown(server), m_sslErrors.join(u"; "_s)));
    }
    const bool connected = reply.error() != QNetworkReply::ConnectionRefusedError &&
                           reply.error() != QNetworkReply::HostNotFoundError &&
                           reply.error() != QNetworkReply::TimeoutError &&
                           reply.error() != QNetworkReply::OperationCanceledError;
    // Connected, but the TLS handshake never completed (e.g. https to a plain-HTTP port).
    if (connected && server.scheme() == u"https"_s && !m_encrypted) {
        return makeError(u"tls"_s, tr("Cannot establish a secure connection to %1: %2")
                                       .arg(shown(server), reply.errorString()));
    }
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeError(u"unreachable"_s,
                         tr("Cannot reach %1: connection refused.").arg(shown(server)));
    case QNetworkReply::HostNotFoundError:
        return makeError(u"unreachable"_s,
                         tr("Cannot reach %1: the host name is unknown.").arg(shown(server)));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return makeError(
            u"unreachable"_s,
            tr("Cannot reach %1: the server did not answer in time.").arg(shown(server)));
    default:
        return makeError(u"unreachable"_s,
                         tr("Cannot reach %1: %2").arg(shown(server), reply.errorString()));
    }
}

SessionClient::SessionClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

QUrl SessionClient::endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(url.path() + path);
    return url;
}

SessionJob *SessionClient::signIn(const QUrl &server, const QString &login, const QString &password)
{
    const QJsonObject body{{u"login"_s, login}, {u"password"_s, password}};
    return send(server, "POST", {}, QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

SessionJob *SessionClient::signOut(const QUrl &server, const QString &token)
{
    return send(server, "DELETE", token, {}, false);
}

SessionJob *SessionClient::send(const QUrl &server, const QByteArray &method, const QString &token,
                                const QByteArray &body, bool expectSession)
{
    auto *job = new SessionJob(this);
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != u"http"_s && scheme != u"https"_s)) {
        QTimer::singleShot(0, job, [job, server] {
            job->finish(makeError(
                u"invalid_url"_s,
                tr("\"%1\" is not a server address; use http://host:port or https://host.")
                    .arg(server.toDisplayString())));
        });
        return job;
    }
    QNetworkRequest request(endpoint(server, u"/api/v1/session"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    request.setTransferTimeout(m_transferTimeout);
    job->watch(m_network->sendCustomRequest(request, method, body), server, expectSession);
    return job;
}

} // namespace deskside::account

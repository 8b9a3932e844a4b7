#include "sync/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace deskside::sync {

ApiClient::ApiClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    QString prefix = m_baseUrl.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    url.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1));
    url.setFragment({});
    return url;
}

ApiJob *ApiClient::get(const QString &pathAndQuery)
{
    return start("GET", pathAndQuery, {}, {});
}

ApiJob *ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
                        const QJsonObject &body, const Headers &headers)
{
    return start(method, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiJob *ApiClient::start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(urlFor(pathAndQuery));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                           : m_network.sendCustomRequest(request, method, body);
    const QString methodText = QString::fromLatin1(method);
    auto *job = new ApiJob(reply, methodText, pathAndQuery, m_clock, this);
    Q_EMIT requestStarted(methodText, pathAndQuery);
    return job;
}

} // namespace deskside::sync

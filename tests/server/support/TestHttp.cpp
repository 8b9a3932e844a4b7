#include "TestHttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpReply TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager manager;
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpReply TestHttp::get(const QString &path) const
{
    return send("GET", path, {});
}

HttpReply TestHttp::post(const QString &path, const QJsonObject &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TestHttp::mutate(const QString &path, const QJsonObject &body, qint64 version) const
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    if (version > 0) {
        headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    }
    return post(path, body, headers);
}

HttpReply TestHttp::signIn(const QString &login, const QString &password)
{
    m_token.clear();
    HttpReply reply = post(u"/api/v1/session"_s, {{u"login"_s, login}, {u"password"_s, password}});
    m_token = reply.json().value(u"token"_s).toString().toLatin1();
    return reply;
}

#include "http/ApiResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QString titleFor(int status)
{
    switch (status) {
    case 400:
        return u"Bad request"_s;
    case 401:
        return u"Not signed in"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not found"_s;
    case 405:
        return u"Method not allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 412:
        return u"Precondition failed"_s;
    case 413:
        return u"Request body too large"_s;
    case 415:
        return u"Unsupported media type"_s;
    case 422:
        return u"Unprocessable request"_s;
    case 428:
        return u"Precondition required"_s;
    case 429:
        return u"Too many requests"_s;
    default:
        return status >= 500 ? u"Server error"_s : u"Error"_s;
    }
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

ApiResponse ApiResponse::problem(int status, const QString &detail, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"type"_s, u"about:blank"_s);
    body.insert(u"title"_s, titleFor(status));
    body.insert(u"status"_s, status);
    body.insert(u"detail"_s, detail);
    ApiResponse response = json(status, body);
    response.contentType = "application/problem+json";
    return response;
}

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace deskside::server

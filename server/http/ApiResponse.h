#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace deskside::server {

// What a route answers: status, body, content type and extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse json(int status, const QJsonArray &array);
    static ApiResponse empty(int status);
    // RFC 9457 problem details: {"type","title","status","detail", ...extra}.
    static ApiResponse problem(int status, const QString &detail, const QJsonObject &extra = {});

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace deskside::server

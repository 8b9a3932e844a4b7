#pragma once

#include "auth/AuthUser.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace deskside::server {

// One HTTP request as routes see it: path parameters resolved, caller authenticated.
struct ApiRequest
{
    QString method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress remote;
    QHash<QString, QString> params; // from the route pattern, e.g. {id}
    std::optional<AuthUser> user;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    qint64 idParam(const QString &name = QStringLiteral("id")) const
    {
        return params.value(name).toLongLong();
    }
    const AuthUser &caller() const { return *user; }
};

} // namespace deskside::server

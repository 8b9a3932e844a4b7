#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

// A blocking HTTP client for tests against a server on 127.0.0.1.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const;
};

class TestHttp
{
public:
    explicit TestHttp(QUrl base)
        : m_base(std::move(base))
    {}

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpReply get(const QString &path) const;
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    HttpReply post(const QString &path, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    // A POST with a fresh Idempotency-Key (and If-Match when version > 0).
    HttpReply mutate(const QString &path, const QJsonObject &body, qint64 version = 0) const;
    // Signs in and keeps the token; returns the reply.
    HttpReply signIn(const QString &login, const QString &password);

private:
    QUrl m_base;
    QByteArray m_token;
};

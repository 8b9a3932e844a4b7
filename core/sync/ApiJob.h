#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace deskside {
class Clock;
}

namespace deskside::sync {

// One request to the Deskside API. Ends in exactly one finished() — an answer from the
// server (any status), a network failure, a timeout or a cancellation — and deletes
// itself afterwards: read it in the slot connected to finished().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkReply *reply, QString method, QString path, const Clock &clock,
           QObject *parent = nullptr);
    ~ApiJob() override;

    QString method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }

    // The HTTP status; 0 when no answer arrived (network failure, timeout, cancelled).
    int status() const { return m_status; }
    bool isSuccess() const { return m_status >= 200 && m_status < 300; }
    bool isNetworkError() const { return m_finished && m_status == 0 && !m_cancelled; }
    bool wasCancelled() const { return m_cancelled; }

    QByteArray body() const { return m_body; }
    // The body as a JSON object; empty when the body is not one.
    QJsonObject json() const { return m_json; }
    QByteArray header(const QByteArray &name) const;
    // Why it failed, for people: the network problem or the server's "detail". Empty
    // on success.
    QString errorText() const { return m_errorText; }
    // Certificate problems met on the way (they always fail the request).
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    // The answer's Retry-After (seconds or an HTTP date), when it has one.
    std::optional<int> retryAfterSeconds() const;

    // Cancels the request; finished() still arrives, once, with wasCancelled().
    void abort();

    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished();

private:
    void complete();
    QString networkErrorText() const;

    QPointer<QNetworkReply> m_reply;
    QString m_method;
    QString m_path;
    QUrl m_url;
    const Clock &m_clock;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_status = 0;
    QByteArray m_body;
    QJsonObject m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_errorText;
    QList<QSslError> m_sslErrors;
};

} // namespace deskside::sync

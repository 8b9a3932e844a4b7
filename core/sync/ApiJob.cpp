#include "sync/ApiJob.h"

#include "base/Clock.h"
#include "base/Logging.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace deskside::sync {

ApiJob::ApiJob(QNetworkReply *reply, QString method, QString path, const Clock &clock,
               QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_url(reply->url())
    , m_clock(clock)
{
    reply->setParent(this);
    // Recorded, never ignored: the reply then fails with a handshake error.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors.append(errors); });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::complete);
}

ApiJob::~ApiJob()
{
    if (m_reply && !m_finished) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray ApiJob::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<int> ApiJob::retryAfterSeconds() const
{
    return parseRetryAfter(header("Retry-After"), m_clock.now());
}

std::optional<int> ApiJob::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qint64>(seconds, INT_MAX)));
    }
    // An HTTP date (IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text.left(25)), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid() || !text.endsWith("GMT")) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(now.secsTo(when), 0, INT_MAX));
}

void ApiJob::abort()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished, which completes the job
    }
}

void ApiJob::complete()
{
    if (m_finished || !m_reply) {
        return;
    }
    m_finished = true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !m_cancelled) {
        m_status = status.toInt();
        m_body = m_reply->readAll();
        m_headers = m_reply->rawHeaderPairs();
        m_json = QJsonDocument::fromJson(m_body).object();
        if (!isSuccess()) {
            const QString detail = m_json.value(u"detail"_s).toString();
            m_errorText =
                detail.isEmpty()
                    ? tr("The server answered %1 %2.")
                          .arg(m_status)
                          .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                   .toString())
                    : detail;
        }
    } else {
        m_errorText = m_cancelled ? tr("The request was cancelled.") : networkErrorText();
        if (!m_cancelled) {
            qCInfo(lcSync) << m_method << m_path << "failed:" << m_errorText;
        }
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished();
    deleteLater();
}

QString ApiJob::networkErrorText() const
{
    const QString host = m_url.host();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot connect to %1: the connection was refused (is the server running?).")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found; check the server address.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("%1 did not answer in time.").arg(host);
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &error : m_sslErrors) {
            reasons.append(error.errorString());
        }
        return tr("The secure connection to %1 failed: %2")
            .arg(host, reasons.isEmpty() ? m_reply->errorString() : reasons.join(u"; "_s));
    }
    default:
        return tr("Cannot reach %1: %2").arg(host, m_reply->errorString());
    }
}

} // namespace deskside::sync

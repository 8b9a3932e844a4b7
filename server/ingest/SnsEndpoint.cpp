#include "ingest/SnsEndpoint.h"

#include "ServerContext.h"
#include "alerts/AlertStore.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "ingest/CloudWatchAlarm.h"
#include "ingest/HttpFetcher.h"
#include "ingest/IngestReply.h"
#include "ingest/SnsMessage.h"
#include "routes/RouteHelpers.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace deskside::server {

SnsEndpoint::SnsEndpoint(ServerContext &context)
    : m_context(context)
    , m_verifier(context.sns ? *context.sns : SnsSettings{})
{}

ApiResponse SnsEndpoint::handle(const ApiRequest &request)
{
    const auto message = SnsMessage::parse(request.body);
    if (!message) {
        return invalidBody(message.error());
    }
    const QStringList allowed = m_context.sns ? m_context.sns->allowedTopics : QStringList();
    if (!allowed.contains(message->topicArn)) {
        qCWarning(lcServerHttp) << "SNS delivery from a topic that is not allowed:"
                                << message->topicArn;
        return ApiResponse::problem(
            403, u"the SNS topic %1 is not allowed here (see --sns-allowed-topic)"_s.arg(
                     message->topicArn));
    }
    if (const Status verified = m_verifier.verify(*message, m_context.clock->now()); !verified) {
        const Error &error = verified.error();
        qCWarning(lcServerHttp) << "SNS message" << message->messageId
                                << "refused:" << error.message;
        if (error.code == u"unavailable"_s) {
            return ApiResponse::problem(503, error.message);
        }
        return error.code == u"forbidden"_s ? ApiResponse::problem(403, error.message)
                                            : invalidBody(error);
    }
    auto seen = m_context.db->scalar(u"SELECT COUNT(*) FROM sns_messages WHERE message_id = ?"_s,
                                     {message->messageId});
    if (!seen) {
        return storageFailure(seen.error());
    }
    if (seen->toLongLong() > 0) {
        return ApiResponse::problem(409, u"this SNS message was already received"_s,
                                    {{u"message_id"_s, message->messageId}});
    }
    auto recorded = m_context.db->exec(
        u"INSERT INTO sns_messages (message_id, topic_arn, type, received_at)"
        " VALUES (?, ?, ?, ?)"_s,
        {message->messageId, message->topicArn, message->typeName, m_context.nowSecs()});
    if (!recorded) {
        return storageFailure(recorded.error());
    }
    switch (message->type) {
    case SnsMessage::Type::Notification:
        return notification(*message);
    case SnsMessage::Type::SubscriptionConfirmation:
        return confirmSubscription(*message);
    case SnsMessage::Type::UnsubscribeConfirmation:
        qCInfo(lcServerHttp) << "SNS unsubscribed this server from" << message->topicArn;
        return ApiResponse::json(200, QJsonObject{{u"outcome"_s, u"unsubscribed"_s}});
    }
    return ApiResponse::problem(422, u"unknown SNS message type"_s);
}

ApiResponse SnsEndpoint::notification(const SnsMessage &message)
{
    const auto alarm = CloudWatchAlarm::decode(message.message, message.topicArn);
    if (!alarm) {
        return invalidBody(alarm.error());
    }
    if (!alarm.value()) {
        return ApiResponse::json(200, IngestReply::ignored());
    }
    const auto ingested = m_context.alerts->ingest(*alarm.value(), m_context.nowSecs());
    if (!ingested) {
        return storageFailure(ingested.error());
    }
    return ApiResponse::json(200, IngestReply::json(ingested.value()));
}

ApiResponse SnsEndpoint::confirmSubscription(const SnsMessage &message)
{
    const QUrl url(message.subscribeUrl, QUrl::StrictMode);
    const bool sns = url.scheme() == u"https"_s && HttpFetcher::isSnsHost(url.host());
    const bool loopback = (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
                          HttpFetcher::isLoopback(url.host());
    if (!url.isValid() || !(sns || loopback)) {
        return ApiResponse::problem(
            403, u"the SubscribeURL '%1' is not an https URL on an Amazon SNS host"_s.arg(
                     message.subscribeUrl));
    }
    const auto confirmed = HttpFetcher::get(url);
    if (!confirmed) {
        qCWarning(lcServerHttp) << "SNS subscription not confirmed:" << confirmed.error().message;
        return ApiResponse::problem(
            502, u"the subscription could not be confirmed: %1"_s.arg(confirmed.error().message));
    }
    qCInfo(lcServerHttp) << "confirmed the SNS subscription to" << message.topicArn;
    return ApiResponse::json(200, QJsonObject{{u"outcome"_s, u"confirmed"_s}});
}

} // namespace deskside::server

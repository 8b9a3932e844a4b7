#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "ingest/SnsVerifier.h"

namespace deskside::server {

struct ServerContext;
struct SnsMessage;

// POST /api/v1/integrations/sns: an Amazon SNS delivery, in the request's transaction.
// Order of checks: envelope (400/422) → topic allow-list (403) → signature (403, or
// 422 for an unsupported SignatureVersion) → MessageId not seen before (409) → then the
// Notification's CloudWatch alarm is ingested, a SubscriptionConfirmation confirmed by
// a GET of its SubscribeURL (an SNS host over https, or a loopback address), an
// UnsubscribeConfirmation recorded.
class SnsEndpoint
{
public:
    explicit SnsEndpoint(ServerContext &context);

    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse notification(const SnsMessage &message);
    ApiResponse confirmSubscription(const SnsMessage &message);

    ServerContext &m_context;
    SnsVerifier m_verifier;
};

} // namespace deskside::server

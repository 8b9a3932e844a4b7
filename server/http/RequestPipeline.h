#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/RateLimiter.h"

namespace deskside {
class Clock;
}

namespace deskside::server {

class Database;
class IdempotencyStore;
class Router;
class SessionStore;

struct PipelineLimits
{
    qint64 maxBodyBytes = 256 * 1024;
    int requestsPerMinute = 600; // per token and per address; 0 = unlimited
};

// Every request passes here: size cap, rate limits, routing, authentication, access,
// then the route — mutations inside one transaction with their Idempotency-Key record.
class RequestPipeline
{
public:
    RequestPipeline(Database &db, const Router &router, SessionStore &sessions,
                    IdempotencyStore &idempotency, const Clock &clock, PipelineLimits limits);

    ApiResponse handle(ApiRequest request);

private:
    ApiResponse authorise(ApiRequest &request, const struct Route &route);
    ApiResponse runMutation(ApiRequest &request, const struct Route &route);
    std::optional<ApiResponse> rateLimited(const QString &key);

    Database &m_db;
    const Router &m_router;
    SessionStore &m_sessions;
    IdempotencyStore &m_idempotency;
    const Clock &m_clock;
    PipelineLimits m_limits;
    RateLimiter m_limiter;
};

} // namespace deskside::server

#include "http/RequestPipeline.h"

#include "auth/SessionStore.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "db/Database.h"
#include "http/Router.h"
#include "sync/IdempotencyStore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

bool allowed(Access access, const AuthUser &user)
{
    switch (access) {
    case Access::Public:
    case Access::SignedIn:
        return true;
    case Access::Staff:
        return user.isStaff();
    case Access::Manager:
        return user.isManager();
    case Access::Admin:
        return user.role == Role::Admin;
    }
    return false;
}

QByteArray requestHash(const ApiRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.header("if-match"));
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result().toHex();
}

} // namespace

RequestPipeline::RequestPipeline(Database &db, const Router &router, SessionStore &sessions,
                                 IdempotencyStore &idempotency, const Clock &clock,
                                 PipelineLimits limits)
    : m_db(db)
    , m_router(router)
    , m_sessions(sessions)
    , m_idempotency(idempotency)
    , m_clock(clock)
    , m_limits(limits)
    , m_limiter(limits.requestsPerMinute)
{}

std::optional<ApiResponse> RequestPipeline::rateLimited(const QString &key)
{
    const auto wait = m_limiter.take(key, m_clock.now().toMSecsSinceEpoch());
    if (!wait) {
        return std::nullopt;
    }
    return ApiResponse::problem(429, u"too many requests; retry in %1 s"_s.arg(*wait))
        .withHeader("Retry-After", QByteArray::number(*wait));
}

ApiResponse RequestPipeline::handle(ApiRequest request)
{
    if (request.body.size() > m_limits.maxBodyBytes) {
        return ApiResponse::problem(
            413, u"the request body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes));
    }
    if (auto limited = rateLimited(u"addr:"_s + request.remote.toString())) {
        return *limited;
    }
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        return match.pathKnown
                   ? ApiResponse::problem(
                         405, u"%1 is not allowed on %2"_s.arg(request.method, request.path))
                   : ApiResponse::problem(404, u"there is no resource at %1"_s.arg(request.path));
    }
    request.params = match.params;
    return authorise(request, *match.route);
}

ApiResponse RequestPipeline::authorise(ApiRequest &request, const Route &route)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) {
        const QByteArray token = authorization.mid(7).trimmed();
        if (auto limited = rateLimited(u"token:"_s + QString::fromLatin1(token.left(64)))) {
            return *limited;
        }
        // An integration's token is checked by the route, not taken for a session.
        request.user = route.authenticatesItself ? std::nullopt : m_sessions.userForToken(token);
        if (!request.user && !route.authenticatesItself) {
            return ApiResponse::problem(
                401,
                u"the session token is not valid (expired, revoked or mistyped); sign in again"_s);
        }
    }
    if (route.access != Access::Public) {
        if (!request.user) {
            return ApiResponse::problem(401,
                                        u"sign in first: send 'Authorization: Bearer TOKEN'"_s);
        }
        if (!allowed(route.access, *request.user)) {
            return ApiResponse::problem(
                403, u"your role may not use %1 %2"_s.arg(request.method, route.pattern));
        }
    }
    if (!route.mutation) {
        return route.handler(request);
    }
    return runMutation(request, route);
}

ApiResponse RequestPipeline::runMutation(ApiRequest &request, const Route &route)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty() && route.requiresIdempotencyKey) {
        return ApiResponse::problem(
            428,
            u"send an 'Idempotency-Key' header (a unique value per change) so a retry cannot apply it twice"_s);
    }
    if (key.size() > 200) {
        return ApiResponse::problem(400, u"the Idempotency-Key is longer than 200 characters"_s);
    }
    const QString caller =
        request.user ? u"user:%1"_s.arg(request.user->id) : u"addr:"_s + request.remote.toString();
    const QByteArray hash = requestHash(request);
    ApiResponse response;
    const Status status = m_db.transaction([&]() -> Status {
        if (!key.isEmpty()) {
            auto stored = m_idempotency.find(caller, key);
            if (!stored) {
                return stored.error();
            }
            if (stored.value()) {
                const auto &first = *stored.value();
                response =
                    first.requestHash == hash
                        ? first.response
                        : ApiResponse::problem(
                              422,
                              u"this Idempotency-Key was already used for a different request"_s);
                if (first.requestHash == hash) {
                    response.withHeader("Idempotent-Replayed", "true");
                }
                return {};
            }
        }
        response = route.handler(request);
        if (!response.isSuccess()) {
            return makeError(u"rollback"_s, {});
        }
        if (!key.isEmpty()) {
            return m_idempotency.save(caller, key, hash, response,
                                      m_clock.now().toSecsSinceEpoch());
        }
        return {};
    });
    if (!status && status.error().code != u"rollback"_s) {
        qCWarning(lcServerHttp) << "request failed:" << status.error().message;
        // A concurrent request with the same key, or a write race: the client retries.
        return ApiResponse::problem(
            409, u"the change could not be stored (a concurrent request?); retry it"_s);
    }
    return response;
}

} // namespace deskside::server

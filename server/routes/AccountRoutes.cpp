#include "routes/AccountRoutes.h"

#include "ServerContext.h"
#include "api/AccountRequests.h"
#include "auth/SessionStore.h"
#include "auth/UserStore.h"
#include "http/Router.h"
#include "mail/MailOutbox.h"
#include "routes/RouteHelpers.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

QJsonObject userJson(const AuthUser &user)
{
    return {{u"id"_s, user.id},
            {u"login"_s, user.login},
            {u"name"_s, user.name},
            {u"email"_s, user.email},
            {u"role"_s, roleToWire(user.role)},
            {u"email_verified"_s, user.emailVerified}};
}

ApiResponse signIn(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeSession(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    const auto user = context.users->authenticate(body->login, body->password);
    if (!user) {
        return ApiResponse::problem(
            401, u"the login or password is wrong, or the account is disabled"_s);
    }
    const auto token = context.sessions->create(user->id, context.nowSecs());
    if (!token) {
        return storageFailure(token.error());
    }
    return ApiResponse::json(201, QJsonObject{{u"token"_s, QString::fromLatin1(token.value())},
                                              {u"user"_s, userJson(*user)}});
}

ApiResponse signOut(ServerContext &context, ApiRequest &request)
{
    const QByteArray token = request.header("authorization").mid(7).trimmed();
    if (const Status revoked = context.sessions->revoke(token); !revoked) {
        return storageFailure(revoked.error());
    }
    return ApiResponse::empty(204);
}

ApiResponse signUp(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeSignup(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    auto user = context.users->add(
        {body->login, body->email, body->name, Role::Customer, body->password}, context.nowSecs());
    if (!user) {
        if (user.error().code == u"login_taken"_s) {
            return ApiResponse::problem(409, user.error().message, {{u"field"_s, u"login"_s}});
        }
        return invalidBody(user.error());
    }
    // The account sees the address's tickets only after proving it owns the address.
    const QString code = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
    if (const Status set = context.users->setVerificationCode(user->id, code); !set) {
        return storageFailure(set.error());
    }
    const Status mailed = context.mail->enqueue(
        user->email, u"Your Deskside verification code"_s,
        u"Hello %1,\n\nyour verification code is %2.\nEnter it in Deskside to see your support "
        "tickets.\n\nIf you did not sign up, ignore this message.\n"_s.arg(user->name, code),
        context.nowSecs());
    if (!mailed) {
        return storageFailure(mailed.error());
    }
    AuthUser created = user.value();
    created.emailVerified = false;
    return ApiResponse::json(201, userJson(created));
}

ApiResponse verify(ServerContext &context, ApiRequest &request)
{
    const auto body = api::decodeVerify(request.body);
    if (!body) {
        return invalidBody(body.error());
    }
    if (const Status verified = context.users->verify(request.caller().id, body->code); !verified) {
        return verified.error().code == u"code"_s
                   ? ApiResponse::problem(422, verified.error().message, {{u"field"_s, u"code"_s}})
                   : storageFailure(verified.error());
    }
    AuthUser user = request.caller();
    user.emailVerified = true;
    return ApiResponse::json(200, userJson(user));
}

} // namespace

void registerAccountRoutes(Router &router, ServerContext &context)
{
    router.add({u"POST"_s, u"/api/v1/session"_s, Access::Public, true, false,
                [&context](ApiRequest &request) { return signIn(context, request); }});
    router.add({u"DELETE"_s, u"/api/v1/session"_s, Access::SignedIn, true, false,
                [&context](ApiRequest &request) { return signOut(context, request); }});
    router.add({u"GET"_s, u"/api/v1/me"_s, Access::SignedIn, false, false, [](ApiRequest &request) {
                    return ApiResponse::json(200, userJson(request.caller()));
                }});
    router.add({u"POST"_s, u"/api/v1/signup"_s, Access::Public, true, false,
                [&context](ApiRequest &request) { return signUp(context, request); }});
    router.add({u"POST"_s, u"/api/v1/signup/verify"_s, Access::SignedIn, true, false,
                [&context](ApiRequest &request) { return verify(context, request); }});
}

} // namespace deskside::server

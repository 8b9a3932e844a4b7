#include "api/AccountRequests.h"

#include "api/JsonReader.h"

using namespace Qt::StringLiterals;

namespace deskside::api {

Result<SessionRequest> decodeSession(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto login = reader->requiredString(u"login"_s, 64);
    if (!login) {
        return login.error();
    }
    const QJsonValue password = reader->object().value(u"password"_s);
    if (!password.isString() || password.toString().isEmpty() ||
        password.toString().size() > 1024) {
        return makeError(u"password"_s, u"'password' is required"_s);
    }
    return SessionRequest{login.value(), password.toString()};
}

Result<SignupRequest> decodeSignup(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    SignupRequest request;
    for (auto [field, target, limit] :
         {std::tuple{u"login"_s, &request.login, 64}, std::tuple{u"email"_s, &request.email, 254},
          std::tuple{u"name"_s, &request.name, 200}}) {
        auto value = reader->requiredString(field, limit);
        if (!value) {
            return value.error();
        }
        *target = value.value();
    }
    const QJsonValue password = reader->object().value(u"password"_s);
    if (!password.isString() || password.toString().size() < 8 ||
        password.toString().size() > 1024) {
        return makeError(u"password"_s, u"'password' needs at least 8 characters"_s);
    }
    request.password = password.toString();
    return request;
}

Result<VerifyRequest> decodeVerify(const QByteArray &body)
{
    auto reader = JsonReader::parse(body);
    if (!reader) {
        return reader.error();
    }
    auto code = reader->requiredString(u"code"_s, 64);
    if (!code) {
        return code.error();
    }
    return VerifyRequest{code.value()};
}

} // namespace deskside::api

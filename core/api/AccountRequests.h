#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace deskside::api {

// Request bodies of the account endpoints. Decoders fail with the field's name as
// the error code and a message saying what is wrong.
struct SessionRequest
{
    QString login;
    QString password;
};

struct SignupRequest
{
    QString login;
    QString email;
    QString name;
    QString password;
};

struct VerifyRequest
{
    QString code;
};

Result<SessionRequest> decodeSession(const QByteArray &body);
Result<SignupRequest> decodeSignup(const QByteArray &body);
Result<VerifyRequest> decodeVerify(const QByteArray &body);

} // namespace deskside::api

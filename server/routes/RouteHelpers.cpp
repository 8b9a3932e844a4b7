#include "routes/RouteHelpers.h"

#include "base/Logging.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

ApiResponse invalidBody(const Error &error)
{
    if (error.code == u"json"_s) {
        return ApiResponse::problem(400, error.message);
    }
    return ApiResponse::problem(422, error.message, {{u"field"_s, error.code}});
}

ApiResponse storageFailure(const Error &error)
{
    qCWarning(lcServerDb) << "storage failure:" << error.message;
    return ApiResponse::problem(500, u"the server could not read or store data; try again"_s);
}

QByteArray etagFor(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

qint64 versionFromIfMatch(const QByteArray &ifMatch)
{
    QByteArray value = ifMatch.trimmed();
    if (value.startsWith("W/")) {
        value = value.mid(2);
    }
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
    }
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    return ok && version > 0 ? version : -1;
}

} // namespace deskside::server

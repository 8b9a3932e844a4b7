#include "base/SqlSupport.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace deskside::sql {

Error error(const QString &what, const QSqlError &sqlError)
{
    return makeError(u"database"_s, u"%1: %2"_s.arg(what, sqlError.text()));
}

Result<QVariant> firstValue(Result<QSqlQuery> query)
{
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return makeError(u"not_found"_s, u"no row"_s);
    }
    return query.value().value(0);
}

Status transaction(QSqlDatabase db, int &depth, const std::function<Status()> &work)
{
    if (depth > 0) {
        ++depth;
        Status result = work();
        --depth;
        return result;
    }
    if (!db.transaction()) {
        return error(u"cannot begin a transaction"_s, db.lastError());
    }
    depth = 1;
    Status result = work();
    depth = 0;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error failed = error(u"cannot commit"_s, db.lastError());
        db.rollback();
        return failed;
    }
    return {};
}

} // namespace deskside::sql

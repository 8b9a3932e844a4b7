#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

class QSqlError;

// What the server's database and the client's cache share on top of QtSql.
namespace deskside::sql {

// An Error with code "database": "<what>: <driver text>".
Error error(const QString &what, const QSqlError &sqlError);

// The first column of the first row of a query that ran, or "not_found".
Result<QVariant> firstValue(Result<QSqlQuery> query);

// Runs work inside a transaction on db; commits when it succeeds, rolls back otherwise.
// depth counts nesting: nested calls join the outer transaction.
Status transaction(QSqlDatabase db, int &depth, const std::function<Status()> &work);

} // namespace deskside::sql

#pragma once

#include "base/Result.h"

#include <QStringList>

#include <cstdio>
#include <memory>

namespace deskside::server {

class Database;

// deskside-server user add|list|disable (accounts) and integration add|list
// (IntegrationCommand): administration on the database.
class AdminCommand
{
public:
    AdminCommand(std::FILE *in, std::FILE *out, std::FILE *err)
        : m_in(in)
        , m_out(out)
        , m_err(err)
    {}

    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);
    // Opens and migrates the database named by --database.
    static Result<std::unique_ptr<Database>> openDatabase(const QString &url);

private:
    Result<QString> execute(const QStringList &arguments);
    QString readPassword();

    std::FILE *m_in;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace deskside::server

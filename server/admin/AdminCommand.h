#pragma once

#include "base/Result.h"

#include <QStringList>

#include <cstdio>

namespace deskside::server {

// deskside-server user add|list|disable: account administration on the database.
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

private:
    Result<QString> execute(const QStringList &arguments);
    QString readPassword();

    std::FILE *m_in;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace deskside::server

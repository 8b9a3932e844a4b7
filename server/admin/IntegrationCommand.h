#pragma once

#include "base/Result.h"

#include <QStringList>

namespace deskside::server {

// deskside-server integration add --database DB --kind alertmanager|generic --name NAME
// (prints the new token: only its hash is stored) and integration list --database DB.
class IntegrationCommand
{
public:
    // What to print on standard output, or the error (exit code 2).
    static Result<QString> execute(const QStringList &arguments, qint64 now);
};

} // namespace deskside::server

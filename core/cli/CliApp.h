#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace deskside::cli {

// deskside-cli: finds the subcommand named by the first words and runs it.
class CliApp
{
public:
    CliApp(std::FILE *out, std::FILE *err);
    ~CliApp();

    int run(const QStringList &arguments);

private:
    QString usage() const;

    CliIo m_io;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace deskside::cli

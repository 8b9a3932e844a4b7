#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace deskside::cli {

// Every subcommand of deskside-cli, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace deskside::cli

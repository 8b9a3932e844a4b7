#include "cli/Commands.h"

#include "cli/EscalationPlanCommand.h"
#include "cli/OnCallWhoCommand.h"
#include "cli/SlaDueCommand.h"

namespace deskside::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // deskside-cli commands (one line each):
    commands.push_back(std::make_unique<SlaDueCommand>());
    commands.push_back(std::make_unique<OnCallWhoCommand>());
    commands.push_back(std::make_unique<EscalationPlanCommand>());
    return commands;
}

} // namespace deskside::cli

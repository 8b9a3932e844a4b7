#include "cli/CliApp.h"

#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace deskside::cli {

CliApp::CliApp(std::FILE *out, std::FILE *err)
    : m_io{out, err}
    , m_commands(allCommands())
{}

CliApp::~CliApp() = default;

int CliApp::run(const QStringList &arguments)
{
    const QStringList words = arguments.mid(1);
    if (words.isEmpty()) {
        std::fputs(qPrintable(usage()), m_io.err);
        return ExitUsage;
    }
    if (words.first() == u"--help"_s || words.first() == u"-h"_s || words.first() == u"help"_s) {
        std::fputs(qPrintable(usage()), m_io.out);
        return ExitOk;
    }
    if (words.first() == u"--version"_s || words.first() == u"-v"_s) {
        m_io.print(u"deskside-cli " DESKSIDE_VERSION ""_s);
        return ExitOk;
    }
    for (const auto &command : m_commands) {
        const QStringList path = command->path();
        if (words.mid(0, path.size()) == path) {
            return command->run(words.mid(path.size()), m_io);
        }
    }
    m_io.complain(
        u"unknown command '%1' (see deskside-cli --help)"_s.arg(words.mid(0, 2).join(u' ')));
    return ExitUsage;
}

QString CliApp::usage() const
{
    QString text = u"Usage: deskside-cli COMMAND [OPTIONS]\n\nDeskside helpdesk rules from the "
                   "command line.\n\nCommands:\n"_s;
    for (const auto &command : m_commands) {
        text +=
            u"  %1  %2\n"_s.arg(command->path().join(u' ').leftJustified(18), command->summary());
    }
    text += u"\nRun 'deskside-cli COMMAND --help' for a command's options.\n"_s;
    return text;
}

} // namespace deskside::cli

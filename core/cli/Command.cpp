#include "cli/Command.h"

using namespace Qt::StringLiterals;

namespace deskside::cli {

void CliIo::print(const QString &line) const
{
    std::fputs(qPrintable(line + u'\n'), out);
    std::fflush(out);
}

void CliIo::complain(const QString &line) const
{
    std::fputs(qPrintable(u"deskside-cli: "_s + line + u'\n'), err);
    std::fflush(err);
}

int Command::run(const QStringList &arguments, const CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    addOptions(parser);
    QStringList full = arguments;
    full.prepend(u"deskside-cli "_s + path().join(u' '));
    if (!parser.parse(full)) {
        io.complain(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the binary by its full path; users type "deskside-cli sla due".
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(u" [options]"_s);
        if (text.startsWith(u"Usage: "_s) && options > 0) {
            text.replace(0, options, u"Usage: deskside-cli "_s + path().join(u' '));
        }
        std::fputs(qPrintable(text), io.out);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.complain(
            u"unexpected argument '%1' (see --help)"_s.arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    const auto lines = execute(parser);
    if (!lines) {
        io.complain(lines.error().message);
        return ExitUsage;
    }
    for (const QString &line : lines.value()) {
        io.print(line);
    }
    return ExitOk;
}

Result<QString> Command::required(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        return makeError(u"missing_option"_s, u"--%1 is required (see --help)"_s.arg(name));
    }
    return parser.value(name);
}

} // namespace deskside::cli

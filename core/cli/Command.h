#pragma once

#include "base/Result.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

namespace deskside::cli {

// Where a command writes: standard output for results, standard error for problems.
struct CliIo
{
    std::FILE *out;
    std::FILE *err;

    void print(const QString &line) const;
    void complain(const QString &line) const;
};

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// One subcommand such as "sla due". Subclasses declare their options in
// addOptions() and act in execute(); parsing, --help and the one-line error on
// bad input are handled here.
class Command
{
public:
    virtual ~Command() = default;

    virtual QStringList path() const = 0; // e.g. {"sla", "due"}
    virtual QString summary() const = 0;

    int run(const QStringList &arguments, const CliIo &io);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Returns the lines to print, or an error that becomes "deskside-cli: message" and exit 2.
    virtual Result<QStringList> execute(const QCommandLineParser &parser) = 0;

    // The value of a required option, or an error naming it.
    static Result<QString> required(const QCommandLineParser &parser, const QString &name);
};

} // namespace deskside::cli

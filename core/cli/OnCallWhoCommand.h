#pragma once

#include "cli/Command.h"

namespace deskside::cli {

// deskside-cli oncall who --schedule FILE [--at TIME] [--verbose]
// Line 1 is the login on call and nothing else, so scripts can use it.
class OnCallWhoCommand final : public Command
{
public:
    QStringList path() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    Result<QStringList> execute(const QCommandLineParser &parser) override;
};

} // namespace deskside::cli

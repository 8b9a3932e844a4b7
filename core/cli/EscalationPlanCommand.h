#pragma once

#include "cli/Command.h"

namespace deskside::cli {

// deskside-cli escalation plan --policy FILE --raised TIME [--acked TIME]
//   [--resolved TIME] [--severity LEVEL] [--schedule FILE ...] [--zone ZONE]
// Prints one line per notification; the format is in --help.
class EscalationPlanCommand final : public Command
{
public:
    QStringList path() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    Result<QStringList> execute(const QCommandLineParser &parser) override;
};

} // namespace deskside::cli

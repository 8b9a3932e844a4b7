#pragma once

#include "cli/Command.h"

namespace deskside::cli {

// deskside-cli sla due --priority P --opened TIME [--target resolve|respond] [--explain]
// Line 1 is the due time, ISO-8601 in the calendar's zone; --explain adds why.
class SlaDueCommand final : public Command
{
public:
    QStringList path() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    Result<QStringList> execute(const QCommandLineParser &parser) override;
};

} // namespace deskside::cli

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs one of the built programs and collects what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = false;
};

inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

#pragma once

#include "base/Result.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTest>

#include <optional>

// Helpers for the tests that use the real Secret Service inside scripts/with-keyring.
namespace keyringtest {

// True only inside scripts/with-keyring, whose throwaway HOME holds the keyring: the tests
// must never write into the keychain of the person running them.
inline bool insidePrivateKeyring()
{
    const QByteArray home = qgetenv("DESKSIDE_KEYRING_HOME");
    return !home.isEmpty() && home == qgetenv("HOME") &&
           QDir(QString::fromLocal8Bit(home)).exists();
}

inline constexpr const char *needsKeyring =
    "these tests need the private Secret Service of scripts/with-keyring, e.g. "
    "scripts/with-keyring build/dev/tests/core/account/tst_credentialstore";

// What became of a job that should end in exactly one finished() signal and delete itself.
template<typename T> struct Outcome
{
    int finishedSignals = 0;
    bool deleted = false;
    std::optional<deskside::Result<T>> result;
};

template<typename T, typename Job> Outcome<T> await(Job *job)
{
    Outcome<T> outcome;
    QObject context;
    QPointer<Job> alive(job);
    QObject::connect(job, &Job::finished, &context, [&outcome](const deskside::Result<T> &result) {
        ++outcome.finishedSignals;
        outcome.result = result;
    });
    // Once the job has deleted itself it can signal no more: the count is final.
    outcome.deleted = QTest::qWaitFor([&alive] { return alive.isNull(); }, 60000);
    return outcome;
}

struct Scan
{
    QStringList scanned;
    QStringList containing;
};

// Every regular file under dir (hidden ones too) and which of them contain needle.
inline Scan scanFiles(const QString &dir, const QByteArray &needle)
{
    Scan scan;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // a file of another test that is gone again
        }
        scan.scanned.append(path);
        if (file.readAll().contains(needle)) {
            scan.containing.append(path);
        }
    }
    return scan;
}

} // namespace keyringtest

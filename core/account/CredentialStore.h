#pragma once

#include "base/Result.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace deskside::account {

// One keychain operation. It ends in exactly one finished() signal, success or failure, and
// deletes itself afterwards. For read() the value is the token; for write() and remove() it is
// empty.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    explicit CredentialJob(QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const deskside::Result<QString> &result);

private:
    friend class CredentialStore;
    void watch(QKeychain::Job *job, bool isRead);
    void finish(const Result<QString> &result);

    bool m_finished = false;
};

// The bearer token of each account, in the system keychain (the Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows) under the service "Deskside" and the
// account id. Never falls back to storing tokens in plain files.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    CredentialJob *write(const QString &accountId, const QString &token);
    CredentialJob *read(const QString &accountId);
    // Removing an entry that is not there succeeds.
    CredentialJob *remove(const QString &accountId);

    static QString serviceName();

private:
    CredentialJob *start(QKeychain::Job *job, const QString &accountId, bool isRead);
};

} // namespace deskside::account

#include "account/CredentialStore.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace deskside::account {

namespace {

QString trKeychain(const char *text)
{
    return QCoreApplication::translate("deskside::account::CredentialStore", text);
}

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(u"not_found"_s,
                         trKeychain("No token for this account is stored in the system keychain."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(
            u"keychain_denied"_s,
            trKeychain("Access to the system keychain was denied: %1").arg(job.errorString()));
    default:
        return makeError(
            u"keychain_unavailable"_s,
            trKeychain("The system keychain is locked or unavailable: %1").arg(job.errorString()));
    }
}

} // namespace

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{}

void CredentialJob::watch(QKeychain::Job *job, bool isRead)
{
    connect(job, &QKeychain::Job::finished, this, [this, isRead](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError) {
            const bool removingMissing =
                done->error() == QKeychain::EntryNotFound &&
                qobject_cast<QKeychain::DeletePasswordJob *>(done) != nullptr;
            finish(removingMissing ? Result<QString>(QString()) : keychainError(*done));
            return;
        }
        const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        finish(isRead && reader ? reader->textData() : QString());
    });
}

void CredentialJob::finish(const Result<QString> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (!result) {
        qCInfo(lcAccount) << "keychain job failed:" << result.error().message;
    }
    Q_EMIT finished(result);
    deleteLater();
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::serviceName()
{
    return u"Deskside"_s;
}

CredentialJob *CredentialStore::write(const QString &accountId, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(token);
    return start(job, accountId, false);
}

CredentialJob *CredentialStore::read(const QString &accountId)
{
    return start(new QKeychain::ReadPasswordJob(serviceName()), accountId, true);
}

CredentialJob *CredentialStore::remove(const QString &accountId)
{
    return start(new QKeychain::DeletePasswordJob(serviceName()), accountId, false);
}

CredentialJob *CredentialStore::start(QKeychain::Job *job, const QString &accountId, bool isRead)
{
    auto *credential = new CredentialJob(this);
    job->setParent(credential);
    job->setAutoDelete(false);
    // Tokens go to the real keychain or nowhere: never to a plain settings file.
    job->setInsecureFallback(false);
    if (accountId.isEmpty()) {
        QTimer::singleShot(0, credential, [credential] {
            credential->finish(
                makeError(u"invalid_account"_s, tr("A keychain entry needs an account id.")));
        });
        return credential;
    }
    job->setKey(accountId);
    credential->watch(job, isRead);
    job->start();
    return credential;
}

} // namespace deskside::account

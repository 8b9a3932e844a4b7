#include "KeyringTestSupport.h"
#include "account/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::account;
using keyringtest::await;

class TestCredentialStore : public QObject
{
    Q_OBJECT

    static QString newAccountId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // Runs a job to its end and checks that it ended in exactly one signal.
    static std::optional<Result<QString>> run(CredentialJob *job)
    {
        const auto outcome = await<QString>(job);
        if (!outcome.deleted || outcome.finishedSignals != 1) {
            qWarning("the job ended in %d signals (deleted: %d)", outcome.finishedSignals,
                     outcome.deleted);
            return std::nullopt;
        }
        return outcome.result;
    }

    CredentialStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringtest::insidePrivateKeyring(), keyringtest::needsKeyring);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addRow("url-safe base64") << u"q0Z3v8lW_x-2Yh1kPz9rT4sNcA7mEuJbDfGiHoLp"_s;
        QTest::addRow("non-ascii") << u"jeton-été-✓-東京"_s;
        QTest::addRow("long") << QString(4096, u'k');
        QTest::addRow("one character") << u"x"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, token);
        const QString id = newAccountId();
        const auto written = run(m_store.write(id, token));
        QVERIFY(written && written->ok());
        const auto read = run(m_store.read(id));
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
        QCOMPARE(read->value(), token);
        const auto removed = run(m_store.remove(id));
        QVERIFY(removed && removed->ok());
        const auto gone = run(m_store.read(id));
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().code, u"not_found"_s);
    }

    void readOfMissingEntryIsAClearError()
    {
        const auto read = run(m_store.read(newAccountId()));
        QVERIFY(read);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, u"not_found"_s);
        QVERIFY2(read->error().message.contains(u"system keychain"_s),
                 qPrintable(read->error().message));
    }

    void removeOfMissingEntrySucceeds()
    {
        const auto removed = run(m_store.remove(newAccountId()));
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().message));
    }

    void accountsAreKeptApart()
    {
        const QString first = newAccountId();
        const QString second = newAccountId();
        QVERIFY(run(m_store.write(first, u"token-of-the-first"_s))->ok());
        QVERIFY(run(m_store.write(second, u"token-of-the-second"_s))->ok());
        QCOMPARE(run(m_store.read(first))->value(), u"token-of-the-first"_s);
        QCOMPARE(run(m_store.read(second))->value(), u"token-of-the-second"_s);

        QVERIFY(run(m_store.remove(first))->ok());
        QCOMPARE(run(m_store.read(first))->error().code, u"not_found"_s);
        QCOMPARE(run(m_store.read(second))->value(), u"token-of-the-second"_s);
        QVERIFY(run(m_store.remove(second))->ok());
    }

    void writingAgainReplacesTheToken()
    {
        const QString id = newAccountId();
        QVERIFY(run(m_store.write(id, u"old-token"_s))->ok());
        QVERIFY(run(m_store.write(id, u"new-token"_s))->ok());
        QCOMPARE(run(m_store.read(id))->value(), u"new-token"_s);
        QVERIFY(run(m_store.remove(id))->ok());
    }

    void emptyAccountIdIsRefused_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addRow("write") << 0;
        QTest::addRow("read") << 1;
        QTest::addRow("remove") << 2;
    }
    void emptyAccountIdIsRefused()
    {
        QFETCH(int, operation);
        CredentialJob *job = operation == 0   ? m_store.write({}, u"token"_s)
                             : operation == 1 ? m_store.read({})
                                              : m_store.remove({});
        const auto result = run(job);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, u"invalid_account"_s);
    }

    // The token is in the Secret Service under the service "Deskside" and the account id, and
    // in no file in plain text.
    void tokenIsInTheKeychainUnderTheDesksideService()
    {
        const QString id = newAccountId();
        const QString token = QUuid::createUuid().toString(QUuid::Id128) + u"-secret"_s;
        QVERIFY(run(m_store.write(id, token))->ok());

        QKeychain::ReadPasswordJob direct(u"Deskside"_s);
        direct.setAutoDelete(false);
        direct.setKey(id);
        QSignalSpy done(&direct, &QKeychain::Job::finished);
        direct.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(direct.error(), QKeychain::NoError);
        QCOMPARE(direct.textData(), token);

        QKeychain::ReadPasswordJob otherService(u"Not-Deskside"_s);
        otherService.setAutoDelete(false);
        otherService.setKey(id);
        QSignalSpy otherDone(&otherService, &QKeychain::Job::finished);
        otherService.start();
        QVERIFY(otherDone.wait(60000));
        QCOMPARE(otherService.error(), QKeychain::EntryNotFound);

        const auto scan = keyringtest::scanFiles(QDir::homePath(), token.toUtf8());
        QVERIFY(!scan.scanned.isEmpty());
        QVERIFY2(scan.containing.isEmpty(), qPrintable(scan.containing.join(u", "_s)));
        QVERIFY(run(m_store.remove(id))->ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

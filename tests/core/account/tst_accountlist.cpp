#include "account/AccountList.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::account;

namespace {

Account makeAccount(const QString &id, const QString &login, int day)
{
    Account account;
    account.id = id;
    account.serverUrl = QUrl(u"https://help.example.com/desk"_s);
    account.login = login;
    account.displayName = login.toUpper();
    account.role = u"specialist"_s;
    account.email = login + u"@example.com"_s;
    account.lastUsed = QDateTime(QDate(2026, 3, day), QTime(9, 30), QTimeZone::utc());
    account.signedIn = true;
    return account;
}

} // namespace

class TestAccountList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(u"accounts.conf"_s); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void addedAccountsSurviveARestart()
    {
        const Account ana = makeAccount(u"id-ana"_s, u"ana"_s, 2);
        const Account ben = makeAccount(u"id-ben"_s, u"ben"_s, 5);
        {
            QSettings settings(file(), QSettings::IniFormat);
            AccountList list(&settings);
            QSignalSpy changed(&list, &AccountList::changed);
            QVERIFY(list.add(ana).ok());
            QVERIFY(list.add(ben).ok());
            QVERIFY(list.setCurrent(ana.id).ok());
            QCOMPARE(changed.count(), 3);
        }
        QSettings settings(file(), QSettings::IniFormat);
        AccountList list(&settings);
        QCOMPARE(list.list(), (QList<Account>{ben, ana})); // most recently used first
        QCOMPARE(*list.current(), ana);
        QCOMPARE(*list.find(ben.id), ben);
        QVERIFY(!list.find(u"id-nobody"_s));
    }

    void refusesBadChanges_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("add");
        QTest::addColumn<QString>("code");
        QTest::addRow("duplicate id") << u"id-ana"_s << true << u"duplicate_account"_s;
        QTest::addRow("empty id") << QString() << true << u"invalid_account"_s;
        QTest::addRow("slash in id") << u"a/b"_s << true << u"invalid_account"_s;
        QTest::addRow("update unknown") << u"id-nobody"_s << false << u"unknown_account"_s;
    }
    void refusesBadChanges()
    {
        QFETCH(QString, id);
        QFETCH(bool, add);
        QFETCH(QString, code);
        QSettings settings(file(), QSettings::IniFormat);
        AccountList list(&settings);
        QVERIFY(list.add(makeAccount(u"id-ana"_s, u"ana"_s, 2)).ok());
        const Account account = makeAccount(id, u"other"_s, 3);
        const Status status = add ? list.add(account) : list.update(account);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(list.list().size(), 1);
        QCOMPARE(list.find(u"id-ana"_s)->login, u"ana"_s);
    }

    void updateAndRemove()
    {
        QSettings settings(file(), QSettings::IniFormat);
        AccountList list(&settings);
        Account ana = makeAccount(u"id-ana"_s, u"ana"_s, 2);
        QVERIFY(list.add(ana).ok());
        QVERIFY(list.add(makeAccount(u"id-ben"_s, u"ben"_s, 5)).ok());
        QVERIFY(list.setCurrent(ana.id).ok());
        ana.signedIn = false;
        ana.displayName = u"Ana Lima"_s;
        QVERIFY(list.update(ana).ok());
        QCOMPARE(*list.current(), ana);

        list.remove(ana.id);
        QVERIFY(!list.find(ana.id));
        QVERIFY(!list.current()); // the current account is gone: none is current
        QCOMPARE(list.list().size(), 1);
        QCOMPARE(list.setCurrent(ana.id).error().code, u"unknown_account"_s);
        QVERIFY(list.setCurrent(u"id-ben"_s).ok());
    }

    void findsByServerAndLogin_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("found");
        QTest::addRow("same") << QUrl(u"https://help.example.com/desk"_s) << u"ana"_s << true;
        QTest::addRow("trailing slash")
            << QUrl(u"https://help.example.com/desk/"_s) << u"ana"_s << true;
        QTest::addRow("other login")
            << QUrl(u"https://help.example.com/desk"_s) << u"ben"_s << false;
        QTest::addRow("plain http") << QUrl(u"http://help.example.com/desk"_s) << u"ana"_s << false;
        QTest::addRow("other port")
            << QUrl(u"https://help.example.com:8443/desk"_s) << u"ana"_s << false;
    }
    void findsByServerAndLogin()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, login);
        QFETCH(bool, found);
        QSettings settings(file(), QSettings::IniFormat);
        AccountList list(&settings);
        QVERIFY(list.add(makeAccount(u"id-ana"_s, u"ana"_s, 2)).ok());
        const auto match = list.findByServerAndLogin(url, login);
        QCOMPARE(match.has_value(), found);
        if (found) {
            QCOMPARE(match->id, u"id-ana"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountList)
#include "tst_accountlist.moc"

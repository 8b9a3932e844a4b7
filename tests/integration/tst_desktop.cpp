#include "KeyringTestSupport.h"
#include "ServerFixture.h"
#include "account/AccountList.h"
#include "account/CredentialStore.h"
#include "db/Database.h"
#include "queue/QueueModel.h"
#include "queue/QueueTable.h"
#include "queue/ViewListModel.h"
#include "signin/SignInDialog.h"
#include "sync/Backoff.h"
#include "sync/SyncEngine.h"
#include "ticket/PriorityDialog.h"
#include "ticket/TicketComposer.h"
#include "ticket/TicketView.h"
#include "window/CacheDeskData.h"
#include "window/DesktopApp.h"
#include "window/MainWindow.h"
#include "window/QueueController.h"
#include "window/StatusController.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::server;
using namespace std::chrono_literals;

// The real desktop app against an in-process server: sign in, views and counts,
// search, open a ticket, reply, change priority, go offline, edit, reconnect.
class TestDesktop : public QObject
{
    Q_OBJECT

    int messagesOn(qint64 ticketId, const QString &body)
    {
        const auto count = m_server->context().db->scalar(
            u"SELECT COUNT(*) FROM messages WHERE ticket_id = ? AND body = ?"_s, {ticketId, body});
        return count ? count.value().toInt() : -1;
    }

    qint64 submit(const QString &subject)
    {
        const HttpReply reply = m_server->client().post(u"/api/v1/public/tickets"_s,
                                                        {{u"email"_s, u"pat@example.org"_s},
                                                         {u"name"_s, u"Pat"_s},
                                                         {u"subject"_s, subject},
                                                         {u"body"_s, u"Details"_s},
                                                         {u"priority"_s, u"high"_s}});
        return reply.json().value(u"id"_s).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyringtest::insidePrivateKeyring(), keyringtest::needsKeyring);
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ServerFixture>();
        QVERIFY(m_server->start());
        m_server->addUser(u"sam"_s, Role::Specialist);
        for (int i = 0; i < 12; ++i) {
            m_ids.append(
                submit(i % 3 == 0 ? u"Invoice %1 is wrong"_s.arg(i) : u"Orders stuck %1"_s.arg(i)));
        }
    }

    void workATicketEndToEnd()
    {
        QSettings settings(m_dir.filePath(u"deskside.ini"_s), QSettings::IniFormat);
        ui::DesktopApp app(m_clock, settings);
        QSignalSpy shown(&app, &ui::DesktopApp::windowShown);
        app.start(m_server->baseUrl(), u"sam"_s);
        QVERIFY(app.signInDialog());

        // Sign in: the dialog refuses a wrong password with the server's reason.
        ui::SignInDialog *dialog = app.signInDialog();
        dialog->findChildren<QLineEdit *>().at(2)->setText(u"wrong-password"_s);
        Q_EMIT dialog->signInRequested(dialog->server(), dialog->login(), dialog->password());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 30000);
        dialog->findChildren<QLineEdit *>().at(2)->setText(u"password-sam"_s);
        Q_EMIT dialog->signInRequested(dialog->server(), dialog->login(), dialog->password());
        QVERIFY(shown.wait(30000) || shown.count() == 1);
        ui::MainWindow *window = app.window();
        QVERIFY(window);
        app.desk()->engine().setBackoff(sync::Backoff(50ms, 400ms, 7));
        app.desk()->engine().setPollInterval(500ms);

        // Views and counts.
        ui::QueueController &queue = window->queue();
        QTRY_COMPARE_WITH_TIMEOUT(queue.countOf(u"all_open"_s), 12, 30000);
        QCOMPARE(queue.countOf(u"unassigned"_s), 12);
        QCOMPARE(queue.countOf(u"my_open"_s), 0);
        queue.selectView(window->queue().views()->rowOfKey(u"all_open"_s));
        QTRY_COMPARE_WITH_TIMEOUT(queue.model()->rowCount(), 12, 30000);

        // Search as you type.
        QTest::keyClicks(window->searchField(), u"invoice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(queue.model()->rowCount(), 4, 30000);
        window->searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(queue.model()->rowCount(), 12, 30000);

        // Open a ticket and reply.
        const qint64 id = m_ids.at(1);
        QVERIFY(window->table()->selectTicket(id));
        QTRY_VERIFY_WITH_TIMEOUT(window->ticketView()->hasTicket(), 10000);
        QCOMPARE(window->ticketView()->ticketId(), id);
        window->ticketView()->composer()->setText(u"We are on it."_s);
        window->ticketView()->composer()->sendReply();
        QTRY_COMPARE_WITH_TIMEOUT(messagesOn(id, u"We are on it."_s), 1, 30000);

        // Change priority: confirm stays disabled without an explanation.
        window->ticketView()->changePriority();
        ui::PriorityDialog *priority = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((priority = window->findChild<ui::PriorityDialog *>()) != nullptr,
                                 10000);
        priority->setPriority(ticket::Priority::Low);
        QVERIFY(!priority->canConfirm());
        QVERIFY(priority->dueText(sla::SlaTarget::Resolve, false) !=
                priority->dueText(sla::SlaTarget::Resolve, true));
        priority->findChild<QPlainTextEdit *>()->setPlainText(u"Workaround in place."_s);
        QVERIFY(priority->canConfirm());
        priority->accept();
        TestHttp staff = m_server->client();
        staff.signIn(u"sam"_s, u"password-sam"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            staff.get(u"/api/v1/tickets/%1"_s.arg(id)).json().value(u"priority"_s).toString(),
            u"low"_s, 30000);
        const QJsonArray changes = staff.get(u"/api/v1/tickets/%1"_s.arg(id))
                                       .json()
                                       .value(u"priority_changes"_s)
                                       .toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(u"explanation"_s).toString(),
                 u"Workaround in place."_s);
        QCOMPARE(changes.first().toObject().value(u"by"_s).toString(), u"sam"_s);

        // Offline: the edit is saved locally and delivered exactly once on reconnect.
        m_server->stop();
        window->ticketView()->composer()->setText(u"Written while offline."_s);
        window->ticketView()->composer()->sendReply();
        QTRY_COMPARE_WITH_TIMEOUT(app.desk()->pendingEdits(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->status().pendingText().contains(u"1 edit"_s), 30000);
        QVERIFY(m_server->restart(true));
        QTRY_COMPARE_WITH_TIMEOUT(app.desk()->pendingEdits(), 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(messagesOn(id, u"Written while offline."_s), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->status().pendingText().contains(u"All edits sent"_s),
                                 30000);

        // The token is in the keychain only: no file the app wrote contains it.
        account::AccountList accounts(&settings);
        QVERIFY(accounts.current());
        account::CredentialStore keychain;
        const auto stored = keyringtest::await<QString>(keychain.read(accounts.current()->id));
        QVERIFY(stored.result && stored.result->ok());
        const QByteArray token = stored.result->value().toUtf8();
        QVERIFY(token.size() > 20);
        settings.sync();
        for (const QString &dir : {m_dir.path(), qEnvironmentVariable("DESKSIDE_KEYRING_HOME")}) {
            const auto scan = keyringtest::scanFiles(dir, token);
            QVERIFY(!scan.scanned.isEmpty());
            QVERIFY2(scan.containing.isEmpty(), qPrintable(scan.containing.join(u", "_s)));
        }
    }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 9), QTime(15, 0), QTimeZone::utc())};
    std::unique_ptr<ServerFixture> m_server;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

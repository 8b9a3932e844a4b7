#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace deskside::server {

// Someone who opens demo tickets: a customer with an account (login set) or a
// public requester known only by name and e-mail.
struct DemoRequester
{
    QString name;
    QString email;
    QString login;

    QString firstName() const { return name.section(u' ', 0, 0); }
};

// The wording of the demo organisation: subjects, first messages, replies, notes and
// names drawn from word lists by a generator with a fixed seed, so every demo
// database reads the same and nothing depends on the run.
class DemoText
{
public:
    explicit DemoText(quint32 seed);

    int below(int bound); // uniform in [0, bound)
    double unit();        // uniform in [0, 1)
    double between(double low, double high);
    bool chance(double probability);

    struct Opening
    {
        QString subject;
        QString body;
    };
    // A subject and first message on one theme: warehouse, orders, invoicing, integrations.
    Opening opening();

    QString firstReply(const QString &firstName);
    QString question();
    QString answer();
    QString followUp();
    QString internalNote();
    QString engineeringKey();
    QString tier3Note(const QString &key);
    QString tier3Reply(const QString &key);
    QString resolution(const QString &firstName);
    QString raiseReason(bool urgent);
    QString lowerReason();

    // Distinct people from plausible companies, e.g. "Nadia Okafor"
    // <nadia.okafor@brightline.example>.
    QList<DemoRequester> publicRequesters(int count);

private:
    QString pick(const QStringList &list);

    QRandomGenerator m_random;
};

} // namespace deskside::server

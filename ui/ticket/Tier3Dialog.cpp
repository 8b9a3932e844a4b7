#include "ticket/Tier3Dialog.h"

#include "ticket/Ticket.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

Tier3Dialog::Tier3Dialog(qint64 ticketId, QWidget *parent)
    : QDialog(parent)
    , m_ticketId(ticketId)
{
    setWindowTitle(tr("Move ticket #%1 to Tier 3").arg(ticketId));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Engineering &issue key:"), this);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"issueKeyEdit"_s);
    m_key->setPlaceholderText(tr("ENG-123"));
    label->setBuddy(m_key);
    layout->addWidget(label);
    layout->addWidget(m_key);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"issueKeyProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *note =
        new QLabel(tr("The ticket will wait on engineering until the issue is done."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("Move to Tier 3"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &Tier3Dialog::validate);
    validate();
}

Status Tier3Dialog::checkIssueKey(const QString &key)
{
    // A scratch ticket applies the one rule the server applies too.
    ticket::Ticket probe;
    return probe.moveToTier3(u"probe"_s, QDateTime::fromSecsSinceEpoch(0, Qt::UTC), key);
}

QString Tier3Dialog::issueKey() const
{
    return m_key->text().trimmed().toUpper();
}

void Tier3Dialog::setIssueKey(const QString &key)
{
    m_key->setText(key);
}

bool Tier3Dialog::canConfirm() const
{
    return checkIssueKey(m_key->text()).ok();
}

void Tier3Dialog::validate()
{
    const Status status = checkIssueKey(m_key->text());
    const bool blank = m_key->text().trimmed().isEmpty();
    m_problem->setText(status.ok() || blank ? QString() : status.error().message);
    m_confirm->setEnabled(status.ok());
}

} // namespace deskside::ui

#include "alerts/AlertPopup.h"

#include "alerts/AlertText.h"
#include "base/Clock.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

QLabel *label(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

AlertPopup::AlertPopup(const api::AlertRecord &alert, const QString &login, const Clock &clock,
                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_alert(alert)
    , m_login(login)
    , m_clock(clock)
{
    setObjectName(u"alertPopup"_s);
    setAttribute(Qt::WA_ShowWithoutActivating, false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildFacts());
    layout->addWidget(buildRunbook(), 1);
    m_message = label(u"message"_s, this);
    m_message->setAccessibleName(tr("Action progress"));
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
    setTabOrder(m_acknowledge, m_resolve);
    setTabOrder(m_resolve, m_escalate);
    setTabOrder(m_escalate, m_runbook);
    setTabOrder(m_runbook, m_steps);
    auto *acknowledge = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    acknowledge->setObjectName(u"acknowledgeShortcut"_s);
    connect(acknowledge, &QShortcut::activated, this,
            [this]() { requestAction(api::AlertAction::Acknowledge); });
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &AlertPopup::updateElapsed);
    m_tick.start();
    resize(460, 520);
    setAlert(alert);
    m_acknowledge->setFocus();
}

QWidget *AlertPopup::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(u"severityBand"_s);
    header->setAutoFillBackground(true);
    m_severityIcon = label(u"severityIcon"_s, header);
    m_severity = label(u"severity"_s, header);
    QFont bold = m_severity->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_severity->setFont(bold);
    m_summary = label(u"summary"_s, this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    auto *row = new QHBoxLayout;
    row->addWidget(m_severityIcon);
    row->addWidget(m_severity, 1);
    auto *layout = new QVBoxLayout(header);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    return header;
}

QWidget *AlertPopup::buildFacts()
{
    auto *facts = new QWidget(this);
    m_source = label(u"source"_s, facts);
    m_elapsed = label(u"elapsed"_s, facts);
    m_tier = label(u"tier"_s, facts);
    m_notified = label(u"notified"_s, facts);
    m_status = label(u"status"_s, facts);
    auto *form = new QFormLayout(facts);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Open for:"), m_elapsed);
    form->addRow(tr("Escalation:"), m_tier);
    form->addRow(tr("Also notified:"), m_notified);
    form->addRow(tr("Status:"), m_status);
    return facts;
}

QWidget *AlertPopup::buildRunbook()
{
    auto *box = new QGroupBox(tr("Runbook"), this);
    box->setObjectName(u"runbook"_s);
    m_steps = new QListWidget(box);
    m_steps->setObjectName(u"runbookSteps"_s);
    m_steps->setAccessibleName(tr("Runbook steps"));
    m_steps->setWordWrap(true);
    m_runbookDetails = new QGroupBox(tr("Contacts and communication"), box);
    m_runbookDetails->setObjectName(u"runbookDetails"_s);
    m_contacts = label(u"runbookContacts"_s, m_runbookDetails);
    m_communication = label(u"runbookCommunication"_s, m_runbookDetails);
    auto *form = new QFormLayout(m_runbookDetails);
    form->addRow(tr("Contact:"), m_contacts);
    form->addRow(tr("Communication:"), m_communication);
    m_runbookDetails->setVisible(false);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_runbookDetails);
    return box;
}

QWidget *AlertPopup::buildButtons()
{
    auto *buttons = new QWidget(this);
    const auto button = [this, buttons](const QString &name, const QString &text,
                                        std::optional<api::AlertAction> action) {
        auto *b = new QPushButton(text, buttons);
        b->setObjectName(name);
        if (action) {
            connect(b, &QPushButton::clicked, this, [this, a = *action]() { requestAction(a); });
        }
        return b;
    };
    m_acknowledge = button(u"acknowledge"_s, tr("&Acknowledge"), api::AlertAction::Acknowledge);
    m_acknowledge->setDefault(true);
    m_acknowledge->setToolTip(tr("Stop the escalation: you are on it (Alt+A or Ctrl+Return)"));
    m_resolve = button(u"resolve"_s, tr("&Resolve"), api::AlertAction::Resolve);
    m_escalate = button(u"escalate"_s, tr("&Escalate now"), api::AlertAction::Escalate);
    m_escalate->setToolTip(tr("Page the next tier now"));
    m_runbook = button(u"openRunbook"_s, tr("Open run&book"), std::nullopt);
    connect(m_runbook, &QPushButton::clicked, this, &AlertPopup::openRunbook);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_acknowledge, m_resolve, m_escalate, m_runbook}) {
        row->addWidget(b);
    }
    return buttons;
}

void AlertPopup::setAlert(const api::AlertRecord &alert)
{
    m_alert = alert;
    setWindowTitle(tr("%1 alert: %2").arg(AlertText::severity(alert.severity), alert.summary));
    const QColor color = AlertText::severityColor(alert.severity);
    QWidget *band = findChild<QWidget *>(u"severityBand"_s);
    QPalette palette = band->palette();
    palette.setColor(QPalette::Window, color);
    palette.setColor(QPalette::WindowText, Qt::white);
    band->setPalette(palette);
    m_severityIcon->setPixmap(AlertText::severityIcon(alert.severity).pixmap(32, 32));
    m_severity->setText(AlertText::severity(alert.severity));
    m_severity->setAccessibleName(tr("Severity %1").arg(AlertText::severity(alert.severity)));
    m_summary->setText(alert.summary);
    m_source->setText(alert.integration.isEmpty()
                          ? alert.source
                          : tr("%1 (%2)").arg(alert.source, alert.integration));
    m_tier->setText(AlertText::tier(alert));
    m_notified->setText(AlertText::othersNotified(alert, m_login));
    m_status->setText(AlertText::status(alert));
    m_steps->clear();
    for (qsizetype i = 0; i < alert.runbook.steps.size(); ++i) {
        m_steps->addItem(tr("%1. %2").arg(i + 1).arg(alert.runbook.steps.at(i)));
    }
    if (alert.runbook.steps.isEmpty()) {
        m_steps->addItem(tr("No runbook steps for this alert."));
    }
    findChild<QGroupBox *>(u"runbook"_s)
        ->setTitle(alert.runbook.title.isEmpty() ? tr("Runbook")
                                                 : tr("Runbook: %1").arg(alert.runbook.title));
    m_contacts->setText(alert.runbook.contacts.join(u"\n"_s));
    m_communication->setText(alert.runbook.communication);
    updateElapsed();
    updateButtons();
}

void AlertPopup::updateElapsed()
{
    m_elapsed->setText(AlertText::elapsed(m_alert.raisedAt.secsTo(m_clock.now())));
}

void AlertPopup::openRunbook()
{
    m_runbookDetails->setVisible(true);
    m_steps->setFocus();
    if (m_steps->currentRow() < 0 && m_steps->count() > 0) {
        m_steps->setCurrentRow(0);
    }
}

void AlertPopup::requestAction(api::AlertAction action)
{
    if (m_busy || m_released) {
        return;
    }
    if (action != api::AlertAction::Resolve &&
        m_alert.status != api::AlertRecord::Status::Triggered) {
        return; // nothing to acknowledge or escalate any more
    }
    m_busy = action;
    setMessage(AlertText::progress(action), false);
    updateButtons();
    Q_EMIT actionRequested(m_alert.id, action);
}

void AlertPopup::actionFinished(api::AlertAction action, bool ok, const QString &message)
{
    if (m_busy != action) {
        return;
    }
    m_busy.reset();
    setMessage(ok ? AlertText::success(action) : AlertText::failure(action, message), !ok);
    updateButtons();
}

void AlertPopup::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28)
                                                 : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void AlertPopup::updateButtons()
{
    const bool triggered = m_alert.status == api::AlertRecord::Status::Triggered;
    const bool idle = !m_busy && !m_released;
    m_acknowledge->setEnabled(idle && triggered);
    m_escalate->setEnabled(idle && triggered);
    m_resolve->setEnabled(idle && m_alert.isOpen());
}

void AlertPopup::release()
{
    m_released = true;
    m_tick.stop();
    updateButtons();
    close();
}

void AlertPopup::closeEvent(QCloseEvent *event)
{
    if (m_released) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
    setMessage(tr("This alert stays until someone acknowledges or resolves it."), false);
    Q_EMIT closeRefused();
}

} // namespace deskside::ui

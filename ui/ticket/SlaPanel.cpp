#include "ticket/SlaPanel.h"

#include "queue/SlaBadge.h"
#include "sla/SlaText.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace deskside::ui {

using sla::SlaState;
using sla::SlaTarget;

namespace {

int indexOf(SlaTarget target)
{
    return target == SlaTarget::Respond ? 0 : 1;
}

std::optional<QueueSla::State> badgeState(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QueueSla::State::OnTrack;
    case SlaState::Warning:
        return QueueSla::State::Warning;
    case SlaState::Breached:
        return QueueSla::State::Breached;
    case SlaState::Paused:
        return QueueSla::State::Paused;
    case SlaState::Met:
        break; // the queue shows no met targets: only this panel has a look for it
    }
    return std::nullopt;
}

} // namespace

SlaPanel::SlaPanel(sla::SlaClock slaClock, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_slaClock(std::move(slaClock))
    , m_explainer(m_slaClock)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(3, 1);
    addRow(SlaTarget::Respond, tr("Respond"));
    addRow(SlaTarget::Resolve, tr("Resolve"));

    m_whyButton = new QToolButton(this);
    m_whyButton->setObjectName(u"slaWhyButton"_s);
    m_whyButton->setText(tr("Why this due time?"));
    m_whyButton->setCheckable(true);
    m_whyButton->setAutoRaise(true);
    m_whyButton->setToolTip(tr("Explain how the due times were computed, day by day"));
    layout->addWidget(m_whyButton, 2, 0, 1, 4, Qt::AlignLeft);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"slaExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation, 3, 0, 1, 4);

    connect(m_whyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_explanation->setVisible(shown);
        updateExplanation();
    });
    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(m_clock.now()); });
    clear();
}

void SlaPanel::addRow(SlaTarget target, const QString &title)
{
    auto *layout = static_cast<QGridLayout *>(this->layout());
    const int row = indexOf(target);
    const QString wire = sla::toWire(target);
    Row &widgets = m_rows[std::size_t(row)];
    widgets.icon = new QLabel(this);
    widgets.icon->setObjectName(wire + u"StateIcon"_s);
    auto *name = new QLabel(title, this);
    widgets.state = new QLabel(this);
    widgets.state->setObjectName(wire + u"State"_s);
    widgets.countdown = new QLabel(this);
    widgets.countdown->setObjectName(wire + u"Countdown"_s);
    widgets.countdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(widgets.icon, row, 0);
    layout->addWidget(name, row, 1);
    layout->addWidget(widgets.state, row, 2);
    layout->addWidget(widgets.countdown, row, 3);
}

void SlaPanel::setInput(const sla::SlaInput &input)
{
    m_input = input;
    m_whyButton->setEnabled(true);
    refresh(m_clock.now());
    m_timer->start();
}

void SlaPanel::clear()
{
    m_timer->stop();
    m_input.reset();
    m_snapshot = {};
    for (const Row &row : m_rows) {
        row.icon->clear();
        row.state->setText(tr("No ticket"));
        row.state->setStyleSheet(QString());
        row.countdown->clear();
    }
    m_whyButton->setChecked(false);
    m_whyButton->setEnabled(false);
    m_explanation->clear();
}

void SlaPanel::refresh(const QDateTime &now)
{
    if (!m_input) {
        return;
    }
    m_snapshot = m_slaClock.evaluate(*m_input, now);
    showRow(SlaTarget::Respond);
    showRow(SlaTarget::Resolve);
    updateExplanation();
}

void SlaPanel::showRow(SlaTarget target)
{
    const Row &row = m_rows[std::size_t(indexOf(target))];
    const SlaState state = m_snapshot.status(target).state;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    row.icon->setPixmap(stateIcon(state, this).pixmap(size, size));
    row.icon->setToolTip(sla::displayName(state));
    row.state->setText(sla::displayName(state));
    row.state->setStyleSheet(u"font-weight: bold; color: %1;"_s.arg(stateColor(state).name()));
    row.countdown->setText(countdown(target));
}

bool SlaPanel::isDone(SlaTarget target) const
{
    const bool resolved = m_input->resolvedAt.has_value();
    return target == SlaTarget::Respond ? resolved || m_input->firstResponseAt.has_value()
                                        : resolved;
}

QString SlaPanel::countdown(SlaTarget target) const
{
    const sla::SlaTargetStatus &status = m_snapshot.status(target);
    const QString due = sla::text::localTime(status.dueUtc, m_slaClock.calendar().zone());
    switch (status.state) {
    case SlaState::Met:
        return tr("Done in time; was due %1").arg(due);
    case SlaState::Paused:
        return tr("Waiting on the customer: %1 of business time left, clock stopped")
            .arg(sla::text::duration(status.remainingSeconds));
    case SlaState::Breached:
        if (isDone(target)) {
            return tr("Done late; was due %1").arg(due);
        }
        if (status.remainingSeconds < 0) {
            return tr("Overdue by %1 of business time; was due %2")
                .arg(sla::text::duration(-status.remainingSeconds), due);
        }
        return tr("Overdue since %1").arg(due);
    case SlaState::OnTrack:
    case SlaState::Warning:
        break;
    }
    return tr("%1 of business time left; due %2")
        .arg(sla::text::duration(status.remainingSeconds), due);
}

QString SlaPanel::stateText(SlaTarget target) const
{
    return m_rows[std::size_t(indexOf(target))].state->text();
}

QString SlaPanel::countdownText(SlaTarget target) const
{
    return m_rows[std::size_t(indexOf(target))].countdown->text();
}

bool SlaPanel::isExplanationShown() const
{
    return m_whyButton->isChecked();
}

void SlaPanel::setExplanationShown(bool shown)
{
    m_whyButton->setChecked(shown);
}

QString SlaPanel::explanationText() const
{
    return m_explanation->text();
}

void SlaPanel::updateExplanation()
{
    if (!m_input || !m_whyButton->isChecked()) {
        return; // explained on demand: it walks the days of the span
    }
    const qint64 now = m_snapshot.nowUtc;
    QStringList lines{tr("Respond:")};
    lines += m_explainer.explain(*m_input, SlaTarget::Respond, now);
    lines += QString();
    lines += tr("Resolve:");
    lines += m_explainer.explain(*m_input, SlaTarget::Resolve, now);
    m_explanation->setText(lines.join(u'\n'));
}

QColor SlaPanel::stateColor(SlaState state)
{
    const auto badge = badgeState(state);
    return badge ? SlaBadge::color(*badge) : QColor(0x15, 0x65, 0xc0);
}

QIcon SlaPanel::stateIcon(SlaState state, const QWidget *widget)
{
    const auto badge = badgeState(state);
    return badge ? SlaBadge::icon(*badge)
                 : QIcon::fromTheme(u"emblem-default"_s,
                                    widget->style()->standardIcon(QStyle::SP_DialogApplyButton));
}

} // namespace deskside::ui

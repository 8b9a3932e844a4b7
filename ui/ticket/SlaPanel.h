#pragma once

#include "base/Clock.h"
#include "sla/DueExplainer.h"
#include "sla/SlaClock.h"

#include <QColor>
#include <QIcon>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QTimer;
class QToolButton;

namespace deskside::ui {

// The SLA clocks of the selected ticket: respond and resolve, each with its state
// (colour, icon and text, never colour alone), due time and a live countdown in
// business time, plus a "Why this due time?" toggle with the DueExplainer's lines.
// Refreshes itself every 30 s from the injected Clock; refresh(now) for tests.
class SlaPanel : public QWidget
{
    Q_OBJECT

public:
    // clock must outlive the panel.
    SlaPanel(sla::SlaClock slaClock, const Clock &clock, QWidget *parent = nullptr);

    // Shows the clocks of this ticket at the clock's now and starts the timer.
    void setInput(const sla::SlaInput &input);
    // No ticket: stops the timer and blanks the panel.
    void clear();
    void refresh(const QDateTime &now);

    bool hasInput() const { return m_input.has_value(); }
    const sla::SlaSnapshot &snapshot() const { return m_snapshot; }
    sla::SlaState state(sla::SlaTarget target) const { return m_snapshot.status(target).state; }
    QString stateText(sla::SlaTarget target) const;
    QString countdownText(sla::SlaTarget target) const;
    bool isExplanationShown() const;
    void setExplanationShown(bool shown);
    QString explanationText() const;

    // The look of a state: the queue's badges (SlaBadge), plus one for a met target.
    static QColor stateColor(sla::SlaState state);
    static QIcon stateIcon(sla::SlaState state, const QWidget *widget);

    static constexpr int refreshIntervalMs = 30'000;

private:
    struct Row
    {
        QLabel *icon = nullptr;
        QLabel *state = nullptr;
        QLabel *countdown = nullptr;
    };

    void addRow(sla::SlaTarget target, const QString &title);
    void showRow(sla::SlaTarget target);
    QString countdown(sla::SlaTarget target) const;
    bool isDone(sla::SlaTarget target) const;
    void updateExplanation();

    sla::SlaClock m_slaClock;
    sla::DueExplainer m_explainer;
    const Clock &m_clock;
    std::optional<sla::SlaInput> m_input;
    sla::SlaSnapshot m_snapshot;
    std::array<Row, 2> m_rows;
    QToolButton *m_whyButton = nullptr;
    QLabel *m_explanation = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace deskside::ui

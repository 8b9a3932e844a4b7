#include "alerts/OnCallView.h"

#include "alerts/AlertListModel.h"
#include "alerts/AlertText.h"
#include "alerts/OverridePanel.h"
#include "alerts/ScheduleModel.h"
#include "base/Clock.h"
#include "window/DeskData.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

QTableView *table(const QString &name, const QString &accessible, QAbstractItemModel *model,
                  QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *pair(QWidget *left, QWidget *right, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

OnCallView::OnCallView(DeskData &data, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_clock(clock)
    , m_scheduleModel(new ScheduleModel(this))
    , m_alertModel(new AlertListModel(this))
{
    setObjectName(u"onCallView"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"onCallStatus"_s);
    m_reload = new QPushButton(tr("Re&load schedules"), this);
    m_reload->setObjectName(u"reloadSchedules"_s);
    connect(m_reload, &QPushButton::clicked, this, &OnCallView::reloadSchedules);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_reload);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildSchedules());
    splitter->addWidget(buildAlerts());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_alerts, m_timeline);
    setTabOrder(m_timeline, m_schedules);
    setTabOrder(m_schedules, m_overrides->list());
    setTabOrder(m_overrides->list(), m_overrides->addButton());
    setTabOrder(m_overrides->addButton(), m_overrides->removeButton());
    setTabOrder(m_overrides->removeButton(), m_myShifts);
    setTabOrder(m_myShifts, m_reload);
    addAction(m_overrides->addOverrideAction());
    connect(&data, &DeskData::alertsChanged, this, &OnCallView::alertsChanged);
    connect(&data, &DeskData::schedulesLoaded, this, &OnCallView::schedulesLoaded);
    connect(&data, &DeskData::schedulesFailed, this, [this](const QString &message) {
        m_status->setText(tr("Could not load the schedules: %1").arg(message));
    });
    alertsChanged();
}

QWidget *OnCallView::buildSchedules()
{
    m_schedules = table(u"schedules"_s, tr("Schedules"), m_scheduleModel, this);
    m_myShifts = new QListWidget(this);
    m_myShifts->setObjectName(u"myShifts"_s);
    m_myShifts->setAccessibleName(tr("My upcoming shifts"));
    m_overrides = new OverridePanel(m_data, m_clock, this);
    connect(m_schedules->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OnCallView::updateOverrides);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(group(tr("Overrides"), m_overrides, this));
    side->addWidget(group(tr("My upcoming shifts"), m_myShifts, this));
    return pair(group(tr("Schedules"), m_schedules, this), side, this);
}

QWidget *OnCallView::buildAlerts()
{
    m_alerts = table(u"openAlerts"_s, tr("Open alerts"), m_alertModel, this);
    m_timeline = new QListWidget(this);
    m_timeline->setObjectName(u"alertTimeline"_s);
    m_timeline->setAccessibleName(tr("Escalation timeline"));
    m_timeline->setWordWrap(true);
    connect(m_alerts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OnCallView::updateTimeline);
    return pair(group(tr("Open alerts"), m_alerts, this),
                group(tr("Escalation timeline"), m_timeline, this), this);
}

void OnCallView::reloadSchedules()
{
    m_status->setText(tr("Loading the schedules…"));
    m_data.requestSchedules();
}

void OnCallView::schedulesLoaded(const QJsonArray &schedules)
{
    const QModelIndex current = m_schedules->currentIndex();
    const QString selected =
        current.isValid() ? m_scheduleModel->details(current.row()).id : QString();
    m_scheduleModel->setSchedules(schedules);
    if (!showSchedule(selected) && m_scheduleModel->rowCount() > 0) {
        m_schedules->setCurrentIndex(m_scheduleModel->index(0, 0));
    }
    updateOverrides();
    m_status->setText(
        tr("Schedules as of %1.").arg(m_clock.now().toLocalTime().toString(u"HH:mm:ss"_s)));
    updateShifts();
}

void OnCallView::updateShifts()
{
    m_myShifts->clear();
    const QDateTime now = m_clock.now();
    for (const OnCallShift &shift : m_scheduleModel->shiftsOf(m_data.login(), now)) {
        const QString from = shift.from.toLocalTime().toString(u"ddd yyyy-MM-dd HH:mm"_s);
        const QString to = shift.to.toLocalTime().toString(u"ddd yyyy-MM-dd HH:mm"_s);
        m_myShifts->addItem(shift.from <= now ? tr("%1: now, until %2").arg(shift.schedule, to)
                                              : tr("%1: %2 to %3").arg(shift.schedule, from, to));
    }
    if (m_myShifts->count() == 0) {
        m_myShifts->addItem(tr("No shifts in the coming days."));
    }
}

void OnCallView::alertsChanged()
{
    const QModelIndex current = m_alerts->currentIndex();
    const qint64 selected =
        current.isValid() ? current.data(AlertListModel::AlertIdRole).toLongLong() : 0;
    QList<api::AlertRecord> open;
    for (const api::AlertRecord &alert : m_data.alerts()) {
        if (alert.isOpen()) {
            open.append(alert);
        }
    }
    m_alertModel->setAlerts(open);
    if (selected > 0 && m_alertModel->rowOf(selected) >= 0) {
        showAlert(selected);
    } else {
        updateTimeline();
    }
}

void OnCallView::showAlert(qint64 alertId)
{
    const int row = m_alertModel->rowOf(alertId);
    if (row >= 0) {
        m_alerts->setCurrentIndex(m_alertModel->index(row, 0));
    }
    updateTimeline();
}

void OnCallView::updateTimeline()
{
    m_timeline->clear();
    const QModelIndex current = m_alerts->currentIndex();
    if (!current.isValid()) {
        m_timeline->addItem(m_alertModel->rowCount() == 0 ? tr("No open alerts.")
                                                          : tr("Select an alert."));
        return;
    }
    const api::AlertRecord &alert = m_alertModel->alerts().at(current.row());
    for (const api::AlertEvent &event : alert.timeline) {
        m_timeline->addItem(AlertText::timelineEntry(event));
    }
    if (alert.nextEscalationAt) {
        m_timeline->addItem(
            tr("next tier due %1")
                .arg(alert.nextEscalationAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    }
}

bool OnCallView::showSchedule(const QString &scheduleId)
{
    const int row = scheduleId.isEmpty() ? -1 : m_scheduleModel->rowOf(scheduleId);
    if (row < 0) {
        return false;
    }
    m_schedules->setCurrentIndex(m_scheduleModel->index(row, 0));
    return true;
}

void OnCallView::updateOverrides()
{
    const QModelIndex current = m_schedules->currentIndex();
    m_overrides->setSchedule(
        current.isValid() ? std::optional(m_scheduleModel->details(current.row())) : std::nullopt);
}

} // namespace deskside::ui

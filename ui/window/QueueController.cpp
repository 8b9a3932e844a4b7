#include "window/QueueController.h"

#include "base/Clock.h"
#include "queue/QueueFilterStore.h"
#include "queue/QueueModel.h"
#include "queue/QueueTable.h"
#include "queue/ViewCounts.h"
#include "queue/ViewListModel.h"
#include "window/DeskData.h"

#include <QLineEdit>
#include <QListView>

namespace deskside::ui {

QueueController::QueueController(DeskData &data, const Clock &clock, QSettings &settings,
                                 QListView *sidebar, QueueTable *table, QLineEdit *search,
                                 QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_clock(clock)
    , m_sidebar(sidebar)
    , m_search(search)
    , m_model(new QueueModel(clock, sla::SlaClock::standard(), this))
    , m_views(new ViewListModel(this))
    , m_counts(new ViewCounts(this))
    , m_filters(std::make_unique<QueueFilterStore>(settings))
{
    m_model->setMyLogin(data.login());
    table->setQueueModel(m_model);
    sidebar->setModel(m_views);
    rebuildViews();
    connect(sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_model->setView(m_views->viewAt(current.row()));
                }
            });
    connect(search, &QLineEdit::textChanged, m_model, &QueueModel::setSearchText);
    connect(m_counts, &ViewCounts::countsReady, this, [this](const QList<int> &counts) {
        m_views->setCounts(counts);
        Q_EMIT countsChanged();
    });
    connect(&data, &DeskData::rowsChanged, this, &QueueController::reloadRows);
    selectView(0);
    reloadRows();
}

QueueController::~QueueController() = default;

QueueContext QueueController::context() const
{
    QueueContext context;
    context.nowUtc = m_clock.now().toSecsSinceEpoch();
    context.myLogin = m_data.login();
    context.dueSoonHours = m_dueSoonHours;
    return context;
}

void QueueController::reloadRows()
{
    const QList<sync::QueueRow> rows = m_data.queueRows();
    m_model->setRows(rows);
    m_counts->start(rows, m_views->views(), context());
}

void QueueController::rebuildViews()
{
    QList<QueueView> views = QueueView::builtIns();
    for (const QueueFilter &filter : m_filters->filters()) {
        views.append(QueueView::custom(filter));
    }
    m_views->setViews(views);
}

void QueueController::setDueSoonHours(int hours)
{
    m_dueSoonHours = hours;
    m_model->setDueSoonHours(hours);
    reloadRows();
}

void QueueController::selectView(int row)
{
    if (row >= 0 && row < m_views->rowCount()) {
        m_sidebar->setCurrentIndex(m_views->index(row));
    }
}

void QueueController::nextView()
{
    const int rows = m_views->rowCount();
    if (rows > 0) {
        selectView((m_sidebar->currentIndex().row() + 1) % rows);
    }
}

Status QueueController::saveSearchAsFilter(const QString &name)
{
    QueueFilter filter;
    filter.name = name;
    filter.text = m_search->text().trimmed();
    if (const Status added = m_filters->add(filter); !added) {
        return added;
    }
    const QString key = QueueView::custom(filter).key();
    rebuildViews();
    m_counts->start(m_data.queueRows(), m_views->views(), context());
    selectView(m_views->rowOfKey(key));
    return {};
}

const QList<int> &QueueController::counts() const
{
    return m_counts->counts();
}

int QueueController::countOf(const QString &viewKey) const
{
    return m_views->countAt(m_views->rowOfKey(viewKey));
}

} // namespace deskside::ui

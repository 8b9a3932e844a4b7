#include "QueueTable.h"

#include "QueueColumn.h"
#include "QueueModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace deskside::ui {

namespace {

// Typical widths in average characters; the last section stretches.
int widthInChars(QueueColumn column)
{
    switch (column) {
    case QueueColumn::Id:
        return 8;
    case QueueColumn::Subject:
        return 44;
    case QueueColumn::Requester:
        return 20;
    case QueueColumn::Priority:
        return 9;
    case QueueColumn::Status:
        return 22;
    case QueueColumn::Assignee:
        return 14;
    case QueueColumn::SlaDue:
        return 18;
    case QueueColumn::Updated:
    case QueueColumn::Count:
        break;
    }
    return 12;
}

} // namespace

QueueTable::QueueTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Uniform row heights: a fixed section size, so no row is ever measured.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setHighlightSections(false);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            Q_EMIT openTicket(m_model->rowAt(index).id);
        }
    });
}

void QueueTable::setQueueModel(QueueModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
        disconnect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, nullptr);
    }
    m_model = model;
    setModel(model);
    m_currentId = 0;
    if (!model) {
        return;
    }
    applyColumnWidths();
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
            [model](int column, Qt::SortOrder order) { model->sort(column, order); });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { updateCurrent(current); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restoreId = m_currentId; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_restoreId == 0 || !selectTicket(m_restoreId)) {
            updateCurrent({});
        }
        m_restoreId = 0;
    });
}

void QueueTable::applyColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < int(QueueColumn::Count); ++column) {
        setColumnWidth(column, widthInChars(QueueColumn(column)) * charWidth);
    }
}

bool QueueTable::selectTicket(qint64 id)
{
    const QModelIndex index = m_model ? m_model->indexOfTicket(id) : QModelIndex();
    if (!index.isValid()) {
        return false;
    }
    setCurrentIndex(index);
    scrollTo(index);
    updateCurrent(index); // also when the index was current before a reset
    return true;
}

void QueueTable::updateCurrent(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? m_model->rowAt(current).id : 0;
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentTicketChanged(id);
    }
}

void QueueTable::moveToRow(int row)
{
    if (!m_model || m_model->rowCount() == 0) {
        return;
    }
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    const QModelIndex index = m_model->index(row, column);
    setCurrentIndex(index);
    scrollTo(index);
}

void QueueTable::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    switch (event->key()) {
    case Qt::Key_J:
        if (plain) {
            moveToRow(row + 1);
            return;
        }
        break;
    case Qt::Key_K:
        if (plain) {
            moveToRow(row < 0 ? 0 : row - 1);
            return;
        }
        break;
    case Qt::Key_Home:
        moveToRow(0);
        return;
    case Qt::Key_End:
        moveToRow(m_model ? m_model->rowCount() - 1 : 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_currentId != 0) {
            Q_EMIT openTicket(m_currentId);
        }
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

} // namespace deskside::ui

#pragma once

#include <QTableView>

namespace deskside::ui {

class QueueModel;

// The queue's table: fixed row heights and column widths (nothing measures all rows),
// header clicks sort through the model's worker, keyboard driven: arrows or j/k move,
// Home/End jump to the first/last ticket, Enter opens. The current ticket survives
// re-filtering and re-sorting while it stays visible.
class QueueTable : public QTableView
{
    Q_OBJECT

public:
    explicit QueueTable(QWidget *parent = nullptr);

    void setQueueModel(QueueModel *model);
    QueueModel *queueModel() const { return m_model; }

    // 0 when no ticket is current.
    qint64 currentTicketId() const { return m_currentId; }
    // Makes the ticket current when it is visible; returns whether it is.
    bool selectTicket(qint64 id);

Q_SIGNALS:
    void openTicket(qint64 id);
    void currentTicketChanged(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveToRow(int row);
    void updateCurrent(const QModelIndex &current);
    void applyColumnWidths();

    QueueModel *m_model = nullptr; // not owned
    qint64 m_currentId = 0;
    qint64 m_restoreId = 0;
};

} // namespace deskside::ui

#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace deskside::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Deskside"));
    auto *welcome = new QLabel(tr("Not connected to a Deskside server yet."), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Offline"));
    resize(1100, 700);
}

} // namespace deskside::ui

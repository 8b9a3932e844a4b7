#pragma once

#include <QMainWindow>

namespace deskside::ui {

// The desktop app's main window: views, queue and ticket panes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace deskside::ui

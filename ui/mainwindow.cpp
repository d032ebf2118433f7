#include "ui/mainwindow.h"

namespace iroi::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Influence ROI"));
}

} // namespace iroi::ui

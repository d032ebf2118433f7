#pragma once

#include <QMainWindow>

namespace iroi::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace iroi::ui

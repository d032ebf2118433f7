#include "ui/app/guiapp.h"

#include "core/common/logging.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

namespace iroi::ui {

int runGui(int &argc, char **argv, void (*setIdentity)())
{
    QApplication app(argc, argv);
    setIdentity();
    installLogging({QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), false, true});
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace iroi::ui

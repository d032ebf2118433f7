// Writes a PNG of every page of the main window at 1600x1000 (offscreen) to the folder
// given as first argument, using the demo workspace (cached in the folder's .demo subfolder).
//   ui_screenshots FOLDER [--dark] [--language nl]
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/pages/plannerpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("influence-roi-screenshots"));
    const QStringList args = QCoreApplication::arguments();
    const QString folder = args.size() > 1 ? args.at(1) : QStringLiteral("screenshots");
    QDir().mkpath(folder);
    iroi::ui::MainWindow window;
    window.setTheme(args.contains(QStringLiteral("--dark")) ? iroi::ui::Theme::Dark : iroi::ui::Theme::Light);
    const qsizetype language = args.indexOf(QStringLiteral("--language"));
    window.setLanguage(language > 0 && language + 1 < args.size() ? args.at(language + 1) : QStringLiteral("en"));
    window.resize(1600, 1000);
    window.show();
    int index = 0;
    bool failed = false; // a page that could not be written makes the exit status 1
    std::function<void()> next;
    next = [&] {
        if (index >= static_cast<int>(window.pages().size())) {
            QCoreApplication::exit(failed ? 1 : 0);
            return;
        }
        window.showPage(index);
        QTimer::singleShot(400, &window, [&] {
            iroi::ui::Page *page = window.pages()[static_cast<size_t>(index)];
            if (auto *planner = qobject_cast<iroi::ui::PlannerPage *>(page)) {
                // The planner fits its curves on a worker: shoot it fitted, not "Fitting…".
                QElapsedTimer wait;
                wait.start();
                while ((!planner->hasFit() || wait.elapsed() < 300) && wait.elapsed() < 60000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            }
            const QString file = QStringLiteral("%1/%2-%3.png").arg(folder).arg(index + 1, 2, 10, QLatin1Char('0')).arg(page->pageId());
            if (window.grab().save(file)) {
                std::printf("%s\n", qPrintable(file));
            } else {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
                failed = true;
            }
            ++index;
            next();
        });
    };
    QObject::connect(&window, &iroi::ui::MainWindow::workspaceShown, &window, [&] { QTimer::singleShot(200, &window, next); });
    window.openDemo();
    return app.exec();
}

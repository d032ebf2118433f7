// Not a test: measures the longest UI-thread stall while switching pages and changing the
// filter. A 10 ms QTimer records the gap between its ticks; the longest gap minus 10 ms is the
// stall. Usage: ui_stall_watchdog [WORKSPACE.iroi] (default: the demo workspace).
#include "core/analysis/filter.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/session/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("influence-roi-bench"));
    iroi::ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();

    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    bool measuring = false;
    QTimer watchdog;
    watchdog.setInterval(10);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        if (measuring)
            worst = std::max(worst, now - last - 10);
        last = now;
    });

    int step = 0;
    QTimer driver;
    driver.setInterval(250);
    QObject::connect(&driver, &QTimer::timeout, &app, [&] {
        const auto &catalog = window.session()->catalog();
        const int pages = static_cast<int>(window.pages().size());
        if (step >= 60) {
            std::printf("longest UI-thread stall %lld ms over %d page switches and filter changes (%lld metric rows)\n",
                        static_cast<long long>(worst), step, static_cast<long long>(window.session()->engine()->metricRowCount()));
            QCoreApplication::exit(0);
            return;
        }
        if (step % 2 == 0) {
            window.showPage((step / 2) % pages);
        } else {
            iroi::Filter f;
            if (!catalog.channels.empty() && (step / 2) % 3 != 0)
                f.channelIds = {catalog.channels[static_cast<size_t>(step) % catalog.channels.size()].id};
            window.applyFilter(f);
        }
        ++step;
    });
    QObject::connect(&window, &iroi::ui::MainWindow::workspaceShown, &app, [&] {
        clock.start();
        last = 0;
        measuring = true;
        watchdog.start();
        driver.start();
    });
    if (argc > 1)
        window.openWorkspace(QString::fromLocal8Bit(argv[1]));
    else
        window.openDemo();
    return app.exec();
}

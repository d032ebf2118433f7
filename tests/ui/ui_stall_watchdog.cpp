// Not a test: measures the longest UI-thread stall while switching pages, changing the filter
// and importing a large file through the import wizard. A 10 ms QTimer records the gap between
// its ticks; the longest gap minus 10 ms is the stall, reported per phase.
// Usage: ui_stall_watchdog [WORKSPACE.iroi] [--import-rows N] (default: the demo workspace,
// 1,000,000 rows). The import goes into a fresh temporary workspace, so WORKSPACE is not changed.
#include "core/analysis/filter.h"
#include "core/store/workspace.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/session/workspacesession.h"
#include "ui/wizard/importwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// Post metrics: one row per post and day, 30 days a post, 100 people on four channels.
bool writeImportFile(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const channels[] = {"Instagram", "TikTok", "YouTube", "LinkedIn"};
    file.write("Date,Campaign,Creator,Channel,Post ID,Impressions,Reach,Likes,Comments,Clicks\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 post = i / 30;
        const QDate day = QDate(2024, 1, 1).addDays(post % 600 + i % 30);
        line = QStringLiteral("%1,Campaign %2,creator%3,%4,p%5,%6,%7,%8,%9,%10\n")
                   .arg(day.toString(Qt::ISODate))
                   .arg(post % 9)
                   .arg(post % 100)
                   .arg(QLatin1String(channels[post % 4]))
                   .arg(post)
                   .arg(1000 + i % 997)
                   .arg(800 + i % 701)
                   .arg(i % 89)
                   .arg(i % 7)
                   .arg(i % 13)
                   .toUtf8();
        file.write(line);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("influence-roi-bench"));
    QString workspacePath;
    qint64 importRows = 1000000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--import-rows") && i + 1 < args.size())
            importRows = args[++i].toLongLong();
        else
            workspacePath = args[i];
    }

    QTemporaryDir scratch;
    const QString importFile = scratch.filePath(QStringLiteral("posts.csv"));
    const QString importWorkspace = scratch.filePath(QStringLiteral("import-target.iroi"));
    QElapsedTimer prepare;
    prepare.start();
    if (importRows > 0) {
        if (!writeImportFile(importFile, importRows) || !iroi::Workspace::open(importWorkspace, iroi::Workspace::Access::CreateNew)) {
            std::fprintf(stderr, "cannot prepare the import file in %s\n", qPrintable(scratch.path()));
            return 2;
        }
        std::printf("wrote %lld rows to import in %lld ms\n", static_cast<long long>(importRows),
                    static_cast<long long>(prepare.elapsed()));
    }

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

    const auto startImport = [&] {
        std::printf("longest UI-thread stall %lld ms over 60 page switches and filter changes (%lld metric rows)\n",
                    static_cast<long long>(worst), static_cast<long long>(window.session()->engine()->metricRowCount()));
        if (importRows <= 0) {
            QCoreApplication::exit(0);
            return;
        }
        worst = 0;
        auto *wizard = new iroi::ui::ImportWizard(importWorkspace, {importFile}, &window);
        wizard->show();
        auto *started = new QElapsedTimer;
        // Preview (on a worker) first; the import starts once the mapping is shown.
        auto *poll = new QTimer(wizard);
        QObject::connect(poll, &QTimer::timeout, wizard, [wizard, poll, started] {
            if (wizard->isBusy() || wizard->mappingTable()->rowCount() == 0)
                return;
            poll->stop();
            started->start();
            wizard->startImport();
        });
        QObject::connect(wizard, &iroi::ui::ImportWizard::finishedAll, &app, [&, started] {
            std::printf("longest UI-thread stall %lld ms while importing %lld rows through the wizard (%lld ms)\n",
                        static_cast<long long>(worst), static_cast<long long>(importRows),
                        static_cast<long long>(started->elapsed()));
            delete started;
            QCoreApplication::exit(0);
        });
        poll->start(20);
    };

    int step = 0;
    QTimer driver;
    driver.setInterval(250);
    QObject::connect(&driver, &QTimer::timeout, &app, [&] {
        const auto &catalog = window.session()->catalog();
        const int pages = static_cast<int>(window.pages().size());
        if (step >= 60) {
            driver.stop();
            startImport();
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
    if (!workspacePath.isEmpty())
        window.openWorkspace(workspacePath);
    else
        window.openDemo();
    return app.exec();
}

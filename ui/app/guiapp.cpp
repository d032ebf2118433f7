#include "ui/app/guiapp.h"

#include "core/common/logging.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

#include <cstdio>

namespace iroi::ui {

namespace {

// Milliseconds since the process started, from /proc/self/stat (field 22: start time in clock
// ticks after boot) and /proc/uptime; -1 when unavailable. Resolution is one clock tick (10 ms).
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // The command name (field 2) may contain spaces: count fields after its closing ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return static_cast<qint64>((up - startTicks / ticks) * 1000.0);
}

// Reports when the first dashboard with data has been painted.
class PaintProbe : public QObject
{
public:
    PaintProbe(Page *page, std::function<void()> done) : QObject(page), m_page(page), m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Paint && m_page->snapshot() && m_done) {
            auto done = std::move(m_done);
            m_done = nullptr;
            // After this paint has completed.
            QTimer::singleShot(0, m_page, done);
        }
        return false;
    }

private:
    Page *m_page;
    std::function<void()> m_done;
};

} // namespace

int runGui(int &argc, char **argv, void (*setIdentity)())
{
    QElapsedTimer sinceRunGui;
    sinceRunGui.start();
    QApplication app(argc, argv);
    setIdentity();
    installLogging({QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), false, true});

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("iroi::ui", "Influence ROI desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
                                     QCoreApplication::translate("iroi::ui", "Open the demo, print the time to the first painted dashboard and exit."));
    parser.addOption(measure);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("iroi::ui", "A workspace (.iroi) to open."));
    parser.process(app);

    MainWindow window;
    const bool measuring = parser.isSet(measure);
    if (measuring) {
        window.showPage(0);
        auto *probe = new PaintProbe(window.page(QStringLiteral("overview")), [&sinceRunGui] {
            const qint64 fromProcess = msSinceProcessStart();
            std::printf("startup %lld ms\n", static_cast<long long>(fromProcess >= 0 ? fromProcess : sinceRunGui.elapsed()));
            std::printf("(from process start via /proc/self/stat; %lld ms since runGui began)\n",
                        static_cast<long long>(sinceRunGui.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        window.page(QStringLiteral("overview"))->installEventFilter(probe);
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    if (measuring)
        window.openDemo();
    else if (!files.isEmpty())
        window.openWorkspace(QFileInfo(files.first()).absoluteFilePath());
    else if (const QStringList recent = Settings::recentFiles(); !recent.isEmpty())
        window.openWorkspace(recent.first());
    else
        window.openDemo();
    return app.exec();
}

} // namespace iroi::ui

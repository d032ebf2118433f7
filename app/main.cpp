#include "app/cli/cli.h"
#include "core/common/logging.h"
#include "ui/app/guiapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI"));
    QCoreApplication::setApplicationName(QStringLiteral("influence-roi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IROI_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

bool needsGuiForHeadlessWork(const QStringList &arguments)
{
    // Exports paint charts, which needs a QApplication even without a screen.
    return arguments.value(1) == QLatin1String("export");
}

// Headless runs (cron, ssh, CI) often have no XDG_RUNTIME_DIR: Qt then warns on every run
// and falls back to <tmp>/runtime-<uid>. Give it that private folder ourselves, quietly.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
    ::mkdir(dir.constData(), 0700);
    struct stat info{};
    if (::stat(dir.constData(), &info) == 0 && info.st_uid == getuid() && (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (iroi::cli::isHeadlessInvocation(arguments)) {
        ensureRuntimeDir();
        if (needsGuiForHeadlessWork(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            setIdentity();
            iroi::installLogging({QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), false, true});
            return iroi::cli::run(arguments);
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        iroi::installLogging({QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), false, true});
        return iroi::cli::run(arguments);
    }
    return iroi::ui::runGui(argc, argv, &setIdentity);
}

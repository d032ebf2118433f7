#include "app/cli/cli.h"
#include "core/common/logging.h"
#include "ui/app/guiapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>

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

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (iroi::cli::isHeadlessInvocation(arguments)) {
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

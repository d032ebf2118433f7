#include "core/common/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace iroi {

Q_LOGGING_CATEGORY(lcStore, "iroi.store")
Q_LOGGING_CATEGORY(lcImport, "iroi.import")
Q_LOGGING_CATEGORY(lcAnalysis, "iroi.analysis")
Q_LOGGING_CATEGORY(lcPlanning, "iroi.planning")
Q_LOGGING_CATEGORY(lcDemo, "iroi.demo")
Q_LOGGING_CATEGORY(lcUi, "iroi.ui")
Q_LOGGING_CATEGORY(lcApp, "iroi.app")

namespace {

QString g_logFilePath;

spdlog::level::level_enum toSpdlogLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toUtf8();
    const char *category = context.category ? context.category : "default";
    spdlog::log(toSpdlogLevel(type), "[{}] {}", category, text.constData());
    if (type == QtFatalMsg) {
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

void installLogging(const LoggingOptions &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.consoleVerbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    if (!options.logDirectory.isEmpty() && QDir().mkpath(options.logDirectory)) {
        g_logFilePath = QDir(options.logDirectory).filePath(QStringLiteral("influence-roi.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_logFilePath.toStdString(), 2 * 1024 * 1024, 5);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            g_logFilePath.clear(); // a read-only home folder must not stop the app
        }
    }
    auto logger = std::make_shared<spdlog::logger>("iroi", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
}

QString logFilePath()
{
    return g_logFilePath;
}

} // namespace iroi

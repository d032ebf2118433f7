#pragma once

#include <QLoggingCategory>
#include <QString>

namespace iroi {

// One category per module, so a user can turn on "iroi.import.debug=true" alone.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcPlanning)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

struct LoggingOptions
{
    QString logDirectory;     // rotating file goes here; empty = no file
    bool consoleVerbose = false; // console shows debug messages too
    bool console = true;
};

// Routes every Qt message (qDebug, qCWarning, ...) to spdlog: the console and a rotating
// file (5 files of 2 MB) in the app data folder. Safe to call once per process.
void installLogging(const LoggingOptions &options);

// Where the rotating log file lives, or an empty string when no file logging is active.
QString logFilePath();

} // namespace iroi

#pragma once

#include <QStringList>

namespace iroi::cli {

// Exit codes of every headless command.
enum ExitCode { Ok = 0, UsageError = 1, BadInput = 2 };

// True when argv names a headless command (or --help / --version), so main() can start
// a QCoreApplication instead of a GUI.
bool isHeadlessInvocation(const QStringList &arguments);

// Runs the headless command in arguments (arguments[0] is the program). Needs a
// Q(Core)Application to exist.
int run(const QStringList &arguments);

// One function per subcommand; each gets the arguments after the subcommand's name
// prefixed by a program name, ready for QCommandLineParser.
int runDemo(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runPlan(const QStringList &arguments);
int runFit(const QStringList &arguments);

} // namespace iroi::cli

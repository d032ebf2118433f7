#pragma once

#include "core/common/error.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace iroi::cli {

QTextStream &out();
QTextStream &err();

// Prints "influence-roi: <reason>" on stderr and returns the exit code for the error
// (1 for usage errors, 2 for everything about the input).
int fail(const Error &error);
int usageError(const QString &message);

// Parses, handling --help; returns -1 when parsing succeeded and the command should go on,
// or the exit code to return.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

} // namespace iroi::cli

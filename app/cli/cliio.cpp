#include "app/cli/cliio.h"

#include "app/cli/cli.h"

#include <cstdio>

namespace iroi::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error)
{
    err() << "influence-roi: " << error.toString() << Qt::endl;
    return error.kind == Error::Kind::Usage ? UsageError : BadInput;
}

int usageError(const QString &message)
{
    return fail(Error::usage(message));
}

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    return -1;
}

} // namespace iroi::cli

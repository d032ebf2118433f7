#include "app/cli/cli.h"

#include "app/cli/cliio.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>
#include <functional>

namespace iroi::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

constexpr std::array kCommands = {
    Command{"demo", "write the built-in demo workspace: demo --out FILE [--scale N] [--seed N]", &runDemo},
    Command{"info", "schema version and row counts of a workspace: info FILE [--check]", &runInfo},
    Command{"import", "import CSV/XLSX files: import WORKSPACE INPUT... [--kind K] [--skip-bad-rows] [--json]",
            &runImport},
    Command{"report", "compute a view: report WORKSPACE --view VIEW [filters] [--format table|csv|json]",
            &runReport},
    Command{"export", "export a report or chart: export WORKSPACE --report OUT | --chart VIEW --out OUT", &runExport},
    Command{"plan", "optimise a budget: plan WORKSPACE --budget AMOUNT [options] [--json]", &runPlan},
    Command{"fit", "fit response curves: fit WORKSPACE [--lines channel|person|content-type] --json", &runFit},
};

QString usageText()
{
    QString text = QStringLiteral("Usage: influence-roi [FILE.iroi]            open the app (on FILE or the demo)\n"
                                  "       influence-roi COMMAND [OPTIONS]       run headless\n"
                                  "       influence-roi --measure-startup      print start-up time and exit\n\n"
                                  "Commands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(command.name).leftJustified(8),
                                                  QString::fromLatin1(command.summary));
    text += QStringLiteral("\nRun 'influence-roi COMMAND --help' for a command's options.\n"
                           "Exit codes: 0 success, 1 usage error, 2 bad input.\n");
    return text;
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version") ||
        first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name))
            return true;
    }
    // The GUI takes a workspace file or its own options; any other word is a mistyped
    // command and gets a usage error rather than a window.
    const bool looksLikeWorkspace = first.endsWith(QLatin1String(".iroi"), Qt::CaseInsensitive) ||
                                    QFileInfo::exists(first);
    return !first.startsWith(QLatin1Char('-')) && !looksLikeWorkspace;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "influence-roi " << QStringLiteral(IROI_VERSION) << Qt::endl;
        return Ok;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out() << usageText();
        out().flush();
        return Ok;
    }
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.at(0) + QLatin1Char(' ') + first);
            const int code = command.run(rest);
            out().flush();
            err().flush();
            return code;
        }
    }
    return usageError(QStringLiteral("unknown command \"%1\" (see influence-roi --help)").arg(first));
}

} // namespace iroi::cli

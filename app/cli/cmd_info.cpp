#include "app/cli/cli.h"
#include "app/cli/cliio.h"

#include "core/store/workspace.h"

namespace iroi::cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Workspace file (.iroi)."));
    const QCommandLineOption check(QStringLiteral("check"), QStringLiteral("Also run SQLite's full integrity check."));
    parser.addOption(check);
    if (int code = parseOrExit(parser, arguments, QStringLiteral("Show a workspace's format and row counts.")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("info needs exactly one workspace file"));

    auto workspace = Workspace::open(parser.positionalArguments().constFirst(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.error());
    if (parser.isSet(check)) {
        if (Status s = workspace->checkIntegrity(); !s)
            return fail(s.error());
    }
    auto counts = workspace->tableCounts();
    if (!counts)
        return fail(counts.error());

    out() << "file            " << workspace->path() << '\n';
    out() << "schema version  " << workspace->schemaVersion() << '\n';
    out() << "workspace name  " << workspace->setting(QStringLiteral("workspace.name"), QStringLiteral("(unnamed)"))
          << '\n';
    out() << "currency        " << workspace->setting(QStringLiteral("workspace.currency"), QStringLiteral("EUR"))
          << '\n';
    if (parser.isSet(check))
        out() << "integrity       ok\n";
    out() << "\nrows per table\n";
    for (const auto &[table, count] : *counts)
        out() << "  " << table.leftJustified(18) << QString::number(count).rightJustified(12) << '\n';
    return Ok;
}

} // namespace iroi::cli

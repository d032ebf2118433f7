#include "app/cli/cli.h"
#include "app/cli/cliio.h"

#include "core/demo/demogenerator.h"

#include <QFileInfo>

namespace iroi::cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Workspace file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Multiply posts, metric rows and orders by N (1 to %1; default 1).").arg(kMaxDemoScale),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed; the same seed gives the same data (default %1).")
                                            .arg(DemoOptions{}.seed),
                                        QStringLiteral("N"), QString::number(DemoOptions{}.seed));
    const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    parser.addOptions({outOption, scaleOption, seedOption, forceOption});
    if (int code = parseOrExit(parser, arguments,
                               QStringLiteral("Write the built-in demo workspace (Lumen, a yoga and wellness brand, "
                                              "2024-2025).")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("demo takes no positional arguments; name the file with --out FILE"));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(QStringLiteral("demo needs --out FILE"));

    DemoOptions options;
    bool ok = false;
    options.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > kMaxDemoScale)
        return usageError(QStringLiteral("--scale must be a whole number from 1 to %1, not \"%2\"")
                              .arg(kMaxDemoScale)
                              .arg(parser.value(scaleOption)));
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(
            QStringLiteral("--seed must be a non-negative whole number, not \"%1\"").arg(parser.value(seedOption)));

    const QString path = parser.value(outOption);
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        Error error = Error::badInput(QStringLiteral("the file already exists; add --force to replace it"));
        error.file = path;
        return fail(error);
    }

    NullProgress progress;
    DemoSummary summary;
    const Status status = parser.isSet(forceOption) ? writeDemoFile(path, options, progress, &summary)
                                                    : generateDemo(path, options, progress, &summary);
    if (!status)
        return fail(status.error());

    out() << "wrote " << path << " (scale " << options.scale << ", seed " << options.seed << ")\n";
    out() << "\nrows per table\n";
    for (const auto &[table, count] : summary.rowsPerTable)
        out() << "  " << table.leftJustified(18) << QString::number(count).rightJustified(12) << '\n';
    out() << "  " << QStringLiteral("total").leftJustified(18) << QString::number(summary.totalRows).rightJustified(12)
          << '\n';
    out() << "\ntime " << QString::number(summary.seconds, 'f', 2) << " s\n";
    out().flush();
    return Ok;
}

} // namespace iroi::cli

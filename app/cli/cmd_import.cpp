#include "app/cli/cli.h"
#include "app/cli/cliio.h"

#include "core/common/dates.h"
#include "core/import/importer.h"
#include "core/import/presets.h"
#include "core/store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iroi::cli {

namespace {

QString outcomeName(import::ImportReport::Outcome outcome)
{
    switch (outcome) {
    case import::ImportReport::Outcome::Committed:
        return QStringLiteral("imported");
    case import::ImportReport::Outcome::RolledBack:
        return QStringLiteral("rolled_back");
    case import::ImportReport::Outcome::AlreadyImported:
        return QStringLiteral("already_imported");
    }
    return {};
}

QJsonObject reportJson(const import::ImportReport &r)
{
    QJsonArray rejected;
    for (const import::RejectedRow &row : r.rejected)
        rejected.append(QJsonObject{{QStringLiteral("row"), row.row},
                                    {QStringLiteral("column"), row.column},
                                    {QStringLiteral("value"), row.value},
                                    {QStringLiteral("reason"), row.reason}});
    QJsonObject json{{QStringLiteral("file"), r.file},
                     {QStringLiteral("kind"), import::kindName(r.kind)},
                     {QStringLiteral("preset"), r.preset.isEmpty() ? QJsonValue() : QJsonValue(r.preset)},
                     {QStringLiteral("outcome"), outcomeName(r.outcome)},
                     {QStringLiteral("imported"), r.imported},
                     {QStringLiteral("updated"), r.updated},
                     {QStringLiteral("skipped"), r.skipped},
                     {QStringLiteral("rejected_count"), r.rejectedCount},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("fingerprint"), r.fingerprint},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
    if (r.kind == import::RecordKind::Orders)
        json.insert(QStringLiteral("attribution"), QJsonObject{{QStringLiteral("code"), r.attributedByCode},
                                                               {QStringLiteral("utm"), r.attributedByUtm},
                                                               {QStringLiteral("referral"), r.attributedByReferrer},
                                                               {QStringLiteral("none"), r.unattributed}});
    return json;
}

QJsonObject errorJson(const QString &file, const Error &error)
{
    QJsonArray rejected;
    if (error.row >= 0)
        rejected.append(QJsonObject{{QStringLiteral("row"), error.row},
                                    {QStringLiteral("column"), error.column},
                                    {QStringLiteral("value"), error.value},
                                    {QStringLiteral("reason"), error.message}});
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("kind"), QJsonValue()},
                       {QStringLiteral("preset"), QJsonValue()},
                       {QStringLiteral("outcome"), QStringLiteral("error")},
                       {QStringLiteral("error"), error.toString()},
                       {QStringLiteral("imported"), 0},
                       {QStringLiteral("updated"), 0},
                       {QStringLiteral("skipped"), 0},
                       {QStringLiteral("rejected_count"), rejected.size()},
                       {QStringLiteral("rejected"), rejected}};
}

void printReport(const import::ImportReport &r)
{
    out() << r.file << ": " << import::kindName(r.kind);
    if (!r.preset.isEmpty())
        out() << " (" << r.preset << ')';
    out() << ": " << r.imported << " imported, " << r.updated << " updated, " << r.skipped << " skipped, "
          << r.rejectedCount << " rejected";
    if (r.outcome == import::ImportReport::Outcome::RolledBack)
        out() << " - NOTHING WRITTEN";
    else if (r.outcome == import::ImportReport::Outcome::AlreadyImported)
        out() << " - already imported";
    out() << '\n';
    if (r.kind == import::RecordKind::Orders && r.committed())
        out() << "  attribution: " << r.attributedByCode << " by code, " << r.attributedByUtm << " by UTM, "
              << r.attributedByReferrer << " by referrer, " << r.unattributed << " unattributed\n";
    constexpr size_t kShown = 20;
    for (size_t i = 0; i < r.rejected.size() && i < kShown; ++i) {
        const import::RejectedRow &row = r.rejected[i];
        out() << "  rejected row " << row.row << ", column " << row.column << ": value \"" << row.value
              << "\": " << row.reason << '\n';
    }
    if (r.rejectedCount > qint64(kShown))
        out() << "  ... and " << (r.rejectedCount - qint64(kShown)) << " more rejected rows\n";
    for (const QString &note : r.notes)
        out() << "  note: " << note << '\n';
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QStringLiteral("Workspace file (.iroi); created when missing."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("CSV or XLSX files to import."),
                                 QStringLiteral("INPUT..."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("What the rows are: auto, %1.")
                                      .arg(import::kindNames().join(QStringLiteral(", "))),
                                  QStringLiteral("K"), QStringLiteral("auto"));
    QStringList presetNames;
    for (const import::Preset &p : import::presets())
        presetNames << p.name;
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QStringLiteral("A preset (%1) or a saved mapping JSON file.")
                                         .arg(presetNames.join(QStringLiteral(", "))),
                                     QStringLiteral("NAME|FILE"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"),
                                     QStringLiteral("Import the good rows and report the bad ones (default: a bad "
                                                    "row stops the whole file)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON array with one object per input."));
    const QCommandLineOption day(QStringLiteral("day"),
                                 QStringLiteral("Date for reports without a date column (default: today)."),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), QStringLiteral("XLSX sheet to read (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption save(QStringLiteral("save-mapping"),
                                  QStringLiteral("Remember the mapping for files with the same header."));
    parser.addOptions({kind, mapping, skipBad, json, day, sheet, save});
    if (int code = parseOrExit(parser, arguments,
                               QStringLiteral("Import exports (posts, orders, costs, people, mentions, goals, media "
                                              "mix) into a workspace. Each file is one transaction."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(QStringLiteral("import needs a workspace and at least one input file"));

    import::ImportOptions options;
    const auto parsedKind = import::kindFromName(parser.value(kind));
    if (!parsedKind)
        return usageError(QStringLiteral("unknown kind \"%1\" (expected auto, %2)")
                              .arg(parser.value(kind), import::kindNames().join(QStringLiteral(", "))));
    options.kind = *parsedKind;
    options.policy = parser.isSet(skipBad) ? import::ImportOptions::Policy::SkipBadRows
                                           : import::ImportOptions::Policy::AllOrNothing;
    options.sheet = parser.value(sheet);
    options.saveMapping = parser.isSet(save);
    if (parser.isSet(day)) {
        options.reportDay = epochDayFromIso(parser.value(day));
        if (options.reportDay == kNoDay)
            return usageError(QStringLiteral("--day wants a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(day)));
    }
    QJsonObject mappingJson;
    if (parser.isSet(mapping)) {
        const QString value = parser.value(mapping);
        if (QFileInfo(value).isFile()) {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::io(QStringLiteral("cannot read the mapping file"), value));
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            if (!doc.isObject())
                return usageError(QStringLiteral("%1 is not a mapping (a JSON object)").arg(value));
            mappingJson = doc.object();
        } else if (import::findPreset(value)) {
            options.preset = value;
        } else {
            return usageError(QStringLiteral("--mapping: no file and no preset named \"%1\" (presets: %2)")
                                  .arg(value, presetNames.join(QStringLiteral(", "))));
        }
    }

    auto workspace = Workspace::open(positional.constFirst(), Workspace::Access::OpenOrCreate);
    if (!workspace)
        return fail(workspace.error());

    QJsonArray results;
    int exitCode = Ok;
    NullProgress progress;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString input = positional.at(i);
        import::ImportOptions fileOptions = options;
        Result<import::ImportReport> report = Error::badInput(QString());
        if (!mappingJson.isEmpty()) {
            // A saved mapping is checked against this file's header before use.
            auto preview = import::previewFile(*workspace, input, options);
            if (!preview) {
                report = preview.error();
            } else if (auto m = import::Mapping::fromJson(mappingJson, preview->header); !m) {
                report = m.error();
            } else {
                fileOptions.mapping = m.value();
                report = import::importFile(*workspace, input, fileOptions, progress);
            }
        } else {
            report = import::importFile(*workspace, input, fileOptions, progress);
        }
        if (!report) {
            Error e = report.error();
            if (e.file.isEmpty())
                e.file = input;
            if (parser.isSet(json))
                results.append(errorJson(input, e));
            err() << "influence-roi: " << e.toString() << Qt::endl;
            exitCode = e.kind == Error::Kind::Usage && exitCode == Ok ? UsageError : BadInput;
            continue;
        }
        if (report->outcome == import::ImportReport::Outcome::RolledBack) {
            exitCode = BadInput;
            const import::RejectedRow &first = report->rejected.front();
            err() << "influence-roi: " << input << ", row " << first.row << ", column " << first.column
                  << ": value \"" << first.value << "\": " << first.reason << " (" << report->rejectedCount
                  << " row(s) rejected, nothing imported)" << Qt::endl;
        }
        if (parser.isSet(json))
            results.append(reportJson(*report));
        else
            printReport(*report);
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
    return exitCode;
}

} // namespace iroi::cli

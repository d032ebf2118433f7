#include "core/import/importer.h"

#include "core/common/logging.h"
#include "core/import/importsupport.h"
#include "core/import/presets.h"
#include "core/import/recordpipe.h"
#include "core/import/reader/csvreader.h"
#include "core/import/reader/tablelocator.h"
#include "core/import/reader/xlsxreader.h"
#include "core/import/recordwriter.h"
#include "core/store/deferredindexes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>

#include <atomic>
#include <future>
#include <memory>

namespace iroi::import {

namespace {

constexpr int kSampleRows = 50;
// Cancel is looked at, and the position handed to the heartbeat, every this many rows:
// well under a millisecond of work at full speed.
constexpr int kCheckEveryRows = 256;
// Half the 100 ms the UI promises, so a late wake-up of the heartbeat still makes it.
constexpr qint64 kProgressIntervalMs = 50;

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

Result<std::unique_ptr<RecordReader>> openReader(const QString &path, const QString &sheet)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordReader>(std::move(reader.value()));
    }
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordReader>(std::move(reader.value()));
}

struct Sniffed
{
    std::unique_ptr<RecordReader> reader;
    std::vector<OwnedRecord> sample;
    TableLayout layout;
    QStringList header;
    std::vector<QStringList> rows; // data rows of the sample, for detection
    qint64 sampleEnd = 0;          // the reader's position after the sample

    // How many data rows the whole file holds, going by the sample's rows per byte.
    qint64 estimatedRows() const
    {
        const qint64 total = reader->size();
        if (rows.empty() || sampleEnd <= 0 || total <= sampleEnd)
            return qint64(rows.size());
        return qint64(double(total) * double(rows.size()) / double(sampleEnd));
    }
};

Result<Sniffed> sniff(const QString &path, const ImportOptions &options)
{
    Sniffed s;
    auto reader = openReader(path, options.sheet);
    if (!reader)
        return reader.error();
    s.reader = std::move(reader.value());
    s.sample = readSample(*s.reader, kSampleRows);
    s.sampleEnd = s.reader->position();
    if (const auto &error = s.reader->error(); error) {
        Error e = *error;
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    s.layout = locateTable(s.sample);
    if (s.layout.headerIndex < 0 || s.layout.header.empty()) {
        Error e = Error::badInput(QStringLiteral("no header row found: the first rows must name the columns"));
        e.file = path;
        return e;
    }
    for (const std::string &h : s.layout.header)
        s.header << toQString(h);
    for (size_t i = size_t(s.layout.dataIndex); i < s.sample.size(); ++i) {
        QStringList row;
        for (const std::string &f : s.sample[i].fields)
            row << toQString(f);
        s.rows.push_back(row);
    }
    return s;
}

Result<Mapping> resolveMapping(Workspace &workspace, const Sniffed &s, const ImportOptions &options)
{
    Mapping m;
    if (options.mapping) {
        m = *options.mapping;
        for (int c : m.columns)
            if (c >= s.header.size())
                return Error::badInput(QStringLiteral("the mapping names column %1, the file has %2")
                                           .arg(c + 1)
                                           .arg(s.header.size()));
    } else if (!options.preset.isEmpty()) {
        const Preset *preset = findPreset(options.preset);
        if (!preset) {
            Error e = Error::usage(QStringLiteral("unknown preset \"%1\"").arg(options.preset));
            QStringList names;
            for (const Preset &p : presets())
                names << p.name;
            e.expected = names.join(QStringLiteral(", "));
            return e;
        }
        m = mappingFromPreset(*preset, s.header, s.rows);
    } else if (auto saved = savedMapping(workspace, s.header);
               saved && (options.kind == RecordKind::Unknown || saved->kind == options.kind)) {
        m = *saved;
    } else if (const Preset *preset = matchPreset(s.header);
               preset && (options.kind == RecordKind::Unknown || preset->kind == options.kind)) {
        m = mappingFromPreset(*preset, s.header, s.rows);
    } else {
        m = detectMapping(s.header, s.rows, options.kind);
        // Media-mix sheets have no fixed names to recognise; the generic preset is what applies.
        if (m.kind == RecordKind::MediaMix)
            m.preset = QStringLiteral("media-mix");
    }
    if (m.kind == RecordKind::Unknown) {
        Error e = Error::badInput(QStringLiteral("cannot tell what the rows are (orders, costs, post metrics, ...): "
                                                 "name the kind with --kind or give a mapping"));
        e.expected = kindNames().join(QStringLiteral(", "));
        return e;
    }
    if (const QString missing = missingRequired(m); !missing.isEmpty()) {
        Error e = Error::badInput(QStringLiteral("no column found for %1 (needed for %2)").arg(missing, kindName(m.kind)));
        e.expected = missing;
        return e;
    }
    return m;
}

// Counts skipped rows by reason, remembering the first row of each, for one note per reason.
class SkipTally
{
public:
    void add(const QString &reason, qint64 row)
    {
        auto &entry = m_byReason[reason];
        if (entry.first == 0)
            entry.second = row;
        ++entry.first;
    }
    void addTo(QStringList &notes) const
    {
        for (auto it = m_byReason.begin(); it != m_byReason.end(); ++it)
            notes << QStringLiteral("skipped %1 row(s): %2 (first at row %3)")
                         .arg(it->first)
                         .arg(it.key())
                         .arg(it->second);
    }

private:
    QMap<QString, std::pair<qint64, qint64>> m_byReason;
};

QString skipKind(const RowClass &c)
{
    return c.kind == RowKind::Blank ? QStringLiteral("blank row") : QStringLiteral("totals row");
}

} // namespace

QString mappingSettingKey(const QStringList &header)
{
    return QStringLiteral("import.mapping.") + headerSignature(header);
}

Status saveMapping(Workspace &workspace, const QStringList &header, const Mapping &mapping)
{
    const QJsonObject json = mapping.toJson(header);
    return workspace.setSetting(mappingSettingKey(header),
                                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

std::optional<Mapping> savedMapping(Workspace &workspace, const QStringList &header)
{
    const QString text = workspace.setting(mappingSettingKey(header));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    auto mapping = Mapping::fromJson(doc.object(), header);
    if (!mapping) {
        qCWarning(lcImport) << "ignoring a saved mapping that does not fit:" << mapping.error().toString();
        return std::nullopt;
    }
    mapping->preset = mapping->preset.isEmpty() ? QStringLiteral("saved") : mapping->preset;
    return std::move(mapping.value());
}

Result<ImportPreview> previewFile(Workspace &workspace, const QString &path, const ImportOptions &options)
{
    auto sniffed = sniff(path, options);
    if (!sniffed)
        return sniffed.error();
    ImportPreview preview;
    preview.header = sniffed->header;
    preview.sample = sniffed->rows;
    auto mapping = resolveMapping(workspace, *sniffed, options);
    if (!mapping)
        return mapping.error();
    preview.mapping = std::move(mapping.value());
    preview.notes = sniffed->reader->notes();
    return preview;
}

Result<ImportReport> importFile(Workspace &workspace, const QString &path, const ImportOptions &options,
                                ProgressSink &sink)
{
    if (Status s = workspace.ensureWritable(); !s)
        return s.error();
    const QFileInfo info(path);
    if (!info.isFile()) {
        Error e = Error::io(QStringLiteral("no such file"), path);
        return e;
    }

    std::atomic_bool stopHash{false};
    auto fingerprint = std::async(std::launch::async, [path, &stopHash] { return detail::hashFile(path, stopHash); });
    struct StopHash
    {
        std::atomic_bool &flag;
        std::future<QString> &future;
        ~StopHash()
        {
            flag = true;
            if (future.valid())
                future.wait();
        }
    } stopOnExit{stopHash, fingerprint};

    // Every progress report comes from here: "started, size unknown" while the file is
    // opened and sniffed (a big XLSX takes a while), then the bytes done. Declared before
    // the pragmas are restored, so it also covers that, ending with the call.
    QElapsedTimer setupClock;
    setupClock.start();
    detail::Heartbeat heartbeat(sink, kProgressIntervalMs);
    auto sniffed = sniff(path, options);
    if (!sniffed)
        return sniffed.error();
    Sniffed &s = sniffed.value();
    auto mapping = resolveMapping(workspace, s, options);
    if (!mapping)
        return mapping.error();

    ImportReport report;
    report.file = path;
    report.header = s.header;
    report.mapping = std::move(mapping.value());
    report.kind = report.mapping.kind;
    report.preset = report.mapping.preset;
    report.notes = s.reader->notes();
    for (const SkipNote &note : s.layout.skipped) {
        ++report.skipped;
        report.notes << QStringLiteral("row %1: %2").arg(note.row).arg(note.reason);
    }

    EpochDay reportDay = options.reportDay;
    if (!report.mapping.has(Field::Date) && report.kind != RecordKind::People && report.kind != RecordKind::Goals) {
        if (reportDay == kNoDay)
            reportDay = toEpochDay(QDate::currentDate());
        report.notes << QStringLiteral("the file has no date column: its rows are dated %1").arg(epochDayToIso(reportDay));
    }

    sql::Connection &db = workspace.connection();
    const QString currency = workspace.setting(QStringLiteral("workspace.currency"), QStringLiteral("EUR"));
    // For the length of the import (neither touches durability):
    // - a 16 MB page cache: big enough for the pages a bulk load keeps coming back to (the
    //   right edge of each b-tree, the interior pages), while the pages it has filled spill
    //   to the WAL once, early. 128 MB was slower (more memory to fault in, all of it
    //   written at the commit) and the process eight times bigger;
    // - statement journals in memory: a multi-row upsert may stop half way, so SQLite saves
    //   the pages it changes in a statement journal, by default a temp file.
    // - for post metrics, the bulk of every big import, no foreign-key lookups and no CHECK
    //   evaluation: the content writer only writes ids it has just looked up or created in
    //   this transaction and values it has validated (cost category, hour of day, the
    //   attribution constant). A CHECK with an IN list builds a temporary b-tree on every
    //   row, and the lookups cost a b-tree search per row and key.
    // - no automatic WAL checkpoint at the commit: the commit (WAL written and fsynced) is
    //   what makes the import durable; copying the WAL into the database file is left to
    //   the next checkpoint (the next write after the import, or closing the workspace),
    //   instead of doubling the time the user waits for the import.
    (void)db.exec("PRAGMA cache_size = -16384");
    (void)db.exec("PRAGMA temp_store = MEMORY");
    (void)db.exec("PRAGMA wal_autocheckpoint = 0");
    const bool bulk = report.kind == RecordKind::ContentMetrics;
    if (bulk) {
        (void)db.exec("PRAGMA foreign_keys = OFF"); // only outside a transaction, as here
        (void)db.exec("PRAGMA ignore_check_constraints = ON");
    }
    struct RestorePragmas
    {
        sql::Connection &db;
        bool bulk;
        ~RestorePragmas() // after the transaction has ended: declared before it
        {
            (void)db.exec("PRAGMA cache_size = -2000");
            (void)db.exec("PRAGMA temp_store = DEFAULT");
            (void)db.exec("PRAGMA wal_autocheckpoint = 1000");
            if (bulk) {
                (void)db.exec("PRAGMA ignore_check_constraints = OFF");
                (void)db.exec("PRAGMA foreign_keys = ON");
            }
        }
    } restorePragmas{db, bulk};

    sql::Transaction transaction(db);
    if (Status st = transaction.begin(); !st)
        return st.error();
    // A post-metrics file adds a post for every few rows, and with revenue or cost columns
    // an order and a cost row for many of them: the indexes on those tables (person, day)
    // are cheaper built once afterwards.
    sql::DeferredIndexes deferred;
    if (bulk) {
        auto dropped = sql::DeferredIndexes::defer(db, {"content_item", "customer_order", "cost"}, s.estimatedRows());
        if (!dropped)
            return dropped.error();
        deferred = std::move(dropped.value());
        qCDebug(lcImport) << "deferred" << deferred.count() << "index(es) for about" << s.estimatedRows() << "rows";
    }

    RecordWriter::Context context;
    context.db = &db;
    context.mapping = &report.mapping;
    context.header = s.header;
    context.file = path;
    context.reportDay = reportDay;
    context.currency = currency;
    context.report = &report;
    detail::decideDayOrders(report.mapping, s.header, s.rows, context.dayOrders, report.notes);
    auto writer = RecordWriter::create(report.kind, context);
    if (!writer)
        return writer.error();
    RecordWriter &w = *writer.value();

    SkipTally skips;
    QElapsedTimer clock;
    clock.start();
    qint64 rows = 0;
    RecordReader &reader = *s.reader;
    const qint64 total = reader.size();
    heartbeat.reportNow(0, total);

    const qint64 setupMs = setupClock.elapsed();
    auto handle = [&](std::span<const std::string_view> fields, qint64 row,
                      const void *preparsed) -> std::optional<Error> {
        const RowClass cls = classifyRow(fields);
        if (cls.kind != RowKind::Data) {
            ++report.skipped;
            skips.add(skipKind(cls), row);
            return std::nullopt;
        }
        switch (preparsed ? w.writePreparsed(fields, row, preparsed) : w.write(fields, row)) {
        case RecordWriter::Outcome::Imported:
            ++report.imported;
            break;
        case RecordWriter::Outcome::Updated:
            ++report.updated;
            break;
        case RecordWriter::Outcome::Skipped:
            ++report.skipped;
            skips.add(w.skipReason(), row);
            break;
        case RecordWriter::Outcome::Rejected:
            ++report.rejectedCount;
            if (static_cast<int>(report.rejected.size()) < options.maxRejectedListed)
                report.rejected.push_back(w.rejection());
            break;
        case RecordWriter::Outcome::Failed: {
            Error e = w.error();
            e.file = path;
            e.row = row;
            return e;
        }
        }
        return std::nullopt;
    };

    std::vector<std::string_view> replay;
    for (size_t i = size_t(s.layout.dataIndex); i < s.sample.size(); ++i) {
        replay.clear();
        for (const std::string &f : s.sample[i].fields)
            replay.emplace_back(f);
        if (auto e = handle(replay, s.sample[i].row, nullptr))
            return *e;
    }
    // The rest of the file: read on a second thread, written here.
    RecordPipe::Preparse preparse;
    if (const size_t bytes = w.preparsedSize(); bytes > 0) {
        preparse.bytes = bytes;
        preparse.run = [&w](std::span<const std::string_view> fields, void *out) { w.preparse(fields, out); };
    }
    RecordPipe pipe(reader, 2048, 4, std::move(preparse));
    pipe.start();
    RecordPipe::Batch batch;
    qint64 position = 0; // the reader's position after the previous batch
    while (pipe.next(batch)) {
        size_t field = 0;
        size_t index = 0;
        for (const auto &[rowNumber, count] : batch.rows) {
            const std::span<const std::string_view> fields(batch.fields.data() + field, count);
            field += count;
            if (auto e = handle(fields, rowNumber, pipe.preparsed(batch, index++)))
                return *e; // the pipe stops in its destructor, the transaction rolls back
            if (++rows % kCheckEveryRows != 0)
                continue;
            if (sink.isCancelled())
                return Error::cancelled();
            // Within a batch, the bytes done are estimated from the rows done.
            heartbeat.update(position + (batch.position - position) * qint64(index) / qint64(batch.rows.size()),
                             total);
        }
        position = batch.position;
        pipe.recycle(std::move(batch));
    }
    pipe.stop();
    // Readers learn some things only on the way (a stray Windows-1252 byte): keep those notes too.
    for (const QString &note : reader.notes())
        if (!report.notes.contains(note))
            report.notes << note;
    if (const auto &error = reader.error(); error) {
        Error e = *error;
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    if (sink.isCancelled())
        return Error::cancelled();
    heartbeat.reportNow(total, total);
    // Finishing, the index rebuild, the fingerprint and the commit are single long calls;
    // the heartbeat keeps reporting "all read". Past this point the import completes even
    // if cancelled.
    const qint64 loopMs = clock.elapsed();
    if (Status st = w.finish(); !st)
        return st.error();
    const qint64 indexesStartMs = clock.elapsed();
    if (Status st = deferred.rebuild(); !st)
        return st.error();
    const qint64 indexesMs = clock.elapsed() - indexesStartMs;
    skips.addTo(report.notes);

    report.fingerprint = fingerprint.get();
    if (report.fingerprint.isEmpty())
        return Error::io(QStringLiteral("cannot read the file to fingerprint it"), path);

    if (report.rejectedCount > 0 && options.policy == ImportOptions::Policy::AllOrNothing) {
        transaction.rollback();
        report.outcome = ImportReport::Outcome::RolledBack;
        report.notes << QStringLiteral("nothing was written: %1 row(s) rejected (use skip-bad-rows to import the rest)")
                            .arg(report.rejectedCount);
        return report;
    }

    auto seen = db.prepare("SELECT imported_at FROM import_log WHERE fingerprint = ?1 LIMIT 1");
    if (!seen)
        return seen.error();
    seen->bind(1, report.fingerprint);
    if (seen->step()) {
        const QString when = seen->text(0);
        seen.value() = sql::Statement();
        transaction.rollback();
        report.outcome = ImportReport::Outcome::AlreadyImported;
        report.notes << QStringLiteral("this file was already imported on %1: nothing new was written").arg(when);
        report.imported = 0;
        report.updated = 0;
        report.attributedByCode = report.attributedByUtm = report.attributedByReferrer = report.unattributed = 0;
        return report;
    }
    seen.value() = sql::Statement();

    const QByteArray mappingJson = QJsonDocument(report.mapping.toJson(s.header)).toJson(QJsonDocument::Compact);
    auto log = db.prepare("INSERT INTO import_log(file_name, fingerprint, kind, preset, imported_at, rows_imported, "
                          "rows_updated, rows_skipped, rows_rejected, mapping_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                          "?7, ?8, ?9, ?10)");
    if (!log)
        return log.error();
    log->bind(1, info.fileName())
        .bind(2, report.fingerprint)
        .bind(3, kindName(report.kind))
        .bind(4, report.preset.isEmpty() ? QString() : report.preset)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(6, report.imported)
        .bind(7, report.updated)
        .bind(8, report.skipped)
        .bind(9, report.rejectedCount)
        .bind(10, std::string_view(mappingJson.constData(), size_t(mappingJson.size())));
    if (Status st = log->exec(); !st)
        return st.error();
    log.value() = sql::Statement();
    if (options.saveMapping) {
        if (Status st = saveMapping(workspace, s.header, report.mapping); !st)
            return st.error();
    }
    const qint64 commitStartMs = clock.elapsed();
    if (Status st = transaction.commit(); !st)
        return st.error();
    const qint64 doneMs = clock.elapsed();
    qCInfo(lcImport) << "imported" << path << kindName(report.kind) << report.imported << "new" << report.updated
                     << "updated" << report.skipped << "skipped" << report.rejectedCount << "rejected in" << doneMs
                     << "ms (setup" << setupMs << "ms, rows" << loopMs << "ms, index rebuild" << indexesMs << "ms, commit"
                     << (doneMs - commitStartMs) << "ms)";
    return report;
}

} // namespace iroi::import

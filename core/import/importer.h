#pragma once

#include "core/common/dates.h"
#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/import/mapping.h"
#include "core/store/workspace.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iroi::import {

struct ImportOptions
{
    enum class Policy {
        AllOrNothing, // one rejected row and nothing is written
        SkipBadRows,  // rejected rows are reported, the rest is written
    };

    RecordKind kind = RecordKind::Unknown;    // Unknown = detect
    QString preset;                           // a preset name (presets.h); empty = detect
    std::optional<Mapping> mapping;           // overrides kind and preset
    Policy policy = Policy::AllOrNothing;
    // The day for reports that carry none (Google Ads "All time", ad-level sheets);
    // kNoDay = the day of the import.
    EpochDay reportDay = kNoDay;
    QString sheet;                             // XLSX sheet; empty = the first
    bool saveMapping = false;                  // remember the mapping for this header layout
    int maxRejectedListed = 1000;              // the count goes on, the list stops
};

// A row that could not be used, where it is and why.
struct RejectedRow
{
    QString file;
    qint64 row = 0;
    QString column;
    QString value;
    QString reason;
};

struct ImportReport
{
    enum class Outcome {
        Committed,       // written (possibly with rejected rows skipped)
        RolledBack,      // all-or-nothing and some row was rejected: nothing written
        AlreadyImported, // the same file content is in import_log: nothing written
    };

    QString file;
    QString fingerprint; // SHA-256 of the file's bytes, hex
    RecordKind kind = RecordKind::Unknown;
    QString preset;
    QStringList header;
    Mapping mapping;
    Outcome outcome = Outcome::Committed;

    qint64 imported = 0; // rows that created records
    qint64 updated = 0;  // rows that replaced records of an earlier import (natural keys)
    qint64 skipped = 0;  // preamble, blank, totals and line rows, counted in notes
    qint64 rejectedCount = 0;
    std::vector<RejectedRow> rejected; // at most ImportOptions::maxRejectedListed
    QStringList notes;

    // Orders only: how each imported order was attributed.
    qint64 attributedByCode = 0;
    qint64 attributedByUtm = 0;
    qint64 attributedByReferrer = 0;
    qint64 unattributed = 0;

    bool committed() const { return outcome == Outcome::Committed; }
};

// Reads `path` (CSV and cousins, or XLSX), maps it and writes it into the workspace in ONE
// transaction: on error, cancel or (all-or-nothing) a rejected row, the workspace is left
// exactly as it was. Progress goes to `sink` in bytes every 50 ms (looked at every 256 rows;
// while committing, from a heartbeat thread); cancel is looked at every 256 rows and
// honoured until the commit starts.
Result<ImportReport> importFile(Workspace &workspace, const QString &path, const ImportOptions &options,
                                ProgressSink &sink);

// What importFile would do with a file, without writing: the header, some rows and the
// mapping it would use (for the import wizard and `--dry-run` style previews).
struct ImportPreview
{
    QStringList header;
    std::vector<QStringList> sample;
    Mapping mapping;
    QStringList notes;
};
Result<ImportPreview> previewFile(Workspace &workspace, const QString &path, const ImportOptions &options);

// Saved mappings live in the workspace's setting table under "import.mapping.<signature>".
QString mappingSettingKey(const QStringList &header);
Status saveMapping(Workspace &workspace, const QStringList &header, const Mapping &mapping);
std::optional<Mapping> savedMapping(Workspace &workspace, const QStringList &header);

} // namespace iroi::import

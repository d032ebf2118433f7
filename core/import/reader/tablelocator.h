#pragma once

#include "core/import/reader/recordreader.h"

#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace iroi::import {

// A record copied out of a reader (RecordView only lives until the next call).
struct OwnedRecord
{
    qint64 row = 0;
    std::vector<std::string> fields;
};

// Reads up to `count` records from the start of `reader` (for sniffing; the pipeline
// opens a fresh reader, or replays these, for the real pass).
std::vector<OwnedRecord> readSample(RecordReader &reader, int count = 50);

// A skipped row and why, for the import report ("row 1: skipped preamble "Campaign report"").
struct SkipNote
{
    qint64 row = 0;
    QString reason;
};

struct TableLayout
{
    int headerIndex = -1;  // index into the sample; -1: no header row found (then data starts at 0)
    qint64 headerRow = 0;  // the header's RecordView::row, 0 when none
    int dataIndex = 0;     // index into the sample of the first data row
    int fieldCount = 0;    // width of the table (the header's, trailing empty header cells dropped)
    std::vector<std::string> header; // header cells, trimmed (and without a BOM)
    std::vector<SkipNote> skipped;   // preamble and blank rows before the data
};

// Finds where the table starts in the first records of a source: the header is the first
// row whose non-empty cells are mostly text and that is followed by rows of (about) the
// same width whose cells are mostly numbers or dates. Report titles, "Date range: ..."
// lines and blank lines before it go to `skipped`. Without a convincing header, the first
// non-blank row is taken as the header when it is all text, else headerIndex = -1.
TableLayout locateTable(std::span<const OwnedRecord> sample);

enum class RowKind {
    Data,
    Blank,   // no fields, or every field empty/whitespace
    Summary, // "Total", "Totaal", "Total: Campaigns", "Grand total", "Totals", "Sum", "Gesamt", "Summe", "Subtotal", "Totaal:" ...
};

struct RowClass
{
    RowKind kind = RowKind::Data;
    QString reason; // empty for Data, e.g. "summary row ("Total: Account")" or "blank row"
};

// Per-record predicate for the streaming pass: is this a data row, a blank row, or a
// totals row to skip? A row is a summary when its first non-empty cell (among the
// first two) is one of the total words, alone or followed by ':' / ' ' and more text.
RowClass classifyRow(std::span<const std::string_view> fields);
inline bool isSummaryRow(std::span<const std::string_view> fields)
{
    return classifyRow(fields).kind == RowKind::Summary;
}
bool isBlankRow(std::span<const std::string_view> fields);

} // namespace iroi::import

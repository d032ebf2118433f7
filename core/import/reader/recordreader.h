#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace iroi::import {

// One physical record of a source file (a CSV record, a spreadsheet row), as UTF-8 text
// fields. Views stay valid until the next call to RecordReader::next(); a reader that
// streams a million rows must not allocate per field.
struct RecordView
{
    qint64 row = 0; // 1-based row number as the user sees it (CSV: line where the record starts; XLSX: sheet row)
    std::span<const std::string_view> fields;
};

// A streaming source of records: CSV and its cousins, or one sheet of an XLSX workbook.
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    // true: `record` holds the next record; false: end of input, or an error (see error()).
    virtual bool next(RecordView &record) = 0;
    // Set when next() returned false because of a problem (unreadable file, zip bomb, bad XML).
    virtual const std::optional<Error> &error() const = 0;

    // For progress: how far into the source we are, in the source's own units (bytes).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // What the reader detected and the user may want to know (encoding, delimiter, sheet).
    virtual QStringList notes() const = 0;
};

} // namespace iroi::import

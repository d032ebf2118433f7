#pragma once

#include "core/import/reader/recordreader.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace iroi::import {

enum class TextEncoding {
    Auto,        // BOM, then NUL pattern (UTF-16 without BOM), then UTF-8 with Windows-1252 fallback
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

QString encodingName(TextEncoding encoding);

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0;              // 0: detect among , ; TAB | from the first lines
    qsizetype chunkBytes = 1 << 20;  // read size; memory stays O(chunk + longest record)
    qsizetype maxRecordBytes = 64 << 20; // a longer record (e.g. an unclosed quote) is an error
};

// Streaming reader for CSV and its cousins (semicolon, tab, pipe separated).
//
// - Fields are UTF-8 whatever the file's encoding: UTF-16 and Windows-1252 are transcoded
//   chunk by chunk. A UTF-8 file with a few invalid bytes after the first chunk keeps
//   UTF-8 and reads only those bytes as Windows-1252 (a note says so).
// - RFC 4180 quoting: quoted fields may hold delimiters, line breaks and "" for a quote.
//   Lenient where real exports are sloppy: a quote inside an unquoted field is literal,
//   text after a closing quote is appended.
// - Line ends: LF, CRLF and CR alone, mixed freely.
// - A blank line is a record with ZERO fields (like Python's csv module).
// - RecordView::row is the physical line on which the record starts (1-based, the BOM is
//   not a line), so a record after a quoted multi-line field reports its true line.
class CsvReader final : public RecordReader
{
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const CsvOptions &options = {});
    // For tests and fuzzing: the same reader over bytes in memory.
    static Result<std::unique_ptr<CsvReader>> fromBytes(const QByteArray &bytes, const CsvOptions &options = {},
                                                        const QString &displayName = {});
    ~CsvReader() override;

    bool next(RecordView &record) override;
    const std::optional<Error> &error() const override;
    qint64 position() const override;
    qint64 size() const override;
    QStringList notes() const override;

    TextEncoding encoding() const;  // as detected or forced
    char delimiter() const;         // as detected or forced
    bool hadByteOrderMark() const;

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    static Result<std::unique_ptr<CsvReader>> create(std::unique_ptr<QIODevice> device, const CsvOptions &options,
                                                     const QString &name);
    std::unique_ptr<Impl> m_impl;
};

} // namespace iroi::import

#pragma once

#include "core/import/reader/recordreader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace iroi::import {

struct XlsxSheet
{
    QString name;     // as shown on the tab
    QString part;     // zip entry, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

struct XlsxOptions
{
    // Zip-bomb and size guards; exceeding any is an Error, never a silent truncation.
    qint64 maxEntryBytes = qint64(512) << 20; // uncompressed size of any entry read
    double maxCompressionRatio = 200.0;       // uncompressed / compressed, per entry
    int maxColumns = 16384;                   // Excel's limit (XFD)
    qint64 maxRows = 1048576;                 // Excel's limit
};

// Streaming reader of one worksheet of an .xlsx workbook (QuaZip + QXmlStreamReader; the
// sheet XML is never loaded whole, shared strings are).
//
// Cell text:
// - shared and inline strings as written (rich-text runs concatenated);
// - numbers as stored in the XML ("1234.5", "1E-3"), booleans as "TRUE"/"FALSE",
//   error cells as their code ("#N/A");
// - cells whose number format is a date/time format (built-in ids 14-22, 45-47 or a
//   custom format with d/m/y/h/s outside quotes) are CONVERTED to ISO text:
//   "yyyy-MM-dd" for whole days, "yyyy-MM-ddTHH:mm:ss" otherwise (1900 date system with
//   Excel's fictitious 1900-02-29; 1904 system when the workbook says so).
//   isDateCell() tells which fields of the current record were converted.
// - missing cells (sparse rows, r="C5") are empty fields; a row is as wide as its last
//   present cell. Rows absent from the sheet XML are NOT produced (RecordView::row
//   jumps), so row numbers are always the sheet's own.
class XlsxReader final : public RecordReader
{
public:
    // Sheet list in workbook order (workbook.xml + its rels).
    static Result<QList<XlsxSheet>> sheets(const QString &path);
    static Result<QList<XlsxSheet>> sheetsFromBytes(const QByteArray &bytes);

    // sheetName empty: the first sheet.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheetName = {},
                                                    const XlsxOptions &options = {});
    static Result<std::unique_ptr<XlsxReader>> fromBytes(const QByteArray &bytes, const QString &sheetName = {},
                                                         const XlsxOptions &options = {});
    ~XlsxReader() override;

    bool next(RecordView &record) override;
    const std::optional<Error> &error() const override;
    qint64 position() const override; // uncompressed bytes of the sheet XML consumed
    qint64 size() const override;     // uncompressed size of the sheet XML
    QStringList notes() const override;

    QString sheetName() const;
    // For the record last returned by next(): was field i a date-formatted cell (converted to ISO)?
    bool isDateCell(qsizetype field) const;

    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

private:
    struct Impl;
    explicit XlsxReader(std::unique_ptr<Impl> impl);
    static Result<std::unique_ptr<XlsxReader>> start(std::unique_ptr<Impl> impl, const QString &sheetName,
                                                     const XlsxOptions &options);
    std::unique_ptr<Impl> m_impl;
};

} // namespace iroi::import

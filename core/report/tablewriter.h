#pragma once

#include "core/common/result.h"
#include "core/report/table.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace iroi::report {

// Text that a spreadsheet would run as a formula (OWASP "CSV injection"): the first
// character is one of = + - @ TAB CR. Such text gets a leading apostrophe so it shows as
// typed and is never evaluated. Numbers are not text: a negative number stays a number.
bool looksLikeFormula(const QString &text);
QString neutraliseFormula(const QString &text);

// RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma,
// quote, CR or LF, quotes doubled. UTF-8 with a byte order mark so Excel reads accents.
// Numbers are written with '.' as decimal separator and without grouping.
QByteArray toCsv(const Table &table, bool withBom = true);
Status writeCsv(const Table &table, const QString &path);

// SpreadsheetML (.xlsx), one worksheet per table: bold header row, frozen, numbers as
// numbers with a number format per column kind, column widths fitted to the content.
// Written with QuaZip rather than libxlsxwriter: both bundle minizip under the same
// exported names (zipOpen, zipOpen3, ...), so in a process that loads QuaZip as well
// libxlsxwriter's zip calls bind to QuaZip's and crash.
Status writeXlsx(const std::vector<Table> &tables, const QString &path);

} // namespace iroi::report

#pragma once

#include <QString>

#include <variant>
#include <vector>

namespace iroi::report {

// How a column's numbers are meant to be read; writers use it for number formats and
// widths, never to change the value (money stays a number in currency units).
enum class ColumnKind { Text, Integer, Decimal, Money, Percent };

struct TableColumn
{
    QString header;
    ColumnKind kind = ColumnKind::Text;
};

// A cell is empty, a number or text. Numbers are kept as numbers all the way to the file
// so a spreadsheet can sum them; percents are fractions (0.58 for 58%).
using TableCell = std::variant<std::monostate, double, QString>;

// A rectangular table as exported to CSV and XLSX: one sheet per table.
struct Table
{
    QString name; // sheet name; trimmed to 31 characters by the XLSX writer
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
};

} // namespace iroi::report

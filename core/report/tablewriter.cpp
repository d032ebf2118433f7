#include "core/report/tablewriter.h"

#include "core/report/opcpackage.h"
#include "core/report/xmlwriter.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace iroi::report {

namespace {

QString numberText(double value, ColumnKind kind)
{
    if (kind == ColumnKind::Integer && std::isfinite(value) && std::abs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(std::llround(value)));
    // Shortest text that reads back as the same double: 0.1 stays "0.1".
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const TableCell &cell, ColumnKind kind)
{
    if (const auto *number = std::get_if<double>(&cell))
        return numberText(*number, kind);
    if (const auto *text = std::get_if<QString>(&cell))
        return neutraliseFormula(*text);
    return {};
}

void appendCsvField(QString &line, const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        line += field;
        return;
    }
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    line += QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Excel refuses sheet names longer than 31 characters, with []:*?/\ or duplicated.
QString sheetName(const QString &wanted, int index, const std::vector<QString> &taken)
{
    QString name = wanted.trimmed();
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char(' '));
    if (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.simplified();
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(index + 1);
    name.truncate(31);
    QString candidate = name;
    for (int n = 2; std::any_of(taken.begin(), taken.end(),
                                [&](const QString &t) { return t.compare(candidate, Qt::CaseInsensitive) == 0; });
         ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

// Cell styles of styles.xml: 0 default, 1 header, 2 integer, 3 decimal, 4 percent.
constexpr int kHeaderStyle = 1;

int numberStyle(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return 2;
    case ColumnKind::Decimal:
    case ColumnKind::Money:
        return 3;
    case ColumnKind::Percent:
        return 4;
    case ColumnKind::Text:
        break;
    }
    return 0;
}

QByteArray stylesXml(const QString &nsMain)
{
    Xml x;
    x.start(QStringLiteral("styleSheet"));
    x.attr(QStringLiteral("xmlns"), nsMain);
    x.start(QStringLiteral("numFmts"));
    x.attr(QStringLiteral("count"), 1);
    x.empty(QStringLiteral("numFmt"));
    x.attr(QStringLiteral("numFmtId"), 164); // custom formats start at 164
    x.attr(QStringLiteral("formatCode"), QStringLiteral("0.0%"));
    x.end();
    x.start(QStringLiteral("fonts"));
    x.attr(QStringLiteral("count"), 2);
    for (bool bold : {false, true}) {
        x.start(QStringLiteral("font"));
        if (bold)
            x.empty(QStringLiteral("b"));
        x.empty(QStringLiteral("sz"));
        x.attr(QStringLiteral("val"), 11);
        x.empty(QStringLiteral("name"));
        x.attr(QStringLiteral("val"), QStringLiteral("Calibri"));
        x.empty(QStringLiteral("family"));
        x.attr(QStringLiteral("val"), 2);
        x.end();
    }
    x.end();
    x.start(QStringLiteral("fills"));
    x.attr(QStringLiteral("count"), 2);
    for (const QString &pattern : {QStringLiteral("none"), QStringLiteral("gray125")}) {
        x.start(QStringLiteral("fill"));
        x.empty(QStringLiteral("patternFill"));
        x.attr(QStringLiteral("patternType"), pattern);
        x.end();
    }
    x.end();
    x.start(QStringLiteral("borders"));
    x.attr(QStringLiteral("count"), 2);
    for (bool bottom : {false, true}) {
        x.start(QStringLiteral("border"));
        x.empty(QStringLiteral("left"));
        x.empty(QStringLiteral("right"));
        x.empty(QStringLiteral("top"));
        if (bottom) {
            x.start(QStringLiteral("bottom"));
            x.attr(QStringLiteral("style"), QStringLiteral("thin"));
            x.empty(QStringLiteral("color"));
            x.attr(QStringLiteral("auto"), 1);
            x.end();
        } else {
            x.empty(QStringLiteral("bottom"));
        }
        x.empty(QStringLiteral("diagonal"));
        x.end();
    }
    x.end();
    x.start(QStringLiteral("cellStyleXfs"));
    x.attr(QStringLiteral("count"), 1);
    x.empty(QStringLiteral("xf"));
    x.attr(QStringLiteral("numFmtId"), 0);
    x.attr(QStringLiteral("fontId"), 0);
    x.attr(QStringLiteral("fillId"), 0);
    x.attr(QStringLiteral("borderId"), 0);
    x.end();
    x.start(QStringLiteral("cellXfs"));
    x.attr(QStringLiteral("count"), 5);
    // numFmtId 3 = "#,##0" and 4 = "#,##0.00" are built in (ECMA-376 18.8.30).
    const int formats[][3] = {{0, 0, 0}, {0, 1, 1}, {3, 0, 0}, {4, 0, 0}, {164, 0, 0}};
    for (const auto &f : formats) {
        x.empty(QStringLiteral("xf"));
        x.attr(QStringLiteral("numFmtId"), f[0]);
        x.attr(QStringLiteral("fontId"), f[1]);
        x.attr(QStringLiteral("fillId"), 0);
        x.attr(QStringLiteral("borderId"), f[2]);
        x.attr(QStringLiteral("xfId"), 0);
        if (f[0] != 0)
            x.attr(QStringLiteral("applyNumberFormat"), 1);
        if (f[1] != 0) {
            x.attr(QStringLiteral("applyFont"), 1);
            x.attr(QStringLiteral("applyBorder"), 1);
        }
    }
    x.end();
    x.start(QStringLiteral("cellStyles"));
    x.attr(QStringLiteral("count"), 1);
    x.empty(QStringLiteral("cellStyle"));
    x.attr(QStringLiteral("name"), QStringLiteral("Normal"));
    x.attr(QStringLiteral("xfId"), 0);
    x.attr(QStringLiteral("builtinId"), 0);
    x.end();
    x.end();
    return x.finish();
}

// "A", ..., "Z", "AA", ...
QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Width in characters of a cell as Excel will show it with the column's number format.
int displayWidth(const TableCell &cell, ColumnKind kind)
{
    if (const auto *number = std::get_if<double>(&cell)) {
        const QLocale c = QLocale::c();
        switch (kind) {
        case ColumnKind::Integer:
            return static_cast<int>(c.toString(std::round(*number), 'f', 0).size());
        case ColumnKind::Percent:
            return static_cast<int>(c.toString(*number * 100.0, 'f', 1).size()) + 1;
        default:
            return static_cast<int>(c.toString(*number, 'f', 2).size());
        }
    }
    if (const auto *text = std::get_if<QString>(&cell)) {
        int widest = 0;
        for (const QString &line : text->split(QLatin1Char('\n')))
            widest = std::max(widest, static_cast<int>(line.size()));
        return widest + (looksLikeFormula(*text) ? 1 : 0);
    }
    return 0;
}

} // namespace

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
           || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString neutraliseFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QByteArray toCsv(const Table &table, bool withBom)
{
    QString text;
    QString line;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            line += QLatin1Char(',');
        appendCsvField(line, neutraliseFormula(table.columns[c].header));
    }
    text += line + QLatin1String("\r\n");
    for (const auto &row : table.rows) {
        line.clear();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            if (c < row.size())
                appendCsvField(line, cellText(row[c], table.columns[c].kind));
        }
        text += line + QLatin1String("\r\n");
    }
    QByteArray bytes;
    if (withBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

Status writeCsv(const Table &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    file.write(toCsv(table));
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return success();
}

Status writeXlsx(const std::vector<Table> &tables, const QString &path)
{
    const QString nsMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString nsRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    const QString relBase = nsRel + QLatin1Char('/');
    const QString ctBase = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
    const std::vector<Table> sheets = tables.empty() ? std::vector<Table>{Table{}} : tables;
    const auto count = static_cast<qint64>(sheets.size());

    OpcPackage package;
    {
        Xml x;
        x.start(QStringLiteral("Types"));
        x.attr(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        x.empty(QStringLiteral("Default"));
        x.attr(QStringLiteral("Extension"), QStringLiteral("rels"));
        x.attr(QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        x.empty(QStringLiteral("Default"));
        x.attr(QStringLiteral("Extension"), QStringLiteral("xml"));
        x.attr(QStringLiteral("ContentType"), QStringLiteral("application/xml"));
        const auto over = [&](const QString &part, const QString &type) {
            x.empty(QStringLiteral("Override"));
            x.attr(QStringLiteral("PartName"), part);
            x.attr(QStringLiteral("ContentType"), type);
        };
        over(QStringLiteral("/xl/workbook.xml"), ctBase + QStringLiteral("sheet.main+xml"));
        for (qint64 i = 1; i <= count; ++i)
            over(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i), ctBase + QStringLiteral("worksheet+xml"));
        over(QStringLiteral("/xl/styles.xml"), ctBase + QStringLiteral("styles+xml"));
        over(QStringLiteral("/xl/sharedStrings.xml"), ctBase + QStringLiteral("sharedStrings+xml"));
        over(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        over(QStringLiteral("/docProps/app.xml"),
             QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        x.end();
        package.add(QStringLiteral("[Content_Types].xml"), x.finish());
    }
    const auto relationships = [](const std::vector<std::tuple<QString, QString, QString>> &rels) {
        Xml x;
        x.start(QStringLiteral("Relationships"));
        x.attr(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        for (const auto &[id, type, target] : rels) {
            x.empty(QStringLiteral("Relationship"));
            x.attr(QStringLiteral("Id"), id);
            x.attr(QStringLiteral("Type"), type);
            x.attr(QStringLiteral("Target"), target);
        }
        x.end();
        return x.finish();
    };
    package.add(QStringLiteral("_rels/.rels"),
                relationships({{QStringLiteral("rId1"), relBase + QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml")},
                               {QStringLiteral("rId2"),
                                QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                QStringLiteral("docProps/core.xml")},
                               {QStringLiteral("rId3"), relBase + QStringLiteral("extended-properties"),
                                QStringLiteral("docProps/app.xml")}}));
    {
        Xml x;
        x.start(QStringLiteral("cp:coreProperties"));
        x.attr(QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        x.attr(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        x.attr(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        x.attr(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        x.text(QStringLiteral("dc:creator"), QStringLiteral("Influence ROI"));
        x.start(QStringLiteral("dcterms:created"));
        x.attr(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        x.characters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        x.end();
        x.end();
        package.add(QStringLiteral("docProps/core.xml"), x.finish());
    }
    {
        Xml x;
        x.start(QStringLiteral("Properties"));
        x.attr(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        x.text(QStringLiteral("Application"), QStringLiteral("Influence ROI"));
        x.end();
        package.add(QStringLiteral("docProps/app.xml"), x.finish());
    }

    std::vector<QString> names;
    for (qint64 i = 0; i < count; ++i)
        names.push_back(sheetName(sheets[static_cast<std::size_t>(i)].name, static_cast<int>(i), names));
    {
        Xml x;
        x.start(QStringLiteral("workbook"));
        x.attr(QStringLiteral("xmlns"), nsMain);
        x.attr(QStringLiteral("xmlns:r"), nsRel);
        x.start(QStringLiteral("bookViews"));
        x.empty(QStringLiteral("workbookView"));
        x.end();
        x.start(QStringLiteral("sheets"));
        for (qint64 i = 0; i < count; ++i) {
            x.empty(QStringLiteral("sheet"));
            x.attr(QStringLiteral("name"), names[static_cast<std::size_t>(i)]);
            x.attr(QStringLiteral("sheetId"), i + 1);
            x.attr(QStringLiteral("r:id"), QStringLiteral("rId%1").arg(i + 1));
        }
        x.end();
        x.end();
        package.add(QStringLiteral("xl/workbook.xml"), x.finish());
    }
    {
        std::vector<std::tuple<QString, QString, QString>> rels;
        for (qint64 i = 1; i <= count; ++i)
            rels.emplace_back(QStringLiteral("rId%1").arg(i), relBase + QStringLiteral("worksheet"),
                              QStringLiteral("worksheets/sheet%1.xml").arg(i));
        rels.emplace_back(QStringLiteral("rId%1").arg(count + 1), relBase + QStringLiteral("styles"), QStringLiteral("styles.xml"));
        rels.emplace_back(QStringLiteral("rId%1").arg(count + 2), relBase + QStringLiteral("sharedStrings"),
                          QStringLiteral("sharedStrings.xml"));
        package.add(QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(rels));
    }
    package.add(QStringLiteral("xl/styles.xml"), stylesXml(nsMain));

    QStringList shared;
    QHash<QString, int> sharedIndex;
    const auto stringId = [&](const QString &text) {
        const auto it = sharedIndex.constFind(text);
        if (it != sharedIndex.cend())
            return *it;
        shared << text;
        sharedIndex.insert(text, static_cast<int>(shared.size() - 1));
        return static_cast<int>(shared.size() - 1);
    };
    for (qint64 i = 0; i < count; ++i) {
        const Table &table = sheets[static_cast<std::size_t>(i)];
        std::vector<int> widths(table.columns.size(), 0);
        Xml x;
        x.start(QStringLiteral("worksheet"));
        x.attr(QStringLiteral("xmlns"), nsMain);
        x.attr(QStringLiteral("xmlns:r"), nsRel);
        x.start(QStringLiteral("sheetViews"));
        x.start(QStringLiteral("sheetView"));
        x.attr(QStringLiteral("workbookViewId"), 0);
        if (i == 0)
            x.attr(QStringLiteral("tabSelected"), 1);
        // The header row stays in view while scrolling.
        x.empty(QStringLiteral("pane"));
        x.attr(QStringLiteral("ySplit"), 1);
        x.attr(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
        x.attr(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        x.attr(QStringLiteral("state"), QStringLiteral("frozen"));
        x.end();
        x.end();
        x.empty(QStringLiteral("sheetFormatPr"));
        x.attr(QStringLiteral("defaultRowHeight"), 15);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            widths[c] = static_cast<int>(table.columns[c].header.size()) + 2; // bold is wider
            for (const auto &row : table.rows)
                if (c < row.size())
                    widths[c] = std::max(widths[c], displayWidth(row[c], table.columns[c].kind));
        }
        if (!widths.empty()) {
            x.start(QStringLiteral("cols"));
            for (std::size_t c = 0; c < widths.size(); ++c) {
                x.empty(QStringLiteral("col"));
                x.attr(QStringLiteral("min"), static_cast<qint64>(c + 1));
                x.attr(QStringLiteral("max"), static_cast<qint64>(c + 1));
                x.attr(QStringLiteral("width"), std::clamp(widths[c] + 2, 8, 60));
                x.attr(QStringLiteral("customWidth"), 1);
            }
            x.end();
        }
        x.start(QStringLiteral("sheetData"));
        const auto writeRow = [&](qint64 rowNumber, const std::vector<TableCell> &cells, bool header) {
            x.start(QStringLiteral("row"));
            x.attr(QStringLiteral("r"), rowNumber);
            for (std::size_t c = 0; c < table.columns.size() && c < cells.size(); ++c) {
                const TableCell &cell = cells[c];
                const QString ref = columnName(static_cast<int>(c)) + QString::number(rowNumber);
                const ColumnKind kind = table.columns[c].kind;
                if (const auto *number = std::get_if<double>(&cell)) {
                    if (!std::isfinite(*number))
                        continue;
                    x.start(QStringLiteral("c"));
                    x.attr(QStringLiteral("r"), ref);
                    if (const int style = numberStyle(kind); style > 0)
                        x.attr(QStringLiteral("s"), style);
                    x.text(QStringLiteral("v"), QString::number(*number, 'g', QLocale::FloatingPointShortest));
                    x.end();
                } else if (const auto *text = std::get_if<QString>(&cell)) {
                    // A shared string is never evaluated; the apostrophe also protects the
                    // text if the sheet is later saved as CSV or the cell is edited.
                    x.start(QStringLiteral("c"));
                    x.attr(QStringLiteral("r"), ref);
                    x.attr(QStringLiteral("t"), QStringLiteral("s"));
                    if (header)
                        x.attr(QStringLiteral("s"), kHeaderStyle);
                    x.text(QStringLiteral("v"), QString::number(stringId(neutraliseFormula(*text))));
                    x.end();
                }
            }
            x.end();
        };
        std::vector<TableCell> header;
        for (const TableColumn &column : table.columns)
            header.emplace_back(column.header);
        writeRow(1, header, true);
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            writeRow(static_cast<qint64>(r + 2), table.rows[r], false);
        x.end(); // sheetData
        x.end();
        package.add(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), x.finish());
    }
    {
        Xml x;
        x.start(QStringLiteral("sst"));
        x.attr(QStringLiteral("xmlns"), nsMain);
        x.attr(QStringLiteral("uniqueCount"), static_cast<qint64>(shared.size()));
        for (const QString &text : shared) {
            x.start(QStringLiteral("si"));
            x.start(QStringLiteral("t"));
            if (text != text.trimmed())
                x.attr(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.characters(text);
            x.end();
            x.end();
        }
        x.end();
        package.add(QStringLiteral("xl/sharedStrings.xml"), x.finish());
    }
    return package.write(path);
}

} // namespace iroi::report

#include "core/report/tablewriter.h"
#include "tests/export/ziptestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace iroi;
using namespace iroi::report;

namespace {

struct XlsxCell
{
    QString type;  // "n" number, "s" shared string, "inlineStr", "str"
    QString value; // the number's text or the string itself
    QString style;
    bool hasFormula = false;
};

// Parses xl/sharedStrings.xml and xl/worksheets/sheetN.xml into "A1" -> cell.
QMap<QString, XlsxCell> readSheet(const QMap<QString, QByteArray> &zip, int sheet)
{
    QStringList shared;
    {
        QXmlStreamReader xml(zip.value(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            }
        }
    }
    QMap<QString, XlsxCell> cells;
    QXmlStreamReader xml(zip.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QString ref;
    XlsxCell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            cell = XlsxCell{};
            cell.type = xml.attributes().value(QLatin1String("t")).toString();
            if (cell.type.isEmpty())
                cell.type = QStringLiteral("n");
            cell.style = xml.attributes().value(QLatin1String("s")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
            cell.hasFormula = true;
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            cell.value += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            if (cell.type == QLatin1String("s"))
                cell.value = shared.value(cell.value.toInt());
            cells.insert(ref, cell);
        }
    }
    return cells;
}

Table sampleTable()
{
    Table table;
    table.name = QStringLiteral("People: by revenue?"); // ':' and '?' are not allowed in sheet names
    table.columns = {{QStringLiteral("Name"), ColumnKind::Text},
                     {QStringLiteral("Posts"), ColumnKind::Integer},
                     {QStringLiteral("Revenue"), ColumnKind::Money},
                     {QStringLiteral("ROI"), ColumnKind::Percent}};
    table.rows = {
        {QStringLiteral("Anna Müller"), 12.0, 4100.5, 0.25},
        {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), 3.0, -250.75, -0.5},
        {QStringLiteral("-2+3"), std::monostate{}, 0.0, 1.0},
        {QStringLiteral("@SUM(A1)"), 1.0, 1234567.89, 0.0},
    };
    return table;
}

} // namespace

class TstTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Expected per OWASP "CSV Injection": a leading = + - @ TAB or CR gets an apostrophe.
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+A1") << QStringLiteral("'+A1");
        QTest::newRow("minus text") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("Anna") << QStringLiteral("Anna");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(neutraliseFormula(input), expected);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("line");
        // RFC 4180 section 2, rules 5-7: quote fields with comma, quote or line break; double quotes.
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc\r\n");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"\r\n");
        QTest::newRow("cr inside") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"\r\n");
        QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"\r\n");
        QTest::newRow("utf8") << QStringLiteral("Zoë") << QByteArray("Zo\xC3\xAB\r\n");
    }
    void csvQuoting()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, line);
        Table table;
        table.columns = {{QStringLiteral("h"), ColumnKind::Text}};
        table.rows = {{field}};
        QCOMPARE(toCsv(table, false), QByteArray("h\r\n") + line);
    }

    void csvNumbers()
    {
        Table table = sampleTable();
        const QByteArray csv = toCsv(table);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.value(0), QByteArray("Name,Posts,Revenue,ROI\r"));
        QCOMPARE(lines.value(1), QByteArray("Anna M\xC3\xBCller,12,4100.5,0.25\r"));
        // Negative numbers stay numbers; the text that looks like one is neutralised.
        QCOMPARE(lines.value(2), QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3,-250.75,-0.5\r"));
        QCOMPARE(lines.value(3), QByteArray("'-2+3,,0,1\r"));
        QCOMPARE(lines.value(4), QByteArray("'@SUM(A1),1,1234567.89,0\r"));
        QCOMPARE(lines.size(), 6); // trailing CRLF leaves one empty piece
    }

    void csvFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(writeCsv(sampleTable(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), toCsv(sampleTable()));
        QVERIFY(!writeCsv(sampleTable(), dir.filePath(QStringLiteral("missing/dir/t.csv"))).ok());
    }

    void xlsxRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        Table second;
        second.name = QStringLiteral("People: by revenue?"); // duplicate name after cleaning
        second.columns = {{QStringLiteral("Metric"), ColumnKind::Text}, {QStringLiteral("Value"), ColumnKind::Decimal}};
        second.rows = {{QStringLiteral("ROAS"), 3.87}};
        const Status status = writeXlsx({sampleTable(), second}, path);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));

        const auto zip = test::readZip(path);
        QVERIFY(zip.contains(QStringLiteral("xl/workbook.xml")));
        const QByteArray workbook = zip.value(QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("name=\"People by revenue\""));
        QVERIFY(workbook.contains("name=\"People by revenue (2)\""));

        const auto cells = readSheet(zip, 1);
        // Header: strings with a style (bold).
        QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Name"));
        QCOMPARE(cells.value(QStringLiteral("D1")).value, QStringLiteral("ROI"));
        QVERIFY(!cells.value(QStringLiteral("A1")).style.isEmpty());
        QVERIFY(zip.value(QStringLiteral("xl/styles.xml")).contains("<b/>"));

        QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("Anna Müller"));
        QCOMPARE(cells.value(QStringLiteral("B2")).type, QStringLiteral("n"));
        QCOMPARE(cells.value(QStringLiteral("B2")).value.toDouble(), 12.0);
        QCOMPARE(cells.value(QStringLiteral("C2")).value.toDouble(), 4100.5);
        QCOMPARE(cells.value(QStringLiteral("D2")).value.toDouble(), 0.25);
        // Injected formula: stored as text with an apostrophe, never as a formula.
        QCOMPARE(cells.value(QStringLiteral("A3")).type, QStringLiteral("s"));
        QCOMPARE(cells.value(QStringLiteral("A3")).value, QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
        QCOMPARE(cells.value(QStringLiteral("A4")).value, QStringLiteral("'-2+3"));
        QCOMPARE(cells.value(QStringLiteral("A5")).value, QStringLiteral("'@SUM(A1)"));
        // Genuine negative numbers stay numbers.
        QCOMPARE(cells.value(QStringLiteral("C3")).type, QStringLiteral("n"));
        QCOMPARE(cells.value(QStringLiteral("C3")).value.toDouble(), -250.75);
        QCOMPARE(cells.value(QStringLiteral("D3")).value.toDouble(), -0.5);
        QCOMPARE(cells.value(QStringLiteral("C5")).value.toDouble(), 1234567.89);
        QVERIFY(!cells.contains(QStringLiteral("B4"))); // empty cell not written
        for (const XlsxCell &cell : cells)
            QVERIFY(!cell.hasFormula);

        // Column widths are set, header row frozen.
        const QByteArray sheet = zip.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(sheet.contains("customWidth=\"1\""));
        QVERIFY(sheet.contains("state=\"frozen\""));

        const auto cells2 = readSheet(zip, 2);
        QCOMPARE(cells2.value(QStringLiteral("A2")).value, QStringLiteral("ROAS"));
        QCOMPARE(cells2.value(QStringLiteral("B2")).value.toDouble(), 3.87);
    }

    // An independent reader: LibreOffice converts the workbook's first sheet to CSV.
    void xlsxOpensInLibreOffice()
    {
        QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-calc or libreoffice-impress)");
        const QDir program = QFileInfo(office).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
        if (!program.exists(QStringLiteral("libsclo.so")))
            QSKIP("LibreOffice has no spreadsheet module (apt-get install libreoffice-calc)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lo.xlsx"));
        QVERIFY(writeXlsx({sampleTable()}, path).ok());
        QTemporaryDir profile;
        QProcess convert;
        convert.start(office, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                               QStringLiteral("--convert-to"),
                               // comma, double quote, UTF-8 (76), from line 1, English (1033), cells as shown
                               QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true"),
                               QStringLiteral("--outdir"), dir.path(),
                               path});
        QVERIFY(convert.waitForFinished(300000));
        QFile csv(dir.filePath(QStringLiteral("lo.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        // LibreOffice writes the formatted values: thousands separators and percentages.
        QCOMPARE(lines.value(0).trimmed(), QByteArray("Name,Posts,Revenue,ROI"));
        QCOMPARE(lines.value(1).trimmed(), QByteArray("Anna M\xC3\xBCller,12,\"4,100.50\",25.0%"));
        QCOMPARE(lines.value(2).trimmed(), QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3,-250.75,-50.0%"));
    }

    void xlsxUnwritable()
    {
        QTemporaryDir dir;
        QVERIFY(!writeXlsx({sampleTable()}, dir.filePath(QStringLiteral("missing/dir/t.xlsx"))).ok());
    }
};

QTEST_GUILESS_MAIN(TstTableWriter)
#include "tst_tablewriter.moc"

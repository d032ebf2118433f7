#include "core/import/reader/csvreader.h"

#include <QFile>
#include <QTest>

using namespace iroi::import;

namespace {

const QString kAwkward = QStringLiteral(IROI_TEST_DATA "/import/awkward/");

// Records as "field|field|field"; the row numbers as "1,2,4".
struct ReadBack
{
    QStringList records;
    QString rows;
    std::optional<iroi::Error> error;
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0;
    QStringList notes;
    qint64 position = 0;
    qint64 size = 0;
};

ReadBack drain(CsvReader &reader)
{
    ReadBack back;
    RecordView record;
    QStringList rows;
    while (reader.next(record)) {
        QStringList fields;
        for (std::string_view field : record.fields)
            fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
        back.records << fields.join(QLatin1Char('|'));
        rows << QString::number(record.row);
    }
    back.rows = rows.join(QLatin1Char(','));
    back.error = reader.error();
    back.encoding = reader.encoding();
    back.delimiter = reader.delimiter();
    back.notes = reader.notes();
    back.position = reader.position();
    back.size = reader.size();
    return back;
}

ReadBack readFile(const QString &name, const CsvOptions &options = {})
{
    auto reader = CsvReader::open(kAwkward + name, options);
    if (!reader) {
        ReadBack back;
        back.error = reader.error();
        return back;
    }
    return drain(**reader);
}

ReadBack readBytes(const QByteArray &bytes, const CsvOptions &options = {})
{
    auto reader = CsvReader::fromBytes(bytes, options);
    if (!reader) {
        ReadBack back;
        back.error = reader.error();
        return back;
    }
    return drain(**reader);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void awkwardFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QString>("rows");

        const int utf8 = int(TextEncoding::Utf8);
        // Expected values are the bytes written by make_awkward.py, read by eye.
        QTest::newRow("utf-8 with BOM") << "utf8_bom_comma.csv" << utf8 << ","
                                        << QStringList{QStringLiteral("name|amount"), QStringLiteral("Zoë|1.5")}
                                        << "1,2";
        QTest::newRow("utf-16 LE with BOM, semicolon, CRLF")
            << "utf16le_bom_semicolon.csv" << int(TextEncoding::Utf16LE) << ";"
            << QStringList{QStringLiteral("naam|bedrag"), QStringLiteral("José|1.234,50"), QStringLiteral("Åsa|12,00")}
            << "1,2,3";
        QTest::newRow("utf-16 BE with BOM, tab") << "utf16be_bom_tab.csv" << int(TextEncoding::Utf16BE) << "\t"
                                                 << QStringList{QStringLiteral("channel|spend"), QStringLiteral("TikTok|€ 7")}
                                                 << "1,2";
        const QStringList days{QStringLiteral("day|clicks"), QStringLiteral("2025-01-14|3"), QStringLiteral("2025-01-15|4")};
        QTest::newRow("utf-16 LE without BOM") << "utf16le_nobom_comma.csv" << int(TextEncoding::Utf16LE) << "," << days
                                               << "1,2,3";
        QTest::newRow("utf-16 BE without BOM") << "utf16be_nobom_comma.csv" << int(TextEncoding::Utf16BE) << "," << days
                                               << "1,2,3";
        QTest::newRow("windows-1252") << "windows1252_semicolon.csv" << int(TextEncoding::Windows1252) << ";"
                                      << QStringList{QStringLiteral("name|amount|note"),
                                                     QStringLiteral("Café|€ 12,50|“quoted” – ok"),
                                                     QStringLiteral("Naïve|3|Œuvre")}
                                      << "1,2,3";
        QTest::newRow("pipe") << "pipe.csv" << utf8 << "|"
                              << QStringList{QStringLiteral("a|b|c"), QStringLiteral("1|2|3"), QStringLiteral("4|5|6")}
                              << "1,2,3";
        QTest::newRow("tab beats a comma inside fields")
            << "tab.tsv" << utf8 << "\t" << QStringList{QStringLiteral("a|b,with comma|c"), QStringLiteral("1|2,5|3")} << "1,2";
        QTest::newRow("semicolon with decimal commas")
            << "semicolon_decimal_comma.csv" << utf8 << ";"
            << QStringList{QStringLiteral("datum|omzet|kosten"), QStringLiteral("14-01-2025|1.234,56|10,5"),
                           QStringLiteral("15-01-2025|99,95|0,5")}
            << "1,2,3";
        QTest::newRow("quoted newline, doubled quotes, empty quoted")
            << "quoted_multiline.csv" << utf8 << ","
            << QStringList{QStringLiteral("id|comment|amount"), QStringLiteral("1|line one\r\nline two|5"),
                           QStringLiteral("2|says \"hi\", then, leaves|6"), QStringLiteral("3||7"), QStringLiteral("4|plain|8")}
            << "1,2,4,5,6"; // record 2 spans lines 2-3
        QTest::newRow("CR only") << "cr_only.csv" << utf8 << ","
                                 << QStringList{QStringLiteral("a|b"), QStringLiteral("x|1"), QStringLiteral("y|2")} << "1,2,3";
        QTest::newRow("mixed line ends, no final newline")
            << "mixed_line_ends.csv" << utf8 << ","
            << QStringList{QStringLiteral("a|b"), QStringLiteral("1|2"), QStringLiteral("3|4"), QStringLiteral("5|6")}
            << "1,2,3,4";
        // A blank line is a record without fields, which joins to "".
        QTest::newRow("blank lines") << "blank_lines.csv" << utf8 << ","
                                     << QStringList{QStringLiteral("a|b"), QString(), QStringLiteral("1|2"), QString(),
                                                    QStringLiteral("3|4")}
                                     << "1,2,3,4,5";
        QTest::newRow("trailing delimiter") << "trailing_delimiter.csv" << utf8 << ","
                                            << QStringList{QStringLiteral("a|b|"), QStringLiteral("1|2|")} << "1,2";
        // Python's csv module gives the same: ['xy', 'he said "no"'].
        QTest::newRow("sloppy quotes") << "sloppy_quotes.csv" << utf8 << ","
                                       << QStringList{QStringLiteral("a|b"), QStringLiteral("xy|he said \"no\"")} << "1,2";
        QTest::newRow("single column") << "single_column.csv" << utf8 << ","
                                       << QStringList{QStringLiteral("handle"), QStringLiteral("@anna"), QStringLiteral("@bob")}
                                       << "1,2,3";
    }

    void awkwardFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QStringList, records);
        QFETCH(QString, rows);
        const ReadBack back = readFile(file);
        QVERIFY2(!back.error, back.error ? qPrintable(back.error->toString()) : "");
        QCOMPARE(int(back.encoding), encoding);
        QCOMPARE(QString(QLatin1Char(back.delimiter)), delimiter);
        QCOMPARE(back.records, records);
        QCOMPARE(back.rows, rows);
        QCOMPARE(back.position, back.size);
    }

    void lateInvalidUtf8IsReadAsWindows1252()
    {
        // 12,001 ASCII rows (more than the 64 KiB sniffed), then "caf\xE9" on line 12002.
        const ReadBack back = readFile(QStringLiteral("utf8_late_invalid.csv"));
        QVERIFY(!back.error);
        QCOMPARE(back.encoding, TextEncoding::Utf8);
        QCOMPARE(back.records.size(), 12002);
        QCOMPARE(back.records.last(), QStringLiteral("12001|café"));
        QVERIFY(back.rows.endsWith(QStringLiteral(",12002")));
        QVERIFY(back.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Windows-1252")));
    }

    void unclosedQuoteIsAnErrorWithItsRow()
    {
        const ReadBack back = readFile(QStringLiteral("unclosed_quote.csv"));
        QCOMPARE(back.records, QStringList{QStringLiteral("a|b")});
        QVERIFY(back.error.has_value());
        QCOMPARE(back.error->row, qint64(2));
        QVERIFY(back.error->file.endsWith(QStringLiteral("unclosed_quote.csv")));
    }

    void missingFileIsAnIoError()
    {
        auto reader = CsvReader::open(kAwkward + QStringLiteral("no_such_file.csv"));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().kind, iroi::Error::Kind::Io);
    }

    // Every chunk size must give the same records: quotes, CRLF, multi-byte characters
    // and surrogate pairs cut at every possible place.
    void chunkBoundaries_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8") << int(TextEncoding::Utf8);
        QTest::newRow("utf-16 LE") << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16 BE") << int(TextEncoding::Utf16BE);
    }

    void chunkBoundaries()
    {
        QFETCH(int, encoding);
        const QString text = QStringLiteral("naam,\"opmerking\",€\r\n"
                                            "Zoë,\"een \"\"quote\"\", en\r\neen regel\",12\r"
                                            "😀,x,\"\"\n"
                                            ",,\r\n"
                                            "last,\"\",end");
        const QStringList expected{QStringLiteral("naam|opmerking|€"), QStringLiteral("Zoë|een \"quote\", en\r\neen regel|12"),
                                   QStringLiteral("😀|x|"), QStringLiteral("||"), QStringLiteral("last||end")};
        QByteArray bytes;
        if (TextEncoding(encoding) == TextEncoding::Utf8) {
            bytes = text.toUtf8();
        } else {
            for (const QChar c : text) {
                const char hi = char(c.unicode() >> 8);
                const char lo = char(c.unicode() & 0xFF);
                bytes.append(TextEncoding(encoding) == TextEncoding::Utf16LE ? lo : hi);
                bytes.append(TextEncoding(encoding) == TextEncoding::Utf16LE ? hi : lo);
            }
        }
        for (int chunk = 16; chunk <= 64; ++chunk) {
            CsvOptions options;
            options.chunkBytes = chunk;
            options.maxRecordBytes = 1 << 20;
            options.encoding = TextEncoding(encoding);
            const ReadBack back = readBytes(bytes, options);
            QVERIFY2(!back.error, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
            QCOMPARE(back.records, expected);
            QCOMPARE(back.rows, QStringLiteral("1,2,4,5,6"));
            QCOMPARE(back.delimiter, ',');
        }
    }

    // The delimiter is chosen on the same text whatever the chunk size: a first line
    // longer than the sniffing window once gave ',' in small chunks and ';' in large ones.
    void delimiterDoesNotDependOnChunkSize()
    {
        QByteArray line;
        while (line.size() < 70 * 1024)
            line += "alpha;beta;gamma;";
        const QByteArray bytes = line + "\nx;y;z\n";
        QStringList records;
        for (int chunk : {16, 23, 4096, 1 << 20}) {
            CsvOptions options;
            options.chunkBytes = chunk;
            options.maxRecordBytes = 1 << 20;
            const ReadBack back = readBytes(bytes, options);
            QVERIFY2(!back.error, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
            QCOMPARE(back.delimiter, ';');
            QCOMPARE(back.records.size(), 2);
            QCOMPARE(back.records.last(), QStringLiteral("x|y|z"));
        }
    }

    // The fuzz_csv finding of 2026-12-02: forced UTF-16BE text with a BOM and no line
    // break in its first 64 KiB of text; the first byte is the harness's control byte.
    void fuzzFindingUtf16BeChunkDifferential()
    {
        QFile file(QStringLiteral(IROI_TEST_DATA "/import/fuzz-crashes/csv-utf16be-chunk-differential.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().mid(1);
        CsvOptions options;
        options.encoding = TextEncoding::Utf16BE;
        options.maxRecordBytes = 1 << 20;
        CsvOptions small = options;
        small.chunkBytes = 23;
        const ReadBack a = readBytes(bytes, small);
        const ReadBack b = readBytes(bytes, options);
        QCOMPARE(a.delimiter, b.delimiter);
        QCOMPARE(a.records, b.records);
        QCOMPARE(a.rows, b.rows);
        QCOMPARE(a.error.has_value(), b.error.has_value());
    }

    void forcedOptionsWin()
    {
        CsvOptions options;
        options.delimiter = ';';
        const ReadBack back = readFile(QStringLiteral("pipe.csv"), options);
        QCOMPARE(back.records, (QStringList{QStringLiteral("a|b|c"), QStringLiteral("1|2|3"), QStringLiteral("4|5|6")}));
        QCOMPARE(back.delimiter, ';');

        options = {};
        options.delimiter = '"';
        QVERIFY(!CsvReader::open(kAwkward + QStringLiteral("pipe.csv"), options).ok());
    }

    void overlongRecordIsAnError()
    {
        CsvOptions options;
        options.chunkBytes = 16;
        options.maxRecordBytes = 64;
        const QByteArray bytes = "a,b\n\"" + QByteArray(200, 'x') + "\",1\n";
        const ReadBack back = readBytes(bytes, options);
        QCOMPARE(back.records, QStringList{QStringLiteral("a|b")});
        QVERIFY(back.error.has_value());
        QCOMPARE(back.error->row, qint64(2));
    }

    void emptyInput()
    {
        const ReadBack back = readBytes(QByteArray());
        QVERIFY(!back.error);
        QVERIFY(back.records.isEmpty());
        const ReadBack bomOnly = readBytes(QByteArray("\xEF\xBB\xBF"));
        QVERIFY(!bomOnly.error);
        QVERIFY(bomOnly.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

#include "core/import/reader/xlsxreader.h"

#include <QFile>
#include <QTest>

using namespace iroi::import;

namespace {

const QString kAwkward = QStringLiteral(IROI_TEST_DATA "/import/awkward/");

struct Sheet
{
    QStringList records; // "field|field"
    QString rows;        // "1,2,5"
    QString dates;       // per record, the indexes of date cells: "2:2,3;5:2"
    std::optional<iroi::Error> error;
};

Sheet drain(XlsxReader &reader)
{
    Sheet sheet;
    RecordView record;
    QStringList rows;
    QStringList dates;
    while (reader.next(record)) {
        QStringList fields;
        QStringList dateFields;
        for (qsizetype i = 0; i < qsizetype(record.fields.size()); ++i) {
            const std::string_view field = record.fields[std::size_t(i)];
            fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
            if (reader.isDateCell(i))
                dateFields << QString::number(i);
        }
        sheet.records << fields.join(QLatin1Char('|'));
        rows << QString::number(record.row);
        if (!dateFields.isEmpty())
            dates << QStringLiteral("%1:%2").arg(record.row).arg(dateFields.join(QLatin1Char(',')));
    }
    sheet.rows = rows.join(QLatin1Char(','));
    sheet.dates = dates.join(QLatin1Char(';'));
    sheet.error = reader.error();
    return sheet;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void listsSheetsInWorkbookOrder()
    {
        auto sheets = XlsxReader::sheets(kAwkward + QStringLiteral("sheets.xlsx"));
        QVERIFY(sheets.ok());
        QCOMPARE(sheets->size(), 2);
        QCOMPARE(sheets->at(0).name, QStringLiteral("Data"));
        QCOMPARE(sheets->at(0).part, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheets->at(0).hidden);
        QCOMPARE(sheets->at(1).name, QStringLiteral("Notes, hidden"));
        QVERIFY(sheets->at(1).hidden);
    }

    void readsCellsOfEveryKind()
    {
        auto reader = XlsxReader::open(kAwkward + QStringLiteral("sheets.xlsx"));
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->sheetName(), QStringLiteral("Data"));
        const Sheet sheet = drain(**reader);
        QVERIFY(!sheet.error);
        // From make_awkward.py: shared strings 0-3 are "Campaign", "Spend", "Rich text"
        // (two runs, phonetic run dropped) and " Zoë & co "; serial 45658 = 2025-01-01,
        // .8125 of a day = 19:30; serial 61 = 1900-03-01 and 59 = 1900-02-28 (Excel's
        // fictitious 1900-02-29 is 60); style 3 is a number format with "days" in quotes,
        // not a date.
        const QStringList expected{
            QStringLiteral("Campaign|Spend|Day|When|Live"),
            QStringLiteral("Rich text|1234.5|2025-01-01|2025-01-01T19:30:00|TRUE"),
            QStringLiteral(" Zoë & co ||||FALSE"),
            QStringLiteral("||1900-03-01"),
            QStringLiteral("#N/A|2.5|1900-02-28|Campaignx"),
        };
        QCOMPARE(sheet.records, expected);
        QCOMPARE(sheet.rows, QStringLiteral("1,2,3,5,6"));
        QCOMPARE(sheet.dates, QStringLiteral("2:2,3;5:2;6:2"));
        QCOMPARE((*reader)->position(), (*reader)->size());
    }

    void opensASheetByName()
    {
        auto reader = XlsxReader::open(kAwkward + QStringLiteral("sheets.xlsx"), QStringLiteral("notes, HIDDEN"));
        QVERIFY(reader.ok());
        const Sheet sheet = drain(**reader);
        QCOMPARE(sheet.records, QStringList{QStringLiteral("second sheet")});

        auto missing = XlsxReader::open(kAwkward + QStringLiteral("sheets.xlsx"), QStringLiteral("Nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().expected, QStringLiteral("Data, Notes, hidden"));
    }

    void date1904System()
    {
        auto reader = XlsxReader::open(kAwkward + QStringLiteral("date1904.xlsx"));
        QVERIFY(reader.ok());
        // 1904 system: serial 0 = 1904-01-01; 1904 is a leap year, so 366 = 1905-01-01.
        QCOMPARE(drain(**reader).records, QStringList{QStringLiteral("1904-01-01|1905-01-01")});
    }

    void fromBytesMatchesFile()
    {
        QFile file(kAwkward + QStringLiteral("sheets.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(XlsxReader::sheetsFromBytes(bytes)->size(), 2);
        auto reader = XlsxReader::fromBytes(bytes);
        QVERIFY(reader.ok());
        QCOMPARE(drain(**reader).records.size(), 5);
    }

    void guards_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("failsOnOpen");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("row");
        QTest::newRow("zip bomb") << "zip_bomb.xlsx" << true << "zip bomb" << qint64(-1);
        QTest::newRow("too many columns") << "too_many_columns.xlsx" << false << "16384 columns" << qint64(1);
        QTest::newRow("too many rows") << "too_many_rows.xlsx" << false << "1048576 rows" << qint64(1048577);
        QTest::newRow("not a zip") << "not_a_zip.xlsx" << true << "not an .xlsx" << qint64(-1);
    }

    void guards()
    {
        QFETCH(QString, file);
        QFETCH(bool, failsOnOpen);
        QFETCH(QString, messagePart);
        QFETCH(qint64, row);
        auto reader = XlsxReader::open(kAwkward + file);
        iroi::Error error;
        if (failsOnOpen) {
            QVERIFY(!reader.ok());
            error = reader.error();
        } else {
            QVERIFY(reader.ok());
            const Sheet sheet = drain(**reader);
            QVERIFY(sheet.error.has_value());
            error = *sheet.error;
        }
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
        QCOMPARE(error.row, row);
        QVERIFY(error.file.endsWith(file));
    }

    void smallerEntryLimit()
    {
        XlsxOptions options;
        options.maxEntryBytes = 100; // every part of sheets.xlsx is larger
        auto reader = XlsxReader::open(kAwkward + QStringLiteral("sheets.xlsx"), {}, options);
        QVERIFY(!reader.ok());
        QVERIFY(reader.error().message.contains(QStringLiteral("zip bomb")));
    }

    void realWorkbook()
    {
        const QString path = QStringLiteral(IROI_SHARED_DATA "/national_media.xlsx");
        if (!QFile::exists(path))
            QSKIP("shared data not available");
        auto sheets = XlsxReader::sheets(path);
        QVERIFY(sheets.ok());
        QCOMPARE(sheets->size(), 1);
        QCOMPARE(sheets->at(0).name, QStringLiteral("Sheet1"));
        auto reader = XlsxReader::open(path);
        QVERIFY(reader.ok());
        const Sheet sheet = drain(**reader);
        QVERIFY(!sheet.error);
        // Expected values from python3 (zipfile + xml.etree on xl/worksheets/sheet1.xml):
        // 157 <row> elements numbered 1..157; A1 absent, B1 "time", W1
        // "Channel5_frequency", A2 "0", B2 "2021-01-25", C2 "19991690", I2
        // "142385.546875", O2 "-15.4294548034668", A157 "155", B157 "2024-01-15",
        // W157 "2.149418592453003"; 23 columns (A..W).
        QCOMPARE(sheet.records.size(), 157);
        QVERIFY(sheet.rows.startsWith(QStringLiteral("1,2,3,")));
        QVERIFY(sheet.rows.endsWith(QStringLiteral(",156,157")));
        const QStringList header = sheet.records.at(0).split(QLatin1Char('|'));
        QCOMPARE(header.size(), 23);
        QCOMPARE(header.at(0), QString());
        QCOMPARE(header.at(1), QStringLiteral("time"));
        QCOMPARE(header.at(22), QStringLiteral("Channel5_frequency"));
        const QStringList second = sheet.records.at(1).split(QLatin1Char('|'));
        QCOMPARE(second.at(0), QStringLiteral("0"));
        QCOMPARE(second.at(1), QStringLiteral("2021-01-25"));
        QCOMPARE(second.at(2), QStringLiteral("19991690"));
        QCOMPARE(second.at(8), QStringLiteral("142385.546875"));
        QCOMPARE(second.at(14), QStringLiteral("-15.4294548034668"));
        const QStringList last = sheet.records.last().split(QLatin1Char('|'));
        QCOMPARE(last.at(0), QStringLiteral("155"));
        QCOMPARE(last.at(1), QStringLiteral("2024-01-15"));
        QCOMPARE(last.at(22), QStringLiteral("2.149418592453003"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"

#include "core/import/reader/csvreader.h"
#include "core/import/reader/tablelocator.h"
#include "core/import/reader/xlsxreader.h"

#include <QFile>
#include <QTest>

using namespace iroi::import;

namespace {

const QString kAwkward = QStringLiteral(IROI_TEST_DATA "/import/awkward/");

std::vector<OwnedRecord> sampleOf(const QString &path)
{
    std::unique_ptr<RecordReader> reader;
    if (path.endsWith(QStringLiteral(".xlsx"))) {
        auto xlsx = XlsxReader::open(path);
        if (xlsx)
            reader = std::move(*xlsx);
    } else {
        auto csv = CsvReader::open(path);
        if (csv)
            reader = std::move(*csv);
    }
    if (!reader)
        return {};
    return readSample(*reader, 50);
}

QString skippedRows(const TableLayout &layout)
{
    QStringList rows;
    for (const SkipNote &note : layout.skipped)
        rows << QString::number(note.row);
    return rows.join(QLatin1Char(','));
}

// Rows (of the whole sample) that classifyRow calls summaries / blanks.
QString rowsOfKind(const std::vector<OwnedRecord> &sample, RowKind kind)
{
    QStringList rows;
    for (const OwnedRecord &record : sample) {
        const std::vector<std::string_view> fields(record.fields.begin(), record.fields.end());
        if (classifyRow(fields).kind == kind)
            rows << QString::number(record.row);
    }
    return rows.join(QLatin1Char(','));
}

} // namespace

class TestTableLocator : public QObject
{
    Q_OBJECT

private slots:
    void classifiesRows_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("kind");
        const int data = int(RowKind::Data);
        const int summary = int(RowKind::Summary);
        const int blank = int(RowKind::Blank);
        auto row = [](const char *csv) { return QString::fromUtf8(csv).split(QLatin1Char(',')); };
        QTest::newRow("Total") << row("Total,12,5") << summary;
        QTest::newRow("Total:") << row("Total:,12,5") << summary;
        QTest::newRow("Total: Campaigns") << row("Total: Campaigns, --,12") << summary;
        QTest::newRow("TOTALS") << row("TOTALS,12") << summary;
        QTest::newRow("Totaal") << row("Totaal,12") << summary;
        QTest::newRow("Grand total") << row("Grand total,12") << summary;
        QTest::newRow("Grand total of spend") << row("Grand total of spend,12") << summary;
        QTest::newRow("Sum") << row("Sum,12") << summary;
        QTest::newRow("Gesamt") << row("Gesamt,12") << summary;
        QTest::newRow("label in second cell") << row(",Total,12") << summary;
        QTest::newRow("campaign named Total Wine") << row("Total Wine & More,12") << data;
        QTest::newRow("Summer") << row("Summer,12") << data;
        QTest::newRow("total in third cell") << row("a,b,Total") << data;
        QTest::newRow("all empty") << row(",, ,") << blank;
        QTest::newRow("no fields") << QStringList() << blank;
    }

    void classifiesRows()
    {
        QFETCH(QStringList, fields);
        QFETCH(int, kind);
        std::vector<std::string> texts;
        for (const QString &field : fields)
            texts.push_back(field.toStdString());
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        const RowClass result = classifyRow(views);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.reason.isEmpty(), kind == int(RowKind::Data));
        QCOMPARE(isSummaryRow(views), kind == int(RowKind::Summary));
        QCOMPARE(isBlankRow(views), kind == int(RowKind::Blank));
    }

    void locates_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("headerRow");
        QTest::addColumn<QString>("skipped");
        QTest::addColumn<QString>("firstHeader");
        QTest::addColumn<int>("fieldCount");
        QTest::addColumn<QString>("summaries");

        const QString shared = QStringLiteral(IROI_SHARED_DATA "/");
        // Hand-made: title, date range, blank line, header on line 4, totals on 8 and 9.
        QTest::newRow("preamble and totals") << kAwkward + QStringLiteral("preamble_totals.csv") << qint64(4)
                                             << "1,2,3" << "Campaign" << 3 << "8,9";
        QTest::newRow("text-only table") << kAwkward + QStringLiteral("single_column.csv") << qint64(1) << ""
                                         << "handle" << 1 << "";
        QTest::newRow("xlsx header") << kAwkward + QStringLiteral("sheets.xlsx") << qint64(1) << "" << "Campaign" << 5 << "";
        // Real exports; expected rows read off python3's csv module (see tst_sharedfiles).
        QTest::newRow("google ads") << shared + QStringLiteral("google_ads_campaign_report_usd_alltime.csv") << qint64(3)
                                    << "1,2" << "Campaign status" << 24 << "16,17,18,19,20";
        QTest::newRow("instagram (BOM)") << shared + QStringLiteral("top_insta_influencers_data.csv") << qint64(1) << ""
                                         << "rank" << 10 << "";
        QTest::newRow("meta") << shared + QStringLiteral("meta_ads_manager_daily_export.csv") << qint64(1) << "" << "Day"
                              << 9 << "";
        QTest::newRow("national media xlsx (A1 empty)") << shared + QStringLiteral("national_media.xlsx") << qint64(1)
                                                        << "" << "" << 23 << "";
    }

    void locates()
    {
        QFETCH(QString, path);
        QFETCH(qint64, headerRow);
        QFETCH(QString, skipped);
        QFETCH(QString, firstHeader);
        QFETCH(int, fieldCount);
        QFETCH(QString, summaries);
        if (!QFile::exists(path))
            QSKIP("data file not available");
        const std::vector<OwnedRecord> sample = sampleOf(path);
        QVERIFY(!sample.empty());
        const TableLayout layout = locateTable(sample);
        QCOMPARE(layout.headerRow, headerRow);
        QCOMPARE(layout.dataIndex, layout.headerIndex + 1);
        QCOMPARE(skippedRows(layout), skipped);
        QCOMPARE(QString::fromStdString(layout.header.at(0)), firstHeader);
        QCOMPARE(layout.fieldCount, fieldCount);
        QCOMPARE(rowsOfKind(sample, RowKind::Summary), summaries);
        for (const SkipNote &note : layout.skipped)
            QVERIFY(!note.reason.isEmpty());
    }

    void preambleNotesSayWhat()
    {
        const TableLayout layout = locateTable(sampleOf(kAwkward + QStringLiteral("preamble_totals.csv")));
        QCOMPARE(layout.skipped.size(), std::size_t(3));
        QVERIFY(layout.skipped[0].reason.contains(QStringLiteral("Campaign performance report")));
        QVERIFY(layout.skipped[1].reason.contains(QStringLiteral("Date range")));
        QVERIFY(layout.skipped[2].reason.contains(QStringLiteral("blank")));
    }

    void noHeader()
    {
        auto reader = CsvReader::fromBytes(QByteArray("\n1,2\n3,4\n5,6\n"));
        QVERIFY(reader.ok());
        const TableLayout layout = locateTable(readSample(**reader));
        QCOMPARE(layout.headerIndex, -1);
        QCOMPARE(layout.headerRow, qint64(0));
        QCOMPARE(layout.dataIndex, 1);
        QCOMPARE(layout.fieldCount, 2);
        QCOMPARE(skippedRows(layout), QStringLiteral("1"));
    }

    void emptySample()
    {
        const TableLayout layout = locateTable({});
        QCOMPARE(layout.headerIndex, -1);
        QCOMPARE(layout.fieldCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestTableLocator)
#include "tst_tablelocator.moc"

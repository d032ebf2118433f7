// The real third-party exports in ../shared/data, read through the CSV reader and the
// value parsers. Every expected value was computed with python3's csv module, e.g.
//   python3 -c "import csv; r=list(csv.reader(open('google_ads_campaign_report_usd_alltime.csv',
//               newline='', encoding='utf-8-sig'))); print(len(r), r[3][8], r[5][17])"
// and (for the last record's line) csv.reader(...).line_num after the loop.
#include "core/import/reader/csvreader.h"
#include "core/import/reader/values.h"

#include <QFile>
#include <QTest>

using namespace iroi::import;

namespace {

struct Table
{
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> rows;
    TextEncoding encoding = TextEncoding::Auto;
    bool bom = false;
    char delimiter = 0;
    bool failed = false;
};

Table readShared(const QString &name)
{
    Table table;
    auto reader = CsvReader::open(QStringLiteral(IROI_SHARED_DATA "/") + name);
    if (!reader) {
        table.failed = true;
        return table;
    }
    RecordView record;
    while ((*reader)->next(record)) {
        table.records.emplace_back(record.fields.begin(), record.fields.end());
        table.rows.push_back(record.row);
    }
    table.failed = (*reader)->error().has_value();
    table.encoding = (*reader)->encoding();
    table.bom = (*reader)->hadByteOrderMark();
    table.delimiter = (*reader)->delimiter();
    return table;
}

QString cell(const Table &table, std::size_t record, std::size_t field)
{
    if (record >= table.records.size() || field >= table.records[record].size())
        return QStringLiteral("<missing>");
    return QString::fromStdString(table.records[record][field]);
}

} // namespace

class TestSharedFiles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!QFile::exists(QStringLiteral(IROI_SHARED_DATA "/google_ads_campaign_report_usd_alltime.csv")))
            QSKIP("shared data not available");
    }

    void counts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<qint64>("lastRow");
        QTest::addColumn<int>("headerFields");
        QTest::addColumn<bool>("bom");
        // python3: len(list(csv.reader(...))), reader.line_num, len(header)
        QTest::newRow("google ads") << "google_ads_campaign_report_usd_alltime.csv" << 20 << qint64(20) << 24 << false;
        QTest::newRow("facebook CR only") << "facebook_ads_KAG_conversion_data_CR_line_endings.csv" << 1144 << qint64(1144)
                                          << 11 << false;
        QTest::newRow("instagram") << "top_insta_influencers_data.csv" << 201 << qint64(201) << 10 << true;
        QTest::newRow("meta") << "meta_ads_manager_daily_export.csv" << 317 << qint64(317) << 9 << false;
        QTest::newRow("shopify") << "shopify_orders_export_devstore.csv" << 41 << qint64(41) << -1 << false;
        QTest::newRow("cdnow") << "cdnow_transactions.csv" << 6920 << qint64(6920) << 5 << false;
    }

    void counts()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(qint64, lastRow);
        QFETCH(int, headerFields);
        QFETCH(bool, bom);
        const Table table = readShared(file);
        QVERIFY(!table.failed);
        QCOMPARE(int(table.records.size()), records);
        QCOMPARE(table.rows.back(), lastRow);
        QCOMPARE(table.delimiter, ',');
        QCOMPARE(table.encoding, TextEncoding::Utf8);
        QCOMPARE(table.bom, bom);
        if (headerFields > 0) {
            const std::size_t headerIndex = file.startsWith(QStringLiteral("google")) ? 2 : 0;
            QCOMPARE(int(table.records[headerIndex].size()), headerFields);
        }
    }

    void googleAds()
    {
        const Table t = readShared(QStringLiteral("google_ads_campaign_report_usd_alltime.csv"));
        // python3 csv: r[0] == ['Campaign report'], r[2][:3], r[3][8] '795,836', r[3][10]
        // '1.16%', r[5][17] '< 10%', r[6][17] '11.24%', r[15][22] '18,703.32',
        // r[4][1] 'Deck, siding & other_Remarketing_RSL', r[3][3] ' --'.
        QCOMPARE(t.records[0].size(), std::size_t(1));
        QCOMPARE(cell(t, 0, 0), QStringLiteral("Campaign report"));
        QCOMPARE(cell(t, 2, 1), QStringLiteral("Campaign"));
        QCOMPARE(cell(t, 4, 1), QStringLiteral("Deck, siding & other_Remarketing_RSL"));
        QCOMPARE(cell(t, 3, 8), QStringLiteral("795,836"));
        QCOMPARE(cell(t, 3, 3), QStringLiteral(" --"));
        QCOMPARE(parseNumber(t.records[3][8], NumberStyle::DecimalPoint), std::optional<double>(795836.0));
        QCOMPARE(parseNumber(t.records[3][10], NumberStyle::DecimalPoint), std::optional<double>(0.0116));
        QCOMPARE(parseNumberDetailed(t.records[3][3], NumberStyle::DecimalPoint).kind, ParsedNumber::Kind::Missing);
        QCOMPARE(parseNumberDetailed(t.records[5][17], NumberStyle::DecimalPoint).kind, ParsedNumber::Kind::Censored);
        QCOMPARE(parseNumber(t.records[6][17], NumberStyle::DecimalPoint), std::optional<double>(0.1124));
        QCOMPARE(parseNumber(t.records[15][22], NumberStyle::DecimalPoint), std::optional<double>(18703.32));
        QCOMPARE(cell(t, 15, 0), QStringLiteral("Total: Campaigns"));
    }

    void facebookCrOnly()
    {
        const Table t = readShared(QStringLiteral("facebook_ads_KAG_conversion_data_CR_line_endings.csv"));
        // python3 csv: r[1] == ['708746','916','103916','30-34','M','15','7350','1','1.429999948','2','1']
        QCOMPARE(cell(t, 1, 0), QStringLiteral("708746"));
        QCOMPARE(cell(t, 1, 3), QStringLiteral("30-34"));
        QCOMPARE(cell(t, 1, 8), QStringLiteral("1.429999948"));
        QCOMPARE(cell(t, 1143, 0), QStringLiteral("1314415"));
        QCOMPARE(cell(t, 1143, 10), QStringLiteral("2"));
        QCOMPARE(t.rows[1], qint64(2));
    }

    void instagram()
    {
        const Table t = readShared(QStringLiteral("top_insta_influencers_data.csv"));
        // python3 csv (utf-8-sig): r[0][0] 'rank' (BOM gone), r[1] == ['1','cristiano','92',
        // '3.3k','475.8m','8.7m','1.39%','6.5m','29.0b','Spain'], r[3][9] 'NaN'.
        QCOMPARE(cell(t, 0, 0), QStringLiteral("rank"));
        QCOMPARE(cell(t, 1, 1), QStringLiteral("cristiano"));
        QCOMPARE(parseNumber(t.records[1][3], NumberStyle::DecimalPoint), std::optional<double>(3300.0));
        QCOMPARE(parseNumber(t.records[1][4], NumberStyle::DecimalPoint), std::optional<double>(475.8e6));
        QCOMPARE(parseNumber(t.records[1][8], NumberStyle::DecimalPoint), std::optional<double>(29.0e9));
        const ParsedNumber rate = parseNumberDetailed(t.records[1][6], NumberStyle::DecimalPoint);
        QVERIFY(rate.percent);
        QCOMPARE(rate.value, 0.0139);
        QCOMPARE(cell(t, 3, 9), QStringLiteral("NaN"));
        QCOMPARE(parseNumberDetailed(t.records[3][9], NumberStyle::DecimalPoint).kind, ParsedNumber::Kind::Missing);
    }

    void metaQuotedHeader()
    {
        const Table t = readShared(QStringLiteral("meta_ads_manager_daily_export.csv"));
        // python3 csv: r[0][2] 'CPM (Cost per 1,000 Impressions)', r[1] ==
        // ['2022-09-22','76','55.53','','','','4.22','',''], r[316][8] '1'.
        QCOMPARE(cell(t, 0, 2), QStringLiteral("CPM (Cost per 1,000 Impressions)"));
        QCOMPARE(cell(t, 1, 0), QStringLiteral("2022-09-22"));
        QCOMPARE(cell(t, 1, 3), QString());
        QCOMPARE(cell(t, 1, 6), QStringLiteral("4.22"));
        QCOMPARE(cell(t, 316, 8), QStringLiteral("1"));
        QCOMPARE(parseDate(t.records[1][0], DateOrder::Iso)->day, 19257); // date(2022,9,22) - date(1970,1,1)
    }

    void cdnowCompactDates()
    {
        const Table t = readShared(QStringLiteral("cdnow_transactions.csv"));
        // python3 csv: r[1] == ['4','1','19970101','2','29.33']
        std::vector<std::string_view> dates;
        for (std::size_t i = 1; i < 50; ++i)
            dates.push_back(t.records[i][2]);
        const DateOrderGuess guess = detectDateOrder(dates);
        QCOMPARE(guess.order, DateOrder::Compact);
        QCOMPARE(guess.matched, 49);
        QCOMPARE(parseDate(t.records[1][2], DateOrder::Compact)->day, 9862); // date(1997,1,1) - date(1970,1,1)
    }
};

QTEST_GUILESS_MAIN(TestSharedFiles)
#include "tst_sharedfiles.moc"

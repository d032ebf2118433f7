#include "core/import/importer.h"
#include "core/import/presets.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iroi;
using namespace iroi::import;

namespace {

// Reads figures with the plain SQLite API, independent of the code under test.
double rawNumber(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    double value = -1;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_double(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

qint64 rawInt(const QString &path, const QString &sql)
{
    return static_cast<qint64>(rawNumber(path, sql));
}

// A digest of every table's rows, to prove a failed import changed nothing.
// Every table, index and trigger definition of the file, in name order.
QByteArray schemaText(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name", -1, &stmt,
                       nullptr);
    QByteArray text;
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 3; ++c)
            text += QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))) + '|';
        text += '\n';
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return text;
}

// The schema and every row of every table: equal before and after means untouched.
QByteArray contentHash(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(schemaText(path));
    for (std::string_view table : schema::kTables) {
        const QByteArray sql = QByteArrayLiteral("SELECT * FROM ") + QByteArray(table.data(), qsizetype(table.size()));
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        hash.addData(sql);
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                hash.addData(text ? QByteArrayView(text) : QByteArrayView("<null>"));
                hash.addData("|");
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return hash.result();
}

QString testData(const char *name)
{
    return QStringLiteral(IROI_TEST_DATA "/import/pipeline/") + QLatin1String(name);
}

// The day the tests give date-less reports: 2025-01-31 (epoch day 20119, by hand:
// date(2025,1,31) - date(1970,1,1) = 20119 days).
constexpr EpochDay kReportDay = 20119;

// Writes a generic post-metrics CSV with `rows` rows: posts of 30 days each.
void writePosts(const QString &path, int rows)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Campaign,Creator,Channel,Post ID,Impressions,Likes,Clicks\n");
    for (int i = 0; i < rows; ++i) {
        const int post = i / 30;
        const int day = i % 30;
        file.write(QStringLiteral("2025-01-%1,C%2,person%3,Instagram,post%4,%5,%6,%7\n")
                       .arg(day + 1, 2, 10, QLatin1Char('0'))
                       .arg(post % 7)
                       .arg(post % 50)
                       .arg(post)
                       .arg(100 + i % 17)
                       .arg(i % 5)
                       .arg(i % 3)
                       .toUtf8());
    }
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("ws%1.iroi").arg(++m_counter)); }

    Workspace freshWorkspace(const QString &path)
    {
        auto ws = Workspace::open(path, Workspace::Access::CreateNew);
        if (!ws)
            qFatal("cannot create workspace: %s", qPrintable(ws.error().toString()));
        return std::move(ws.value());
    }

    static ImportReport run(Workspace &ws, const QString &file, const ImportOptions &options = {})
    {
        NullProgress progress;
        auto report = importFile(ws, file, options, progress);
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        return report ? report.value() : ImportReport{};
    }

private slots:
    // Every real export in shared/data imports with the totals a separate script finds.
    void sharedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QStringList>("queries");
        QTest::addColumn<QList<double>>("expected");

        // Figures from python3's csv module, e.g. for cdnow:
        //   r=list(csv.reader(open('cdnow_transactions.csv')))[1:]; len(r),
        //   sum(int((Decimal(x[4])*100).quantize(1, ROUND_HALF_UP)) for x in r)   -> 6919, 24409194
        QTest::newRow("cdnow orders")
            << QStringLiteral("cdnow_transactions.csv") << QStringLiteral("orders")
            << QStringLiteral("clv-transactions") << qint64(6919) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM customer_order"),
                           QStringLiteral("SELECT sum(revenue_cents) FROM customer_order"),
                           QStringLiteral("SELECT count(*) FROM customer_order WHERE attribution = 'none'")}
            << QList<double>{6919, 24409194, 6919};
        // r=rows of the KAG file (newline=''): 1143 rows, 1143 distinct ad_id, sum Impressions 213434828,
        // sum Clicks 38165, sum Total_Conversion 3264, sum Spent in cents 5870523 over 936 non-zero rows,
        // 3 distinct xyz_campaign_id
        QTest::newRow("facebook ads, CR line ends")
            << QStringLiteral("facebook_ads_KAG_conversion_data_CR_line_endings.csv") << QStringLiteral("content")
            << QStringLiteral("facebook-ads-ad-level") << qint64(1143) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM content_item"),
                           QStringLiteral("SELECT sum(impressions) FROM metric_daily"),
                           QStringLiteral("SELECT sum(clicks) FROM metric_daily"),
                           QStringLiteral("SELECT sum(conversions) FROM metric_daily"),
                           QStringLiteral("SELECT sum(amount_cents) FROM cost"),
                           QStringLiteral("SELECT count(*) FROM cost"),
                           QStringLiteral("SELECT count(*) FROM campaign"),
                           QStringLiteral("SELECT count(DISTINCT day) FROM metric_daily")}
            << QList<double>{1143, 213434828, 38165, 3264, 5870523, 936, 3, 1};
        // rows after the 3 header lines not starting with "Total": 12 campaigns, 5 totals rows;
        // sums of Impr. 14117313, Clicks 167739, Conversions (rounded half up) 18703, Cost cents 19942115
        // over 11 non-zero costs; plus the 2 preamble lines are skipped: 7 skipped in all
        QTest::newRow("google ads campaign report")
            << QStringLiteral("google_ads_campaign_report_usd_alltime.csv") << QStringLiteral("content")
            << QStringLiteral("google-ads") << qint64(12) << qint64(7)
            << QStringList{QStringLiteral("SELECT count(*) FROM content_item"),
                           QStringLiteral("SELECT sum(impressions) FROM metric_daily"),
                           QStringLiteral("SELECT sum(clicks) FROM metric_daily"),
                           QStringLiteral("SELECT sum(conversions) FROM metric_daily"),
                           QStringLiteral("SELECT sum(amount_cents) FROM cost"),
                           QStringLiteral("SELECT count(*) FROM cost"),
                           QStringLiteral("SELECT count(*) FROM cost WHERE currency = 'USD'")}
            << QList<double>{12, 14117313, 167739, 18703, 19942115, 11, 11};
        // 316 rows over 17 distinct days; Amount Spent cents 281985, Impressions 74574, Link Clicks 463,
        // Messaging Conversations Started 60, Checkouts Initiated 42 (blank cells skipped)
        QTest::newRow("meta ads daily")
            << QStringLiteral("meta_ads_manager_daily_export.csv") << QStringLiteral("media_mix")
            << QStringLiteral("meta-ads") << qint64(316) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM media_mix"),
                           QStringLiteral("SELECT sum(spend_cents) FROM media_mix"),
                           QStringLiteral("SELECT sum(impressions) FROM media_mix"),
                           QStringLiteral("SELECT sum(clicks) FROM media_mix"),
                           QStringLiteral("SELECT sum(value) FROM outcome_series WHERE metric = "
                                          "'meta_messaging_conversations'"),
                           QStringLiteral("SELECT sum(value) FROM outcome_series WHERE metric = "
                                          "'meta_checkouts_initiated'")}
            << QList<double>{17, 281985, 74574, 463, 60, 42};
        // 179 weeks; x1 cents 5532, x2 cents 2896 (each value rounded half up to cents), sum(y) 946005.616...
        QTest::newRow("pymc mmm example")
            << QStringLiteral("mmm_example.csv") << QStringLiteral("media_mix") << QStringLiteral("media-mix")
            << qint64(179) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM media_mix"),
                           QStringLiteral("SELECT sum(spend_cents) FROM media_mix WHERE channel_id = (SELECT id "
                                          "FROM channel WHERE name = 'x1')"),
                           QStringLiteral("SELECT sum(spend_cents) FROM media_mix WHERE channel_id = (SELECT id "
                                          "FROM channel WHERE name = 'x2')"),
                           QStringLiteral("SELECT round(sum(value), 3) FROM outcome_series WHERE metric = 'y'"),
                           QStringLiteral("SELECT min(period_days) FROM media_mix")}
            << QList<double>{358, 5532, 2896, 946005.616, 7};
        // 156 weeks x 4 channels; spend cents per channel 2715689511, 2939440858, 2774908604, 3744030842
        // (sum 12174069815); impressions 2435033865+2628292733+2478469450+3242592855 = 10784388903;
        // sum(conversions) 32581243490
        QTest::newRow("meridian national media")
            << QStringLiteral("national_media.csv") << QStringLiteral("media_mix") << QStringLiteral("media-mix")
            << qint64(156) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM media_mix"),
                           QStringLiteral("SELECT sum(spend_cents) FROM media_mix"),
                           QStringLiteral("SELECT sum(impressions) FROM media_mix"),
                           QStringLiteral("SELECT sum(value) FROM outcome_series WHERE metric = 'conversions'"),
                           QStringLiteral("SELECT count(DISTINCT channel_id) FROM media_mix")}
            << QList<double>{624, 12174069815.0, 10784388903.0, 32581243490.0, 4};
        // The .xlsx is another data set: 156 weeks, 6 channels, an unnamed index column A. With
        // python's zipfile + re over xl/worksheets/sheet1.xml: spend cents (half up) summed over
        // Channel0..5_spend = 22559195286, impressions = 28820038338
        QTest::newRow("meridian national media xlsx")
            << QStringLiteral("national_media.xlsx") << QStringLiteral("media_mix") << QStringLiteral("media-mix")
            << qint64(156) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM media_mix"),
                           QStringLiteral("SELECT sum(spend_cents) FROM media_mix"),
                           QStringLiteral("SELECT sum(impressions) FROM media_mix"),
                           QStringLiteral("SELECT count(*) FROM outcome_series WHERE metric = ''")}
            << QList<double>{936, 22559195286.0, 28820038338.0, 0};
        // 40 rows, 19 distinct Name; Total of each order's first row, in cents: 1408904; 21 line rows
        QTest::newRow("shopify orders")
            << QStringLiteral("shopify_orders_export_devstore.csv") << QStringLiteral("orders")
            << QStringLiteral("shopify-orders") << qint64(19) << qint64(21)
            << QStringList{QStringLiteral("SELECT count(*) FROM customer_order"),
                           QStringLiteral("SELECT sum(revenue_cents) FROM customer_order"),
                           QStringLiteral("SELECT count(*) FROM customer_order WHERE currency = 'EUR'")}
            << QList<double>{19, 1408904, 19};
        // encoding utf-8-sig: 200 rows, 200 distinct channel_info; followers with k/m/b expanded and
        // rounded: 15481900000; 138 rows with a country other than NaN
        QTest::newRow("instagram influencers")
            << QStringLiteral("top_insta_influencers_data.csv") << QStringLiteral("people")
            << QStringLiteral("instagram-influencers") << qint64(200) << qint64(0)
            << QStringList{QStringLiteral("SELECT count(*) FROM person"),
                           QStringLiteral("SELECT sum(followers) FROM person"),
                           QStringLiteral("SELECT count(*) FROM person WHERE location IS NOT NULL"),
                           QStringLiteral("SELECT followers FROM person WHERE handle = 'cristiano'")}
            << QList<double>{200, 15481900000.0, 138, 475800000};
    }

    void sharedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, preset);
        QFETCH(qint64, imported);
        QFETCH(qint64, skipped);
        QFETCH(QStringList, queries);
        QFETCH(QList<double>, expected);
        const QString path = QStringLiteral(IROI_SHARED_DATA "/") + file;
        if (!QFile::exists(path))
            QSKIP("shared data not present");
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        ImportOptions options;
        options.reportDay = kReportDay;
        NullProgress progress;
        auto report = importFile(ws, path, options, progress);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(kindName(report->kind), kind);
        QCOMPARE(report->preset, preset);
        QVERIFY2(report->rejected.empty(),
                 report->rejected.empty() ? ""
                                          : qPrintable(report->rejected.front().column + QStringLiteral(": ") +
                                                       report->rejected.front().value + QStringLiteral(": ") +
                                                       report->rejected.front().reason));
        QCOMPARE(report->outcome, ImportReport::Outcome::Committed);
        QCOMPARE(report->imported, imported);
        QCOMPARE(report->updated, qint64(0));
        QCOMPARE(report->skipped, skipped);
        for (int i = 0; i < queries.size(); ++i) {
            const double got = rawNumber(wsPath, queries.at(i));
            QVERIFY2(qFuzzyCompare(got + 1, expected.at(i) + 1),
                     qPrintable(QStringLiteral("%1 -> %2, expected %3")
                                    .arg(queries.at(i))
                                    .arg(got, 0, 'f', 3)
                                    .arg(expected.at(i), 0, 'f', 3)));
        }
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM import_log")), qint64(1));

        // The same bytes again: nothing new, and said so.
        auto again = importFile(ws, path, options, progress);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, ImportReport::Outcome::AlreadyImported);
        QCOMPARE(again->imported, qint64(0));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM import_log")), qint64(1));
        const double first = rawNumber(wsPath, queries.constFirst());
        QVERIFY(qFuzzyCompare(first + 1, expected.constFirst() + 1));
    }

    void postMetricsMapping()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        const ImportReport r = run(ws, testData("posts_v1.csv"));
        QCOMPARE(r.outcome, ImportReport::Outcome::Committed);
        QCOMPARE(r.kind, RecordKind::ContentMetrics);
        QCOMPARE(r.preset, QStringLiteral("post-metrics"));
        QCOMPARE(r.imported, qint64(6));
        // By hand from posts_v1.csv: 4 posts, 6 post-days, impressions 7900, likes 740, clicks 250,
        // 4 people of whom carla (employee) and dirk (medewerker) are employees, costs 100 + 200,
        // revenue 25 + 50.
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM content_item")), qint64(4));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM metric_daily")), qint64(6));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(impressions) FROM metric_daily")), qint64(7900));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(likes) FROM metric_daily")), qint64(740));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(clicks) FROM metric_daily")), qint64(250));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM person WHERE kind = 'employee'")), qint64(2));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(amount_cents) FROM cost")), qint64(30000));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(revenue_cents) FROM customer_order")), qint64(7500));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM channel")), qint64(3));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM content_item WHERE discount_code = 'anna10'")),
                 qint64(1));
        // 2025-03-01 is epoch day 20148 (date(2025,3,1) - date(1970,1,1)).
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT min(day) FROM metric_daily")), qint64(20148));
    }

    void correctedReexportUpdates()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        QCOMPARE(run(ws, testData("posts_v1.csv")).imported, qint64(6));
        const ImportReport r = run(ws, testData("posts_v2.csv"));
        QCOMPARE(r.outcome, ImportReport::Outcome::Committed);
        // v2 repeats the 6 rows (one with likes 50 -> 55) and adds p1 on 2025-03-03 with 10 likes.
        QCOMPARE(r.imported, qint64(1));
        QCOMPARE(r.updated, qint64(6));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM metric_daily")), qint64(7));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(likes) FROM metric_daily")), qint64(755));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM content_item")), qint64(4));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM cost")), qint64(2));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM import_log")), qint64(2));
    }

    void allOrNothingRejects()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        QCOMPARE(run(ws, testData("posts_v1.csv")).imported, qint64(6));
        const QByteArray before = contentHash(wsPath);
        const ImportReport r = run(ws, testData("posts_bad.csv"));
        QCOMPARE(r.outcome, ImportReport::Outcome::RolledBack);
        QCOMPARE(r.rejectedCount, qint64(2));
        QCOMPARE(int(r.rejected.size()), 2);
        // Line 4 holds likes "abc", line 6 the date "2025-13-45" (the header is line 1).
        QCOMPARE(r.rejected[0].file, testData("posts_bad.csv"));
        QCOMPARE(r.rejected[0].row, qint64(4));
        QCOMPARE(r.rejected[0].column, QStringLiteral("Likes"));
        QCOMPARE(r.rejected[0].value, QStringLiteral("abc"));
        QCOMPARE(r.rejected[0].reason, QStringLiteral("not a whole number"));
        QCOMPARE(r.rejected[1].row, qint64(6));
        QCOMPARE(r.rejected[1].column, QStringLiteral("Date"));
        QCOMPARE(r.rejected[1].value, QStringLiteral("2025-13-45"));
        QCOMPARE(r.rejected[1].reason, QStringLiteral("not a date"));
        QCOMPARE(contentHash(wsPath), before);
    }

    void skipBadRowsImportsTheRest()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        ImportOptions options;
        options.policy = ImportOptions::Policy::SkipBadRows;
        const ImportReport r = run(ws, testData("posts_bad.csv"), options);
        QCOMPARE(r.outcome, ImportReport::Outcome::Committed);
        QCOMPARE(r.imported, qint64(4));
        QCOMPARE(r.rejectedCount, qint64(2));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM metric_daily")), qint64(4));
        // likes of the 4 good rows: 10 + 11 + 20 + 22
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(likes) FROM metric_daily")), qint64(63));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT rows_rejected FROM import_log")), qint64(2));
    }

    void orderAttribution()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        QCOMPARE(run(ws, testData("posts_v1.csv")).imported, qint64(6));
        const ImportReport r = run(ws, testData("orders_attr.csv"));
        QCOMPARE(r.kind, RecordKind::Orders);
        QCOMPARE(r.imported, qint64(5));
        // A1 by code anna10 (case differs), A2 by utm spring/bob-video, A3 by referrer URL of carla's
        // post (no www, extra slash and query), A4 (unknown code, unknown referrer) and A5 unattributed.
        QCOMPARE(r.attributedByCode, qint64(1));
        QCOMPARE(r.attributedByUtm, qint64(1));
        QCOMPARE(r.attributedByReferrer, qint64(1));
        QCOMPARE(r.unattributed, qint64(2));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT p.handle = 'anna' FROM customer_order o JOIN person p ON p.id "
                                               "= o.person_id WHERE order_ref = 'A1' AND attribution = 'code'")),
                 qint64(1));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT c.external_id = 'p2' FROM customer_order o JOIN content_item c "
                                               "ON c.id = o.content_id WHERE order_ref = 'A2' AND attribution = "
                                               "'utm'")),
                 qint64(1));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT c.external_id = 'p3' FROM customer_order o JOIN content_item c "
                                               "ON c.id = o.content_id WHERE order_ref = 'A3' AND attribution = "
                                               "'referral'")),
                 qint64(1));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM customer_order WHERE attribution = 'none' AND "
                                               "order_ref IN ('A4', 'A5') AND content_id IS NULL")),
                 qint64(2));
    }

    void dutchCostSheet()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        const ImportReport r = run(ws, testData("costs_nl.csv"));
        QCOMPARE(r.kind, RecordKind::Costs);
        QCOMPARE(r.imported, qint64(3));
        // 150,00 + 1.250,00 + 12,50 euro
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT sum(amount_cents) FROM cost")), qint64(141250));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM cost WHERE category = 'staff_time' AND hours = 3")),
                 qint64(1));
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT count(*) FROM cost WHERE category = 'shipping'")), qint64(1));
        // 03-03-2025 is epoch day 20150
        QCOMPARE(rawInt(wsPath, QStringLiteral("SELECT min(day) FROM cost")), qint64(20150));
    }

    void savedMappingIsReused()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        auto preview = previewFile(ws, testData("posts_bad.csv"), {});
        QVERIFY(preview.ok());
        Mapping m = preview->mapping;
        // The user says "Likes" is not to be imported.
        m.set(Field::Likes, -1, 0);
        m.preset.clear();
        QVERIFY(saveMapping(ws, preview->header, m).ok());
        const auto saved = savedMapping(ws, preview->header);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->column(Field::Likes), -1);
        QCOMPARE(saved->column(Field::Impressions), m.column(Field::Impressions));
        const ImportReport r = run(ws, testData("posts_bad.csv"));
        QCOMPARE(r.preset, QStringLiteral("saved"));
        // Without the Likes column only the bad date is left to reject.
        QCOMPARE(r.rejectedCount, qint64(1));
        QCOMPARE(r.rejected.front().row, qint64(6));
    }

    void cancelLeavesWorkspaceUntouched()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        QCOMPARE(run(ws, testData("posts_v1.csv")).imported, qint64(6));
        const QByteArray before = contentHash(wsPath);
        const QString big = m_dir.filePath(QStringLiteral("cancel.csv"));
        writePosts(big, 20000);
        CallbackProgress cancelAtOnce;
        cancelAtOnce.cancel();
        auto report = importFile(ws, big, {}, cancelAtOnce);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::Cancelled);
        QCOMPARE(contentHash(wsPath), before);
        // and the workspace still takes the file afterwards
        NullProgress none;
        auto again = importFile(ws, big, {}, none);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, qint64(20000));
        // The import set the post, order and cost indexes aside and built them again: the
        // schema is the one a new workspace has.
        const QString reference = freshPath();
        { Workspace created = freshWorkspace(reference); }
        QVERIFY(!schemaText(reference).isEmpty());
        QCOMPARE(schemaText(wsPath), schemaText(reference));
    }

    void progressIsReported()
    {
        const QString wsPath = freshPath();
        Workspace ws = freshWorkspace(wsPath);
        const QString file = m_dir.filePath(QStringLiteral("progress.csv"));
        writePosts(file, 3000);
        qint64 last = -1;
        qint64 total = 0;
        int calls = 0;
        CallbackProgress progress([&](qint64 done, qint64 of) {
            QVERIFY(done >= last);
            last = done;
            total = of;
            ++calls;
        });
        auto report = importFile(ws, file, {}, progress);
        QVERIFY(report.ok());
        QVERIFY(calls >= 2);
        QCOMPARE(last, total);
        QCOMPARE(total, QFileInfo(file).size());
    }

    void unknownPresetIsAUsageError()
    {
        Workspace ws = freshWorkspace(freshPath());
        ImportOptions options;
        options.preset = QStringLiteral("no-such-preset");
        NullProgress progress;
        auto report = importFile(ws, testData("posts_v1.csv"), options, progress);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::Usage);
    }

    void headerSynonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const std::pair<const char *, const char *> cases[] = {
            {"Reach", "reach"},           {"Bereik", "reach"},          {"Impressions", "impressions"},
            {"Vertoningen", "impressions"}, {"Weergaven", "impressions"}, {"Amount spent (EUR)", "cost"},
            {"Spend", "cost"},            {"Kosten", "cost"},           {"Uitgaven", "cost"},
            {"Creator", "person"},        {"Influencer", "person"},     {"Employee", "person"},
            {"Handle", "person"},         {"Medewerker", "person"},     {"Date", "date"},
            {"Datum", "date"},            {"Day", "date"},              {"Reporting starts", "date"},
            {"Clicks", "clicks"},         {"Klikken", "clicks"},        {"Link clicks", "clicks"},
            {"Likes", "likes"},           {"Vind-ik-leuks", "likes"},   {"Comments", "comments"},
            {"Reacties", "comments"},     {"Shares", "shares"},         {"Gedeeld", "shares"},
            {"Saves", "saves"},           {"Opgeslagen", "saves"},      {"Revenue", "revenue"},
            {"Omzet", "revenue"},         {"Total sales", "revenue"},   {"Discount code", "discount_code"},
            {"Kortingscode", "discount_code"}, {"Order", "order_ref"},  {"Bestelling", "order_ref"},
            {"Campaign", "campaign"},     {"Campagne", "campaign"},     {"UTM_Campaign", "utm_campaign"},
        };
        for (const auto &[header, field] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
    }

    void headerSynonyms()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const FieldGuess guess = guessField(header);
        QCOMPARE(fieldName(guess.field), field);
        QVERIFY(guess.confidence >= 0.99);
    }

    void kindDetection_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QString>("kind");
        QTest::newRow("dutch posts") << QStringList{QStringLiteral("Datum"), QStringLiteral("Medewerker"),
                                                    QStringLiteral("Bericht ID"), QStringLiteral("Vertoningen"),
                                                    QStringLiteral("Vind-ik-leuks"), QStringLiteral("Klikken")}
                                     << QStringList{QStringLiteral("14-01-2025"), QStringLiteral("jan"),
                                                    QStringLiteral("x1"), QStringLiteral("1.234"),
                                                    QStringLiteral("12"), QStringLiteral("3")}
                                     << QStringLiteral("content");
        QTest::newRow("orders") << QStringList{QStringLiteral("Bestelling"), QStringLiteral("Datum"),
                                               QStringLiteral("Omzet"), QStringLiteral("Kortingscode")}
                                << QStringList{QStringLiteral("1001"), QStringLiteral("2025-01-14"),
                                               QStringLiteral("49,95"), QStringLiteral("ANNA10")}
                                << QStringLiteral("orders");
        QTest::newRow("costs") << QStringList{QStringLiteral("Date"), QStringLiteral("Category"),
                                              QStringLiteral("Amount"), QStringLiteral("Note")}
                               << QStringList{QStringLiteral("2025-01-14"), QStringLiteral("travel"),
                                              QStringLiteral("120.00"), QStringLiteral("train")}
                               << QStringLiteral("costs");
        QTest::newRow("mentions") << QStringList{QStringLiteral("Date"), QStringLiteral("Brand"),
                                                 QStringLiteral("Topic"), QStringLiteral("Mentions")}
                                  << QStringList{QStringLiteral("2025-01-14"), QStringLiteral("Acme"),
                                                 QStringLiteral("yoga"), QStringLiteral("42")}
                                  << QStringLiteral("mentions");
        QTest::newRow("goals") << QStringList{QStringLiteral("Campaign"), QStringLiteral("Metric"),
                                              QStringLiteral("Target"), QStringLiteral("Deadline")}
                               << QStringList{QStringLiteral("Spring"), QStringLiteral("revenue"),
                                              QStringLiteral("15000"), QStringLiteral("2025-06-30")}
                               << QStringLiteral("goals");
        QTest::newRow("media mix") << QStringList{QStringLiteral("week"), QStringLiteral("tv_spend"),
                                                  QStringLiteral("radio_spend"), QStringLiteral("sales")}
                                   << QStringList{QStringLiteral("2025-01-06"), QStringLiteral("100"),
                                                  QStringLiteral("50"), QStringLiteral("1234.5")}
                                   << QStringLiteral("media_mix");
    }

    void kindDetection()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, row);
        QFETCH(QString, kind);
        const Mapping m = detectMapping(header, {row});
        QCOMPARE(kindName(m.kind), kind);
        QVERIFY(missingRequired(m).isEmpty());
    }

    void presetsAreUnique()
    {
        QStringList names;
        for (const Preset &p : presets()) {
            QVERIFY(!names.contains(p.name));
            names << p.name;
            QVERIFY(p.kind != RecordKind::Unknown);
        }
        QVERIFY(names.size() >= 12);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

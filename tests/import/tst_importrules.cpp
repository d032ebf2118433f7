// Rules of the import pipeline beyond mapping: how a date column's day order is decided,
// that cancel and progress are checked per bounded batch of rows (no wall clock here: the
// timings are printed by bench/import/bench_import), and that the buffered fast path for
// new posts gives the same rows as the row-by-row path.

#include "core/common/progress.h"
#include "core/import/fieldvalue.h"
#include "core/import/importer.h"
#include "core/store/workspace.h"
#include "tests/support/rawsql.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace iroi;
using namespace iroi::import;

using iroi::test::rawInt;
using iroi::test::rawNumber;

namespace {

// Counts the importer's questions to the sink, and says "cancelled" from the n-th on.
class CountingSink final : public ProgressSink
{
public:
    explicit CountingSink(int cancelAtCheck = 0) : m_cancelAt(cancelAtCheck) {}
    void progress(qint64 done, qint64) override
    {
        ++progressCalls;
        lastDone = done;
    }
    bool isCancelled() const override
    {
        const int n = ++checks;
        return m_cancelAt > 0 && n >= m_cancelAt;
    }
    mutable std::atomic_int checks{0};
    int progressCalls = 0;
    qint64 lastDone = -1;

private:
    int m_cancelAt;
};

} // namespace

class TestImportRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("file%1.csv").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("ws%1.iroi").arg(++m_counter)); }

    static Workspace open(const QString &path)
    {
        auto ws = Workspace::open(path, Workspace::Access::CreateNew);
        if (!ws)
            qFatal("cannot create workspace: %s", qPrintable(ws.error().toString()));
        return std::move(ws.value());
    }

    // Rows of a generic post-metrics file: one post per 30 rows, ISO dates.
    static QByteArray posts(int rows)
    {
        QByteArray text = "Date,Campaign,Creator,Channel,Post ID,Impressions,Likes\n";
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("2025-01-%1,C1,anna,Instagram,post%2,%3,1\n")
                        .arg(i % 30 + 1, 2, 10, QLatin1Char('0'))
                        .arg(i / 30)
                        .arg(100 + i)
                        .toUtf8();
        return text;
    }

private slots:
    void guessDayOrder_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("conflicting");
        using L = QStringList;
        QTest::newRow("day first") << L{QStringLiteral("03/04/2025"), QStringLiteral("13/04/2025")}
                                   << int(DayOrder::DayFirst) << false << false;
        QTest::newRow("month first") << L{QStringLiteral("04/03/2025"), QStringLiteral("04/13/2025")}
                                     << int(DayOrder::MonthFirst) << false << false;
        QTest::newRow("fits both") << L{QStringLiteral("03/04/2025"), QStringLiteral("06.05.2025")}
                                   << int(DayOrder::DayFirst) << true << false;
        QTest::newRow("mixed") << L{QStringLiteral("13/04/2025"), QStringLiteral("04/13/2025")} << int(DayOrder::Auto)
                               << false << true;
        QTest::newRow("iso") << L{QStringLiteral("2025-04-03"), QStringLiteral("20250403"), QString()}
                             << int(DayOrder::Auto) << false << false;
        // the same day either way decides nothing and is no ambiguity
        QTest::newRow("same either way") << L{QStringLiteral("05/05/2025"), QStringLiteral("14-02-2025")}
                                         << int(DayOrder::DayFirst) << false << false;
    }

    void guessDayOrder()
    {
        QFETCH(QStringList, values);
        QFETCH(int, order);
        QFETCH(bool, ambiguous);
        QFETCH(bool, conflicting);
        std::vector<std::string> texts;
        for (const QString &v : values)
            texts.push_back(v.toStdString());
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        const DayOrderGuess guess = iroi::import::guessDayOrder(views);
        QCOMPARE(int(guess.order), order);
        QCOMPARE(guess.ambiguous(), ambiguous);
        QCOMPARE(guess.conflicting(), conflicting);
    }

    // The order is decided for the whole column, not per value: "04/03/2025" is 4 March in
    // a column that also holds "04/13/2025", and 3 April in one that holds "13/04/2025".
    void dayOrderPerColumn_data()
    {
        QTest::addColumn<QByteArray>("dates");
        QTest::addColumn<qint64>("firstDay");
        QTest::addColumn<QString>("note");
        // epoch days by hand: 2025-04-03 = 20181, 2025-03-04 = 20151
        QTest::newRow("us") << QByteArray("03/04/2025\n04/13/2025\n") << qint64(20151)
                            << QStringLiteral("month/day/year");
        QTest::newRow("european") << QByteArray("03/04/2025\n13/04/2025\n") << qint64(20181)
                                  << QStringLiteral("day/month/year");
        QTest::newRow("ambiguous") << QByteArray("03/04/2025\n05/06/2025\n") << qint64(20181)
                                   << QStringLiteral("reads as both");
    }

    void dayOrderPerColumn()
    {
        QFETCH(QByteArray, dates);
        QFETCH(qint64, firstDay);
        QFETCH(QString, note);
        QByteArray text = "Date,Post ID,Impressions\n";
        int i = 0;
        for (const QByteArray &d : dates.split('\n'))
            if (!d.isEmpty())
                text += d + ",p1," + QByteArray::number(100 * ++i) + '\n';
        const QString wsPath = freshPath();
        Workspace ws = open(wsPath);
        NullProgress none;
        ImportOptions options;
        options.kind = RecordKind::ContentMetrics;
        auto report = importFile(ws, write(text), options, none);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rejectedCount, qint64(0));
        QCOMPARE(report->imported, qint64(2));
        QCOMPARE(rawInt(wsPath, "SELECT day FROM metric_daily WHERE impressions = 100"), firstDay);
        QVERIFY2(report->notes.join(QLatin1Char('\n')).contains(note), qPrintable(report->notes.join(QLatin1Char('\n'))));
    }

    // The order is decided from the first rows; a later date that does not fit it is
    // rejected, not silently read the other way round.
    void dateAgainstTheColumnOrderIsRejected()
    {
        QByteArray text = "Date,Post ID,Impressions\n";
        for (int i = 0; i < 60; ++i) // 04/13/2025 .. : month first
            text += "04/" + QByteArray::number(13 + i % 15) + "/2025,p" + QByteArray::number(i) + ",1\n";
        text += "15/04/2025,p99,1\n";
        const QString wsPath = freshPath();
        Workspace ws = open(wsPath);
        NullProgress none;
        ImportOptions options;
        options.kind = RecordKind::ContentMetrics;
        options.policy = ImportOptions::Policy::SkipBadRows;
        auto report = importFile(ws, write(text), options, none);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, qint64(60));
        QCOMPARE(report->rejectedCount, qint64(1));
        QCOMPARE(report->rejected.front().value, QStringLiteral("15/04/2025"));
        QCOMPARE(report->rejected.front().row, qint64(62)); // the header is row 1
    }

    // Cancel is asked at least once per 256 rows, and honoured at once: the third
    // question says "cancelled" and is the last one; the workspace keeps nothing.
    void cancelIsCheckedPerBatch()
    {
        const QString file = write(posts(20000));
        {
            const QString wsPath = freshPath();
            Workspace ws = open(wsPath);
            CountingSink sink;
            auto report = importFile(ws, file, {}, sink);
            QVERIFY(report.ok());
            QVERIFY2(sink.checks >= 20000 / 256, qPrintable(QString::number(sink.checks)));
            QVERIFY(sink.progressCalls >= 2); // the start and the end at least
            QCOMPARE(sink.lastDone, QFileInfo(file).size());
        }
        const QString wsPath = freshPath();
        Workspace ws = open(wsPath);
        CountingSink sink(3);
        auto report = importFile(ws, file, {}, sink);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::Cancelled);
        QCOMPARE(sink.checks.load(), 3);
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM metric_daily"), qint64(0));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM content_item"), qint64(0));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM import_log"), qint64(0));
    }

    // New posts go through buffered multi-row INSERTs; a day repeated later in the same
    // file and a corrected re-export go row by row. The results must not depend on it.
    void bufferedRowsAndUpdatesAgree()
    {
        const QString wsPath = freshPath();
        Workspace ws = open(wsPath);
        NullProgress none;
        // 40 posts x 2 days with revenue and cost on day 1 (more than one 32-row batch),
        // then post 0 day 1 again with other figures: the later row wins.
        QByteArray text = "Date,Post ID,Impressions,Revenue,Cost\n";
        for (int p = 0; p < 40; ++p) {
            text += "2025-01-01,post" + QByteArray::number(p) + ",100,10.00,5.00\n";
            text += "2025-01-02,post" + QByteArray::number(p) + ",200,0,0\n";
        }
        text += "2025-01-01,post0,150,12.50,7.25\n";
        ImportOptions options;
        options.kind = RecordKind::ContentMetrics;
        auto report = importFile(ws, write(text), options, none);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->imported, qint64(80));
        QCOMPARE(report->updated, qint64(1));
        // by hand: impressions 39 x 100 + 150 + 40 x 200 = 12050; revenue 39 x 1000 + 1250 =
        // 40250 cents; cost 39 x 500 + 725 = 20225 cents, one row per post
        QCOMPARE(rawInt(wsPath, "SELECT sum(impressions) FROM metric_daily"), qint64(12050));
        QCOMPARE(rawInt(wsPath, "SELECT sum(revenue_cents) FROM customer_order"), qint64(40250));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM customer_order"), qint64(40));
        QCOMPARE(rawInt(wsPath, "SELECT sum(amount_cents) FROM cost"), qint64(20225));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM cost"), qint64(40));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM cost WHERE content_id NOT IN (SELECT id FROM content_item)"),
                 qint64(0));
        // the schema's checks and foreign keys are back on after the import
        QVERIFY(!ws.connection().exec("INSERT INTO cost(day, category, amount_cents) VALUES (1, 'bogus', 1)"));
        QVERIFY(!ws.connection().exec("INSERT INTO metric_daily(content_id, day) VALUES (999999, 1)"));

        // A corrected re-export: post 1's revenue and cost change; nothing doubles.
        QByteArray fix = "Date,Post ID,Impressions,Revenue,Cost\n2025-01-01,post1,100,20.00,6.00\n";
        report = importFile(ws, write(fix), options, none);
        QVERIFY(report.ok());
        QCOMPARE(report->updated, qint64(1));
        QCOMPARE(rawInt(wsPath, "SELECT sum(revenue_cents) FROM customer_order"), qint64(40250 + 1000));
        QCOMPARE(rawInt(wsPath, "SELECT sum(amount_cents) FROM cost"), qint64(20225 + 100));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM cost"), qint64(40));
    }

    // A roster with audience profiles, one column per segment, in English and Dutch.
    void rosterWithAudienceProfiles()
    {
        const QString wsPath = freshPath();
        Workspace ws = open(wsPath);
        NullProgress none;
        ImportOptions options;
        options.kind = RecordKind::People;
        options.policy = ImportOptions::Policy::SkipBadRows;
        const QByteArray roster = "Handle,Followers,Audience age 18-24,Audience age 25-34 (%),Audience gender female,"
                                  "audience_country_nl,Publiek land BE\n"
                                  "anna,12000,40%,35 %,0.62,80,10%\n"
                                  "bert,5000,,50%,45%,,\n"
                                  "carla,800,10%,20%,55%,30%,\n"
                                  "dirk,100,140%,1%,1%,1%,1%\n";
        auto report = importFile(ws, write(roster), options, none);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->imported, qint64(3));
        QCOMPARE(report->rejectedCount, qint64(1)); // dirk: 140 % is no share, and nothing of him is written
        QCOMPARE(report->rejected.front().column, QStringLiteral("Audience age 18-24"));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM person"), qint64(3));
        // by hand: anna 5 segments, bert 2, carla 4 = 11 rows; shares anna .40+.35+.62+.80+.10 = 2.27,
        // bert .50+.45 = .95, carla .10+.20+.55+.30 = 1.15: 4.37 in all
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM audience_share"), qint64(11));
        QCOMPARE(qRound(rawNumber(wsPath, "SELECT sum(share) * 100 FROM audience_share")), 437);
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM audience_share WHERE dimension = 'age'"), qint64(5));
        QCOMPARE(qRound(100 * rawNumber(wsPath, "SELECT share FROM audience_share JOIN person ON person.id = person_id "
                                                "WHERE handle = 'anna' AND dimension = 'country' AND value = 'NL'")),
                 80);
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM audience_share WHERE dimension = 'country' AND value = 'BE'"),
                 qint64(1));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM person WHERE location IS NOT NULL"), qint64(0));

        // A newer profile replaces the shares instead of adding rows.
        const QByteArray update = "Handle,Followers,Audience age 18-24\nanna,12500,45%\n";
        report = importFile(ws, write(update), options, none);
        QVERIFY(report.ok());
        QCOMPARE(report->updated, qint64(1));
        QCOMPARE(rawInt(wsPath, "SELECT count(*) FROM audience_share"), qint64(11));
        QCOMPARE(qRound(rawNumber(wsPath, "SELECT sum(share) * 100 FROM audience_share")), 442);
    }
};

QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"

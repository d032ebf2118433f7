// Compares every grouped view on a larger random workspace with plain SQL GROUP BY queries
// written separately here, straight against the file with the sqlite3 API.

#include "core/analysis/analysisengine.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

using namespace iroi;

namespace {

struct Figures
{
    qint64 posts = 0, impressions = 0, engagements = 0, clicks = 0, orders = 0, revenue = 0, cost = 0;
    bool operator==(const Figures &) const = default;
};

QByteArray idsJson(const std::vector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The filter as SQL over column expressions; values are bound: ?1 campaigns, ?2 channels,
// ?3 people, ?4 content types (JSON arrays, "[]" = all), ?5 person kind ("" = any), ?6/?7 days.
QString condition(const char *campaign, const char *channel, const char *person, const char *type, const char *day)
{
    return QStringLiteral("(?1 = '[]' OR %1 IN (SELECT value FROM json_each(?1))) AND "
                          "(?2 = '[]' OR %2 IN (SELECT value FROM json_each(?2))) AND "
                          "(?3 = '[]' OR %3 IN (SELECT value FROM json_each(?3))) AND "
                          "(?4 = '[]' OR %4 IN (SELECT value FROM json_each(?4))) AND "
                          "(?5 = '' OR (SELECT kind FROM person WHERE id = %3) = ?5) AND %5 BETWEEN ?6 AND ?7")
        .arg(QLatin1String(campaign), QLatin1String(channel), QLatin1String(person), QLatin1String(type),
             QLatin1String(day));
}

class RawDb
{
public:
    explicit RawDb(const QString &path) { sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr); }
    ~RawDb() { sqlite3_close(m_db); }

    // Runs sql grouped by its first column (NULL -> 0) and adds columns into the figures.
    void collect(const QString &sql, const Filter &f, std::map<qint64, Figures> &into,
                 std::vector<qint64 Figures::*> fields)
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        QVERIFY2(sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr) == SQLITE_OK, sqlite3_errmsg(m_db));
        const QByteArray params[] = {idsJson(f.campaignIds), idsJson(f.channelIds), idsJson(f.personIds),
                                     idsJson(f.contentTypeIds)};
        for (int i = 0; i < 4; ++i)
            sqlite3_bind_text(stmt, i + 1, params[i].constData(), -1, SQLITE_TRANSIENT);
        const char *kind = !f.personKind ? "" : *f.personKind == PersonKind::Employee ? "employee" : "influencer";
        sqlite3_bind_text(stmt, 5, kind, -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 6, f.from == kNoDay ? INT32_MIN : f.from);
        sqlite3_bind_int64(stmt, 7, f.to == kNoDay ? INT32_MAX : f.to);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            Figures &fig = into[sqlite3_column_int64(stmt, 0)];
            for (size_t i = 0; i < fields.size(); ++i)
                fig.*fields[i] += sqlite3_column_int64(stmt, int(i) + 1);
        }
        sqlite3_finalize(stmt);
    }

    std::map<qint64, Figures> grouped(const Filter &f, const char *contentKey, const char *orderKey, const char *costKey)
    {
        std::map<qint64, Figures> result;
        collect(QStringLiteral("SELECT coalesce(%1, 0), count(DISTINCT m.content_id), sum(m.impressions), "
                               "sum(m.likes + m.comments + m.shares + m.saves), sum(m.clicks) "
                               "FROM metric_daily m JOIN content_item ci ON ci.id = m.content_id WHERE %2 GROUP BY 1")
                    .arg(QLatin1String(contentKey),
                         condition("ci.campaign_id", "ci.channel_id", "ci.person_id", "ci.content_type_id", "m.day")),
                f, result, {&Figures::posts, &Figures::impressions, &Figures::engagements, &Figures::clicks});
        collect(QStringLiteral("SELECT coalesce(%1, 0), count(*), sum(o.revenue_cents) FROM customer_order o "
                               "LEFT JOIN content_item ci ON ci.id = o.content_id "
                               "WHERE (o.person_id IS NOT NULL OR o.content_id IS NOT NULL) AND %2 GROUP BY 1")
                    .arg(QLatin1String(orderKey), condition("ci.campaign_id", "ci.channel_id",
                                                            "coalesce(o.person_id, ci.person_id)",
                                                            "ci.content_type_id", "o.day")),
                f, result, {&Figures::orders, &Figures::revenue});
        collect(QStringLiteral("SELECT coalesce(%1, 0), sum(c.amount_cents) FROM cost c "
                               "LEFT JOIN content_item ci ON ci.id = c.content_id WHERE %2 GROUP BY 1")
                    .arg(QLatin1String(costKey),
                         condition("coalesce(c.campaign_id, ci.campaign_id)", "coalesce(c.channel_id, ci.channel_id)",
                                   "coalesce(c.person_id, ci.person_id)", "ci.content_type_id", "c.day")),
                f, result, {&Figures::cost});
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

Figures figuresOf(const Totals &t)
{
    return {t.posts, t.impressions, t.engagements, t.clicks, t.orders, t.revenue, t.cost};
}

QString describe(const Figures &f)
{
    return QStringLiteral("posts %1 imp %2 eng %3 clicks %4 orders %5 revenue %6 cost %7")
        .arg(f.posts)
        .arg(f.impressions)
        .arg(f.engagements)
        .arg(f.clicks)
        .arg(f.orders)
        .arg(f.revenue)
        .arg(f.cost);
}

} // namespace

class TestAnalysisVsSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AnalysisEngine> m_engine;

    void fill(Workspace &ws)
    {
        QRandomGenerator rng(4242);
        auto &db = ws.connection();
        sql::Transaction tx(db);
        QVERIFY(tx.begin().ok());
        const auto maybe = [&](int max, int nullPercent) -> std::optional<qint64> {
            if (int(rng.bounded(100)) < nullPercent)
                return std::nullopt;
            return qint64(rng.bounded(max) + 1);
        };
        QVERIFY(db.exec("INSERT INTO channel(id, name) VALUES (1,'Instagram'),(2,'TikTok'),(3,'LinkedIn'),(4,'YouTube');"
                        "INSERT INTO content_type(id, name) VALUES (1,'Reel'),(2,'Post'),(3,'Story'),(4,'Review'),"
                        "(5,'Tutorial');"
                        "INSERT INTO campaign(id, name) VALUES (1,'A'),(2,'B'),(3,'C'),(4,'D'),(5,'E'),(6,'F');")
                    .ok());
        auto person = db.prepare("INSERT INTO person(id, handle, kind) VALUES (?1, ?2, ?3)");
        for (int p = 1; p <= 25; ++p) {
            person->bind(1, p).bind(2, QStringLiteral("p%1").arg(p)).bind(
                3, QString::fromLatin1(rng.bounded(3) == 0 ? "employee" : "influencer"));
            QVERIFY(person->exec().ok());
        }
        auto content = db.prepare("INSERT INTO content_item(id, external_id, person_id, campaign_id, channel_id, "
                                  "content_type_id, published_day, published_hour) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
        auto metric = db.prepare("INSERT INTO metric_daily(content_id, day, impressions, reach, likes, comments, shares, "
                                 "saves, clicks) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
        for (int c = 1; c <= 400; ++c) {
            const int start = 20000 + int(rng.bounded(200));
            content->bind(1, c).bind(2, QStringLiteral("c%1").arg(c)).bind(3, maybe(25, 10)).bind(4, maybe(6, 10));
            content->bind(5, maybe(4, 10)).bind(6, maybe(5, 10)).bind(7, start).bind(8, int(rng.bounded(24)));
            QVERIFY(content->exec().ok());
            const int days = 1 + int(rng.bounded(30));
            for (int d = 0; d < days; ++d) {
                metric->bind(1, c).bind(2, start + d).bind(3, int(rng.bounded(100000))).bind(4, int(rng.bounded(50000)));
                metric->bind(5, int(rng.bounded(900))).bind(6, int(rng.bounded(90))).bind(7, int(rng.bounded(50)));
                metric->bind(8, int(rng.bounded(40))).bind(9, int(rng.bounded(300)));
                QVERIFY(metric->exec().ok());
            }
        }
        auto order = db.prepare("INSERT INTO customer_order(order_ref, day, customer_ref, revenue_cents, person_id, "
                                "content_id) VALUES (?1,?2,?3,?4,?5,?6)");
        for (int o = 1; o <= 1500; ++o) {
            order->bind(1, QStringLiteral("o%1").arg(o)).bind(2, 20000 + int(rng.bounded(250)));
            order->bind(3, QStringLiteral("cust%1").arg(rng.bounded(300))).bind(4, 1 + int(rng.bounded(50000)));
            order->bind(5, maybe(25, 40)).bind(6, maybe(400, 30));
            QVERIFY(order->exec().ok());
        }
        static const char *const categories[] = {"fee",        "product", "shipping",  "travel",
                                                 "production", "agency",  "staff_time", "paid_boost"};
        auto cost = db.prepare("INSERT INTO cost(day, category, amount_cents, campaign_id, person_id, content_id, "
                               "channel_id) VALUES (?1,?2,?3,?4,?5,?6,?7)");
        for (int c = 1; c <= 600; ++c) {
            cost->bind(1, 20000 + int(rng.bounded(250))).bind(2, QLatin1String(categories[rng.bounded(8)]));
            cost->bind(3, 1 + int(rng.bounded(200000))).bind(4, maybe(6, 50)).bind(5, maybe(25, 50));
            cost->bind(6, maybe(400, 60)).bind(7, maybe(4, 50));
            QVERIFY(cost->exec().ok());
        }
        QVERIFY(tx.commit().ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("random.iroi"));
        {
            auto ws = Workspace::open(m_path, Workspace::Access::CreateNew);
            QVERIFY(ws.ok());
            fill(*ws);
        }
        auto ws = Workspace::open(m_path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        NullProgress progress;
        auto engine = AnalysisEngine::load(*ws, progress);
        QVERIFY(engine.ok());
        m_engine = std::move(engine.value());
    }

    void groupedViewsMatchSql_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::newRow("none") << Filter{};
        Filter f;
        f.from = 20100;
        f.to = 20150;
        QTest::newRow("dates") << f;
        f = {};
        f.campaignIds = {1, 2};
        f.channelIds = {1};
        QTest::newRow("campaigns+channel") << f;
        f = {};
        f.personKind = PersonKind::Employee;
        QTest::newRow("employees") << f;
        f = {};
        f.contentTypeIds = {2, 3};
        f.from = 20050;
        f.to = 20210;
        f.personIds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        QTest::newRow("types+people+dates") << f;
    }

    void groupedViewsMatchSql()
    {
        QFETCH(Filter, filter);
        RawDb raw(m_path);
        struct Case
        {
            Dimension dimension;
            const char *contentKey, *orderKey, *costKey;
        };
        const Case cases[] = {
            {Dimension::Campaign, "ci.campaign_id", "ci.campaign_id", "coalesce(c.campaign_id, ci.campaign_id)"},
            {Dimension::Channel, "ci.channel_id", "ci.channel_id", "coalesce(c.channel_id, ci.channel_id)"},
            {Dimension::Person, "ci.person_id", "coalesce(o.person_id, ci.person_id)",
             "coalesce(c.person_id, ci.person_id)"},
            {Dimension::ContentType, "ci.content_type_id", "ci.content_type_id", "ci.content_type_id"},
        };
        for (const Case &c : cases) {
            const std::map<qint64, Figures> expected = raw.grouped(filter, c.contentKey, c.orderKey, c.costKey);
            std::map<qint64, Figures> actual;
            for (const GroupRow &row : m_engine->byDimension(filter, c.dimension))
                actual[row.id] = figuresOf(row.totals);
            QCOMPARE(actual.size(), expected.size());
            for (const auto &[id, figures] : expected) {
                const Figures got = actual[id];
                QVERIFY2(got == figures, qPrintable(QStringLiteral("dimension %1 group %2: engine %3, SQL %4")
                                                        .arg(int(c.dimension))
                                                        .arg(id)
                                                        .arg(describe(got), describe(figures))));
            }
        }
        // The Who view's totals are the person grouping too.
        const std::map<qint64, Figures> people =
            raw.grouped(filter, "ci.person_id", "coalesce(o.person_id, ci.person_id)", "coalesce(c.person_id, ci.person_id)");
        for (const PersonScore &s : m_engine->who(filter))
            QCOMPARE(figuresOf(s.totals), people.at(s.personId));
        // Total: one group of everything.
        const std::map<qint64, Figures> all = raw.grouped(filter, "0", "0", "0");
        const Figures expectedTotal = all.empty() ? Figures{} : all.begin()->second;
        QVERIFY2(figuresOf(m_engine->totals(filter)) == expectedTotal, qPrintable(describe(expectedTotal)));
        // Funnel groups carry the same counts.
        const FunnelResult funnel = m_engine->funnel(filter, Dimension::Channel);
        QCOMPARE(funnel.total.steps[0].count, expectedTotal.impressions);
        QCOMPARE(funnel.total.steps[3].count, expectedTotal.orders);
        // How: cost by category adds up to the total.
        QCOMPARE(m_engine->how(filter).total, expectedTotal.cost);
    }

    void daySeriesMatchesSql()
    {
        Filter f;
        f.channelIds = {2};
        RawDb raw(m_path);
        const std::map<qint64, Figures> byDay = raw.grouped(f, "m.day", "o.day", "c.day");
        const WhenResult w = m_engine->when(f, Granularity::Day, 7);
        QVERIFY(!w.series.empty());
        for (const SeriesPoint &p : w.series) {
            const auto it = byDay.find(p.day);
            const Figures expected = it == byDay.end() ? Figures{} : it->second;
            QCOMPARE(p.totals.impressions, expected.impressions);
            QCOMPARE(p.totals.revenue, expected.revenue);
            QCOMPARE(p.totals.cost, expected.cost);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisVsSql)
#include "tst_analysisvssql.moc"

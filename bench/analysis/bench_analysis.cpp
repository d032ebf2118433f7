// Prints how fast the analysis engine loads a workspace and computes every view, next to
// plain SQLite GROUP BY queries for the same aggregates, and the peak memory.
//
//   bench_analysis [WORKSPACE.iroi] [--rows N]
//
// Without a workspace (or when the named file does not exist) it writes a synthetic one with N metric rows (default 1,000,000) to a
// temporary folder first. Figures are from one run on whatever machine runs it.

#include "core/analysis/analysisengine.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace iroi;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// CPU time of the calling thread: what a view costs when the machine is shared.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

bool check(const Status &s)
{
    if (!s)
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(s.error().toString()));
    return s.ok();
}

// 8 channels, 12 content types, 20 campaigns, 2,000 people; content items of 50 daily rows
// each; one order per 5 metric rows; one cost per content item.
bool generate(const QString &path, qint64 rows)
{
    auto ws = Workspace::open(path, Workspace::Access::CreateNew);
    if (!check(ws.ok() ? success() : Status(ws.error())))
        return false;
    auto &db = ws->connection();
    if (!check(db.exec("PRAGMA synchronous = OFF")))
        return false;
    sql::Transaction tx(db);
    if (!check(tx.begin()))
        return false;
    QRandomGenerator rng(7);
    const int channels = 8, types = 12, campaigns = 20, people = 2000, daysPerItem = 50;
    const qint64 items = std::max<qint64>(1, rows / daysPerItem);
    const EpochDay firstDay = toEpochDay(QDate(2024, 1, 1));
    auto insertNamed = [&](const char *sqlText, int count, const char *prefix) {
        auto stmt = db.prepare(sqlText);
        for (int i = 1; i <= count; ++i) {
            stmt->bind(1, i).bind(2, QStringLiteral("%1 %2").arg(QLatin1String(prefix)).arg(i));
            if (!check(stmt->exec()))
                return false;
        }
        return true;
    };
    if (!insertNamed("INSERT INTO channel(id, name) VALUES (?1, ?2)", channels, "Channel") ||
        !insertNamed("INSERT INTO content_type(id, name) VALUES (?1, ?2)", types, "Type") ||
        !insertNamed("INSERT INTO campaign(id, name) VALUES (?1, ?2)", campaigns, "Campaign"))
        return false;
    auto person = db.prepare("INSERT INTO person(id, handle, kind, channel_id) VALUES (?1, ?2, ?3, ?4)");
    for (int p = 1; p <= people; ++p) {
        person->bind(1, p).bind(2, QStringLiteral("person%1").arg(p));
        person->bind(3, QString::fromLatin1(p % 4 == 0 ? "employee" : "influencer")).bind(4, 1 + p % channels);
        if (!check(person->exec()))
            return false;
    }
    auto content = db.prepare("INSERT INTO content_item(id, external_id, person_id, campaign_id, channel_id, "
                              "content_type_id, published_day, published_hour) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    auto metric = db.prepare("INSERT INTO metric_daily(content_id, day, impressions, reach, views, likes, comments, "
                             "shares, saves, clicks, leads, positive_reactions) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
                             "?11,?12)");
    auto order = db.prepare("INSERT INTO customer_order(order_ref, day, customer_ref, revenue_cents, person_id, "
                            "content_id, attribution) VALUES (?1,?2,?3,?4,?5,?6,'code')");
    auto cost = db.prepare("INSERT INTO cost(day, category, amount_cents, campaign_id, person_id) "
                           "VALUES (?1,?2,?3,?4,?5)");
    qint64 orders = 0, costs = 0;
    for (qint64 c = 1; c <= items; ++c) {
        const int p = 1 + int(rng.bounded(people));
        const EpochDay published = firstDay + EpochDay(rng.bounded(680));
        content->bind(1, c).bind(2, QStringLiteral("item%1").arg(c)).bind(3, p).bind(4, 1 + int(rng.bounded(campaigns)));
        content->bind(5, 1 + p % channels).bind(6, 1 + int(rng.bounded(types))).bind(7, published);
        content->bind(8, int(rng.bounded(24)));
        if (!check(content->exec()))
            return false;
        for (int d = 0; d < daysPerItem; ++d) {
            const int impressions = int(rng.bounded(20000));
            metric->bind(1, c).bind(2, published + d).bind(3, impressions).bind(4, impressions * 3 / 4);
            metric->bind(5, int(rng.bounded(5000))).bind(6, int(rng.bounded(600))).bind(7, int(rng.bounded(60)));
            metric->bind(8, int(rng.bounded(30))).bind(9, int(rng.bounded(30))).bind(10, int(rng.bounded(200)));
            metric->bind(11, int(rng.bounded(5))).bind(12, int(rng.bounded(500)));
            if (!check(metric->exec()))
                return false;
            if (d % 5 == 0) {
                ++orders;
                order->bind(1, QStringLiteral("o%1").arg(orders)).bind(2, published + d);
                order->bind(3, QStringLiteral("cust%1").arg(rng.bounded(100000))).bind(4, 500 + int(rng.bounded(20000)));
                order->bind(5, p).bind(6, c);
                if (!check(order->exec()))
                    return false;
            }
        }
        {
            ++costs;
            static const char *const categories[] = {"fee", "product", "shipping", "travel", "production",
                                                     "agency", "staff_time", "paid_boost"};
            cost->bind(1, published).bind(2, QLatin1String(categories[rng.bounded(8)]));
            cost->bind(3, 1000 + int(rng.bounded(50000))).bind(4, 1 + int(rng.bounded(campaigns))).bind(5, p);
            if (!check(cost->exec()))
                return false;
        }
    }
    return check(tx.commit());
}

double sqlGroupBy(Workspace &ws, const char *sqlText, const std::function<void(sql::Statement &)> &bind)
{
    QElapsedTimer timer;
    timer.start();
    auto stmt = ws.connection().prepare(sqlText);
    if (!stmt)
        return -1.0;
    bind(*stmt);
    qint64 sink = 0;
    while (stmt->step())
        sink += stmt->int64(1);
    const double ms = msSince(timer);
    Q_UNUSED(sink);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i >= 0 && i + 1 < args.size()) {
        rows = args.at(i + 1).toLongLong();
        args.remove(i, 2);
    }
    QTemporaryDir dir;
    QString path = args.value(0);
    if (path.isEmpty() || !QFile::exists(path)) {
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("bench.iroi"));
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, rows))
            return 1;
        std::printf("generated %lld metric rows in %.0f ms (%s)\n", static_cast<long long>(rows), msSince(timer),
                    qPrintable(path));
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws) {
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(ws.error().toString()));
        return 2;
    }
    NullProgress progress;
    auto engine = AnalysisEngine::load(*ws, progress);
    if (!engine) {
        std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(engine.error().toString()));
        return 2;
    }
    const double loadMs = msSince(timer);
    const double loadCpuMs = cpuMs() - cpuStart;
    const OverviewResult first = (*engine)->overview(Filter{});
    const double firstFiguresMs = msSince(timer);
    const AnalysisEngine &e = **engine;
    const Catalog &c = e.catalog();
    std::printf("workspace       %s\n", qPrintable(path));
    std::printf("metric rows     %lld\n", static_cast<long long>(e.metricRowCount()));
    std::printf("open + load     %.1f ms wall, %.1f ms CPU (the difference is waiting for disk or other processes)\n",
                loadMs, loadCpuMs);
    std::printf("first figures   %.1f ms (impressions %lld, revenue %s)\n", firstFiguresMs,
                static_cast<long long>(first.totals.impressions), qPrintable(formatMoney(first.totals.revenue, c.currency)));

    std::vector<std::pair<const char *, Filter>> filters;
    filters.emplace_back("none", Filter{});
    if (!c.channels.empty()) {
        Filter f;
        f.channelIds = {c.channels.front().id};
        filters.emplace_back("one channel", f);
    }
    if (!c.campaigns.empty() && c.firstDay != kNoDay) {
        Filter f;
        f.campaignIds = {c.campaigns.front().id};
        f.from = c.firstDay + (c.lastDay - c.firstDay) / 4;
        f.to = c.firstDay + (c.lastDay - c.firstDay) / 2;
        filters.emplace_back("campaign+dates", f);
    }
    {
        Filter f;
        f.personKind = PersonKind::Employee;
        filters.emplace_back("employees", f);
    }

    const std::vector<std::pair<const char *, std::function<void(const Filter &)>>> views = {
        {"overview", [&](const Filter &f) { (void)e.overview(f); }},
        {"who", [&](const Filter &f) { (void)e.who(f); }},
        {"what", [&](const Filter &f) { (void)e.what(f); }},
        {"where", [&](const Filter &f) { (void)e.where(f); }},
        {"when", [&](const Filter &f) { (void)e.when(f, Granularity::Week); }},
        {"why", [&](const Filter &f) { (void)e.why(f); }},
        {"how", [&](const Filter &f) { (void)e.how(f); }},
        {"funnel", [&](const Filter &f) { (void)e.funnel(f, Dimension::Channel); }},
        {"retention", [&](const Filter &f) { (void)e.retention(f); }},
    };
    // The fastest of three runs: on a shared machine the other runs mostly measure waiting.
    std::printf("\nview time (ms), fastest of 3 runs\n%-10s", "view");
    for (const auto &[name, filter] : filters)
        std::printf("%16s", name);
    std::printf("\n");
    double worst = 0.0, worstCpu = 0.0;
    std::vector<std::vector<double>> cpu;
    for (const auto &[viewName, run] : views) {
        std::printf("%-10s", viewName);
        cpu.emplace_back();
        for (const auto &[name, filter] : filters) {
            double ms = 1e300, cpuMin = 1e300;
            for (int repeat = 0; repeat < 3; ++repeat) {
                QElapsedTimer t;
                const double cpuBefore = threadCpuMs();
                t.start();
                run(filter);
                ms = std::min(ms, msSince(t));
                cpuMin = std::min(cpuMin, threadCpuMs() - cpuBefore);
            }
            worst = std::max(worst, ms);
            worstCpu = std::max(worstCpu, cpuMin);
            cpu.back().push_back(cpuMin);
            std::printf("%16.2f", ms);
        }
        std::printf("\n");
    }
    std::printf("slowest view    %.2f ms wall\n", worst);
    std::printf("\nthread CPU time of the same runs (ms), least of 3\n%-10s", "view");
    for (const auto &[name, filter] : filters)
        std::printf("%16s", name);
    std::printf("\n");
    for (size_t v = 0; v < views.size(); ++v) {
        std::printf("%-10s", views[v].first);
        for (double ms : cpu[v])
            std::printf("%16.2f", ms);
        std::printf("\n");
    }
    std::printf("slowest view    %.2f ms CPU\n", worstCpu);
    // The engine's own peak, before the SQLite comparison below adds its sorter and cache.
    std::printf("peak RSS after load and every view (VmHWM) %s\n", qPrintable(peakRss()));

    // The same aggregates straight from SQLite, for comparison.
    const double sqlTotal = sqlGroupBy(*ws,
                                       "SELECT 0, sum(impressions), sum(likes + comments + shares + saves), sum(clicks) "
                                       "FROM metric_daily",
                                       [](sql::Statement &) {});
    const double sqlByChannel =
        sqlGroupBy(*ws,
                   "SELECT ci.channel_id, sum(m.impressions), sum(m.likes + m.comments + m.shares + m.saves), "
                   "sum(m.clicks) FROM metric_daily m JOIN content_item ci ON ci.id = m.content_id GROUP BY 1",
                   [](sql::Statement &) {});
    const double sqlCampaignDates = sqlGroupBy(
        *ws,
        "SELECT ci.channel_id, sum(m.impressions) FROM metric_daily m JOIN content_item ci ON ci.id = m.content_id "
        "WHERE ci.campaign_id = ?1 AND m.day BETWEEN ?2 AND ?3 GROUP BY 1",
        [&](sql::Statement &s) {
            s.bind(1, filters.size() > 2 ? filters[2].second.campaignIds.front() : qint64(0));
            s.bind(2, filters.size() > 2 ? filters[2].second.from : 0);
            s.bind(3, filters.size() > 2 ? filters[2].second.to : 0);
        });
    std::printf("\nSQLite GROUP BY (ms): totals %.1f, by channel (join) %.1f, one campaign + dates by channel %.1f\n",
                sqlTotal, sqlByChannel, sqlCampaignDates);
    std::printf("peak RSS including the SQLite comparison (VmHWM) %s\n", qPrintable(peakRss()));
    return 0;
}

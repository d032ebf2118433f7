#include "core/planning/stageoutcomes.h"

#include "core/store/sqlite.h"
#include "core/store/workspace.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace iroi {

namespace {

// Impressions and clicks of the lines' own content, per line and day. Columns: line id,
// day, impressions, clicks.
QString contentMetricsSql(LineKind kind)
{
    const char *lineId = kind == LineKind::Channel  ? "COALESCE(ci.channel_id, p.channel_id)"
                         : kind == LineKind::Person ? "ci.person_id"
                                                    : "ci.content_type_id";
    return QStringLiteral(R"sql(
SELECT %1 AS line_id, m.day, SUM(m.impressions), SUM(m.clicks)
FROM metric_daily m
JOIN content_item ci ON ci.id = m.content_id
LEFT JOIN person p ON p.id = ci.person_id
WHERE line_id IS NOT NULL AND (?1 IS NULL OR m.day >= ?1) AND (?2 IS NULL OR m.day <= ?2)
GROUP BY line_id, m.day
)sql")
        .arg(QLatin1String(lineId));
}

constexpr const char *kMediaMixStages = R"sql(
SELECT m.channel_id, m.day, COALESCE(m.impressions, 0), COALESCE(m.clicks, 0)
FROM media_mix m
WHERE (?1 IS NULL OR m.day >= ?1) AND (?2 IS NULL OR m.day <= ?2)
)sql";

// Retention per line: the later orders of the customers a line acquired (their first order
// was attributed to it), counted in the week of that first order, which the spend of that
// week bought. Built around ordersByLineSql; columns: line id, day, later orders.
QString retainedOrdersSql(LineKind kind)
{
    return QStringLiteral(R"sql(
SELECT acquired.line_id, acquired.day,
       (SELECT count(*) FROM customer_order later
        WHERE later.customer_ref = acquired.customer_ref AND later.day > acquired.day)
FROM (%1
  AND o.customer_ref IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM customer_order prev WHERE prev.customer_ref = o.customer_ref AND prev.day < o.day)
) acquired
)sql")
        .arg(QLatin1String(ordersByLineSql(kind)));
}

// Adds one day's value to its line's week, when the line and week are on the data's grid.
class Grid
{
public:
    explicit Grid(const PlanningData &data) : m_data(data)
    {
        for (std::size_t i = 0; i < data.lineIds.size(); ++i)
            m_row[data.lineIds[i]] = i;
    }
    std::vector<std::vector<double>> empty() const
    {
        return std::vector<std::vector<double>>(m_data.lines.size(),
                                                std::vector<double>(static_cast<std::size_t>(m_data.weeks), 0.0));
    }
    void add(std::vector<std::vector<double>> &series, qint64 lineId, EpochDay day, double value) const
    {
        const auto it = m_row.find(lineId);
        if (it == m_row.end())
            return;
        const EpochDay week = weekStart(day);
        if (week < m_data.firstWeek)
            return;
        const auto w = static_cast<std::size_t>((week - m_data.firstWeek) / 7);
        if (w < static_cast<std::size_t>(m_data.weeks))
            series[it->second][w] += value;
    }

private:
    const PlanningData &m_data;
    std::map<qint64, std::size_t> m_row;
};

bool allZero(const std::vector<std::vector<double>> &series)
{
    return std::all_of(series.begin(), series.end(), [](const std::vector<double> &line) {
        return std::all_of(line.begin(), line.end(), [](double v) { return v == 0.0; });
    });
}

} // namespace

Result<std::vector<StageSeries>> loadStageSeries(Workspace &workspace, const PlanningDataRequest &request,
                                                 const PlanningData &data)
{
    sql::Connection &db = workspace.connection();
    const Grid grid(data);
    auto impressions = grid.empty();
    auto clicks = grid.empty();
    auto returning = grid.empty();

    auto metrics = data.joint ? db.prepare(kMediaMixStages) : db.prepare(contentMetricsSql(data.lineKind));
    if (!metrics)
        return metrics.error();
    bindWindow(*metrics, request);
    while (metrics->step()) {
        const qint64 line = metrics->int64(0);
        const auto day = static_cast<EpochDay>(metrics->int64(1));
        grid.add(impressions, line, day, metrics->real(2));
        grid.add(clicks, line, day, metrics->real(3));
    }
    if (Status s = metrics->status(); !s)
        return s.error();

    if (!data.joint) {
        auto orders = db.prepare(retainedOrdersSql(data.lineKind));
        if (!orders)
            return orders.error();
        bindOrdersFilter(*orders, request);
        while (orders->step())
            grid.add(returning, orders->int64(0), static_cast<EpochDay>(orders->int64(1)), orders->real(2));
        if (Status s = orders->status(); !s)
            return s.error();
    }

    std::vector<StageSeries> out;
    auto keep = [&out](FunnelStage stage, const char *metric, std::vector<std::vector<double>> &series) {
        if (!allZero(series))
            out.push_back({stage, QString::fromLatin1(metric), std::move(series)});
    };
    keep(FunnelStage::Awareness, "impressions", impressions);
    keep(FunnelStage::Consideration, "clicks", clicks);
    keep(FunnelStage::Retention, "repeat_orders", returning);
    return out;
}

Result<std::vector<StageCurves>> fitStages(const PlanningData &data, const std::vector<StageSeries> &stages,
                                           const FitOptions &options, ProgressSink &sink)
{
    // One progress scale over all stages: each stage's fitLines reports its own lines done.
    class Offset final : public ProgressSink
    {
    public:
        Offset(ProgressSink &inner, qint64 total) : m_inner(inner), m_total(total) {}
        qint64 base = 0;
        void progress(qint64 done, qint64) override { m_inner.progress(base + done, m_total); }
        bool isCancelled() const override { return m_inner.isCancelled(); }

    private:
        ProgressSink &m_inner;
        qint64 m_total;
    };
    Offset offset(sink, static_cast<qint64>(stages.size() * data.lines.size()));

    std::vector<StageCurves> out;
    for (const StageSeries &stage : stages) {
        std::vector<LineSeries> lines;
        for (std::size_t i = 0; i < data.lines.size(); ++i)
            lines.push_back({data.lines[i].line, data.lines[i].spend, stage.lines[i]});
        auto fits = fitLines(lines, options, offset);
        if (!fits)
            return fits.error();
        out.push_back({stage.stage, stage.metric, std::move(*fits)});
        offset.base += static_cast<qint64>(data.lines.size());
    }
    return out;
}

std::vector<StagePrediction> predictStages(const std::vector<StageCurves> &curves, int weeks,
                                           std::span<const double> flighting, std::span<const double> current,
                                           std::span<const double> proposed, double bandLow, double bandHigh)
{
    std::vector<double> weights;
    if (!flighting.empty()) {
        const double sum = std::accumulate(flighting.begin(), flighting.end(), 0.0);
        for (double w : flighting)
            weights.push_back(sum > 0.0 ? w / sum : 0.0);
    }
    std::vector<StagePrediction> out;
    for (const StageCurves &stage : curves) {
        std::size_t draws = stage.fits.empty() ? 0 : std::numeric_limits<std::size_t>::max();
        for (const LineFit &fit : stage.fits)
            draws = std::min(draws, fit.draws.size());
        StagePrediction prediction{stage.stage, stage.metric, {}, {}};
        std::vector<double> currentDraws(draws, 0.0), proposedDraws(draws, 0.0);
        double currentPoint = 0.0, proposedPoint = 0.0;
        for (std::size_t l = 0; l < stage.fits.size(); ++l) {
            const LineFit &fit = stage.fits[l];
            const double now = l < current.size() ? current[l] : 0.0;
            const double next = l < proposed.size() ? proposed[l] : 0.0;
            currentPoint += curve::periodResponse(fit.params, now, weights, weeks);
            proposedPoint += curve::periodResponse(fit.params, next, weights, weeks);
            // Summing per resample index keeps one draw of the whole plan per index.
            for (std::size_t d = 0; d < draws; ++d) {
                currentDraws[d] += curve::periodResponse(fit.draws[d], now, weights, weeks);
                proposedDraws[d] += curve::periodResponse(fit.draws[d], next, weights, weeks);
            }
        }
        prediction.current = fitstats::centredBand(currentDraws, currentPoint, bandLow, bandHigh);
        prediction.proposed = fitstats::centredBand(proposedDraws, proposedPoint, bandLow, bandHigh);
        out.push_back(std::move(prediction));
    }
    return out;
}

} // namespace iroi

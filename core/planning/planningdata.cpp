#include "core/planning/planningdata.h"

#include "core/store/workspace.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace iroi {

namespace {

// Line id and name per kind, from a cost row: a cost names its channel directly or through
// its content or its person.
constexpr const char *kSpendByChannel = R"sql(
SELECT COALESCE(c.channel_id, ci.channel_id, p.channel_id) AS line_id, ch.name,
       c.day, c.amount_cents * COALESCE(fx.rate_to_base, 1.0)
FROM cost c
LEFT JOIN content_item ci ON ci.id = c.content_id
LEFT JOIN person p ON p.id = COALESCE(c.person_id, ci.person_id)
LEFT JOIN channel ch ON ch.id = COALESCE(c.channel_id, ci.channel_id, p.channel_id)
LEFT JOIN fx_rate fx ON fx.currency = c.currency
WHERE line_id IS NOT NULL AND (?1 IS NULL OR c.day >= ?1) AND (?2 IS NULL OR c.day <= ?2)
  AND (?3 IS NULL OR instr(?3, ',' || c.category || ',') > 0)
)sql";

constexpr const char *kSpendByPerson = R"sql(
SELECT COALESCE(c.person_id, ci.person_id) AS line_id, p.handle,
       c.day, c.amount_cents * COALESCE(fx.rate_to_base, 1.0)
FROM cost c
LEFT JOIN content_item ci ON ci.id = c.content_id
LEFT JOIN person p ON p.id = COALESCE(c.person_id, ci.person_id)
LEFT JOIN fx_rate fx ON fx.currency = c.currency
WHERE line_id IS NOT NULL AND (?1 IS NULL OR c.day >= ?1) AND (?2 IS NULL OR c.day <= ?2)
  AND (?3 IS NULL OR instr(?3, ',' || c.category || ',') > 0)
)sql";

constexpr const char *kSpendByContentType = R"sql(
SELECT ci.content_type_id AS line_id, t.name,
       c.day, c.amount_cents * COALESCE(fx.rate_to_base, 1.0)
FROM cost c
JOIN content_item ci ON ci.id = c.content_id
JOIN content_type t ON t.id = ci.content_type_id
LEFT JOIN fx_rate fx ON fx.currency = c.currency
WHERE (?1 IS NULL OR c.day >= ?1) AND (?2 IS NULL OR c.day <= ?2)
  AND (?3 IS NULL OR instr(?3, ',' || c.category || ',') > 0)
)sql";

// Attributed orders: through the order's content, else its person; for channels also an
// order whose UTM source names the channel (paid boosts carry no content or person).
constexpr const char *kOrdersByChannel = R"sql(
SELECT COALESCE(ci.channel_id, p.channel_id, us.id) AS line_id, o.day,
       o.revenue_cents * COALESCE(fx.rate_to_base, 1.0), o.customer_ref AS customer_ref
FROM customer_order o
LEFT JOIN content_item ci ON ci.id = o.content_id
LEFT JOIN person p ON p.id = COALESCE(o.person_id, ci.person_id)
LEFT JOIN channel us ON us.name = o.utm_source
LEFT JOIN fx_rate fx ON fx.currency = o.currency
WHERE line_id IS NOT NULL AND (?1 IS NULL OR o.day >= ?1) AND (?2 IS NULL OR o.day <= ?2)
  AND (?3 IS NULL OR o.utm_medium = ?3)
)sql";

constexpr const char *kOrdersByPerson = R"sql(
SELECT COALESCE(o.person_id, ci.person_id) AS line_id, o.day,
       o.revenue_cents * COALESCE(fx.rate_to_base, 1.0), o.customer_ref AS customer_ref
FROM customer_order o
LEFT JOIN content_item ci ON ci.id = o.content_id
LEFT JOIN fx_rate fx ON fx.currency = o.currency
WHERE line_id IS NOT NULL AND (?1 IS NULL OR o.day >= ?1) AND (?2 IS NULL OR o.day <= ?2)
  AND (?3 IS NULL OR o.utm_medium = ?3)
)sql";

constexpr const char *kOrdersByContentType = R"sql(
SELECT ci.content_type_id AS line_id, o.day,
       o.revenue_cents * COALESCE(fx.rate_to_base, 1.0), o.customer_ref AS customer_ref
FROM customer_order o
JOIN content_item ci ON ci.id = o.content_id
LEFT JOIN fx_rate fx ON fx.currency = o.currency
WHERE ci.content_type_id IS NOT NULL AND (?1 IS NULL OR o.day >= ?1) AND (?2 IS NULL OR o.day <= ?2)
  AND (?3 IS NULL OR o.utm_medium = ?3)
)sql";

// Orders attributed to a person or content (codes, UTM links of posts): the influencer
// programme's own, known share of a shop's total. Paid-media orders carry neither.
constexpr const char *kAttributedOrders = R"sql(
SELECT o.day, o.revenue_cents * COALESCE(fx.rate_to_base, 1.0)
FROM customer_order o
LEFT JOIN fx_rate fx ON fx.currency = o.currency
WHERE (o.person_id IS NOT NULL OR o.content_id IS NOT NULL)
  AND (?1 IS NULL OR o.day >= ?1) AND (?2 IS NULL OR o.day <= ?2)
)sql";

constexpr const char *kMediaMix = R"sql(
SELECT m.channel_id, ch.name, m.day, m.spend_cents
FROM media_mix m JOIN channel ch ON ch.id = m.channel_id
WHERE (?1 IS NULL OR m.day >= ?1) AND (?2 IS NULL OR m.day <= ?2)
)sql";

// Other series of the media-mix sheet that are known drivers rather than outcomes: by the
// convention of MMM data sets (national_media.csv: competitor_activity_score_control,
// sentiment_score_control), their name says "control".
constexpr const char *kControlSeries = R"sql(
SELECT metric, day, value FROM outcome_series
WHERE metric <> ?3 AND lower(metric) LIKE '%control%' AND (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2)
ORDER BY metric, day
)sql";

constexpr const char *kOutcomeSeries = R"sql(
SELECT day, value FROM outcome_series
WHERE metric = ?3 AND (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2)
)sql";

} // namespace

const char *ordersByLineSql(LineKind kind)
{
    return kind == LineKind::Channel ? kOrdersByChannel : kind == LineKind::Person ? kOrdersByPerson : kOrdersByContentType;
}

void bindWindow(sql::Statement &stmt, const PlanningDataRequest &request)
{
    if (request.from == kNoDay)
        stmt.bindNull(1);
    else
        stmt.bind(1, static_cast<qint64>(request.from));
    if (request.to == kNoDay)
        stmt.bindNull(2);
    else
        stmt.bind(2, static_cast<qint64>(request.to));
}

void bindOrdersFilter(sql::Statement &stmt, const PlanningDataRequest &request)
{
    bindWindow(stmt, request);
    if (request.utmMedium.isEmpty())
        stmt.bindNull(3);
    else
        stmt.bind(3, request.utmMedium);
}

namespace {

struct Weekly
{
    QString name;
    std::map<EpochDay, double> spend;   // week start -> amount
    std::map<EpochDay, double> outcome; // week start -> revenue or count
};

Result<std::optional<QString>> chooseOutcomeMetric(sql::Connection &db, const QString &wanted)
{
    auto stmt = db.prepare("SELECT DISTINCT metric FROM outcome_series ORDER BY metric");
    if (!stmt)
        return stmt.error();
    QStringList metrics;
    while (stmt->step())
        metrics << stmt->text(0);
    if (Status s = stmt->status(); !s)
        return s.error();
    if (metrics.isEmpty())
        return std::optional<QString>{};
    if (!wanted.isEmpty()) {
        for (const QString &m : metrics)
            if (m.compare(wanted, Qt::CaseInsensitive) == 0)
                return std::optional<QString>{m};
        return Error::usage(QStringLiteral("the workspace has no outcome series named %1 (it has: %2)")
                                .arg(wanted, metrics.join(QStringLiteral(", "))));
    }
    for (const char *preferred : {"revenue", "sales", "conversions"})
        for (const QString &m : metrics)
            if (m.compare(QLatin1String(preferred), Qt::CaseInsensitive) == 0)
                return std::optional<QString>{m};
    return std::optional<QString>{metrics.constFirst()};
}

// An outcome_series metric that counts orders rather than money.
bool isCountMetric(const QString &metric)
{
    for (const char *name : {"orders", "conversions", "purchases", "sales_count"})
        if (metric.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString lineKindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Channel:
        return QStringLiteral("channel");
    case LineKind::Person:
        return QStringLiteral("person");
    case LineKind::ContentType:
        return QStringLiteral("content-type");
    }
    return {};
}

std::optional<LineKind> lineKindFromName(const QString &name)
{
    for (LineKind kind : {LineKind::Channel, LineKind::Person, LineKind::ContentType})
        if (name == lineKindName(kind))
            return kind;
    return std::nullopt;
}

EpochDay weekStart(EpochDay day)
{
    return day - dayOfWeek(day);
}

std::pair<EpochDay, EpochDay> nextQuarter(EpochDay day)
{
    const QDate date = fromEpochDay(day);
    const int quarterStartMonth = ((date.month() - 1) / 3) * 3 + 1;
    const QDate next = QDate(date.year(), quarterStartMonth, 1).addMonths(3);
    return {toEpochDay(next), toEpochDay(next.addMonths(3).addDays(-1))};
}

int weeksBetween(EpochDay from, EpochDay to)
{
    return std::max(1, static_cast<int>(std::lround((to - from + 1) / 7.0)));
}

JointInput PlanningData::jointInput() const
{
    JointInput input;
    input.outcome = sharedOutcome;
    input.lines = lines;
    input.firstDay = firstWeek;
    input.controlNames = controlNames;
    input.controls = controls;
    return input;
}

std::vector<double> PlanningData::recentSpend(int recentWeeks) const
{
    std::vector<double> out;
    for (const LineSeries &line : lines) {
        double sum = 0.0;
        const int n = static_cast<int>(line.spend.size());
        for (int t = std::max(0, n - recentWeeks); t < n; ++t)
            sum += line.spend[static_cast<std::size_t>(t)];
        out.push_back(sum);
    }
    return out;
}

Result<PlanningData> loadPlanningData(Workspace &workspace, const PlanningDataRequest &request)
{
    sql::Connection &db = workspace.connection();
    PlanningData data;
    data.lineKind = request.lines;
    data.outcome = request.outcome;
    data.currency = workspace.setting(QStringLiteral("workspace.currency"), QStringLiteral("EUR"));

    std::map<qint64, Weekly> lines;
    std::map<EpochDay, double> shared;
    std::map<EpochDay, double> attributedWeekly; // joint mode control; does not widen the span
    std::map<QString, std::map<EpochDay, std::pair<double, int>>> sheetControls; // name -> week -> (sum, days)
    EpochDay lastDay = kNoDay;
    auto note = [&](EpochDay day) { lastDay = lastDay == kNoDay ? day : std::max(lastDay, day); };

    std::optional<QString> metric;
    if (request.preferMediaMix && request.lines == LineKind::Channel) {
        auto chosen = chooseOutcomeMetric(db, request.outcomeMetric);
        if (!chosen)
            return chosen.error();
        metric = *chosen;
        if (metric) {
            auto any = db.queryInt("SELECT count(*) FROM media_mix");
            if (!any)
                return any.error();
            if (*any == 0)
                metric.reset();
        }
    }

    if (metric) {
        data.joint = true;
        data.outcomeName = *metric;
        auto mix = db.prepare(kMediaMix);
        if (!mix)
            return mix.error();
        bindWindow(*mix, request);
        while (mix->step()) {
            Weekly &w = lines[mix->int64(0)];
            w.name = mix->text(1);
            const EpochDay day = static_cast<EpochDay>(mix->int64(2));
            w.spend[weekStart(day)] += mix->int64(3) / 100.0;
            note(day);
        }
        if (Status s = mix->status(); !s)
            return s.error();
        auto outcome = db.prepare(kOutcomeSeries);
        if (!outcome)
            return outcome.error();
        bindWindow(*outcome, request);
        outcome->bind(3, *metric);
        while (outcome->step()) {
            const EpochDay day = static_cast<EpochDay>(outcome->int64(0));
            shared[weekStart(day)] += outcome->real(1);
            note(day);
        }
        if (Status s = outcome->status(); !s)
            return s.error();
        auto controls = db.prepare(kControlSeries);
        if (!controls)
            return controls.error();
        bindWindow(*controls, request);
        controls->bind(3, *metric);
        while (controls->step()) {
            // A score averages over the days of a week (weekly sheets have one row a week).
            auto &[sum, count] = sheetControls[controls->text(0)][weekStart(static_cast<EpochDay>(controls->int64(1)))];
            sum += controls->real(2);
            ++count;
        }
        if (Status s = controls->status(); !s)
            return s.error();
        if (request.attributedControl) {
            auto attributed = db.prepare(kAttributedOrders);
            if (!attributed)
                return attributed.error();
            bindWindow(*attributed, request);
            const bool counts = isCountMetric(*metric);
            while (attributed->step())
                attributedWeekly[weekStart(static_cast<EpochDay>(attributed->int64(0)))] +=
                    counts ? 1.0 : attributed->real(1) / 100.0;
            if (Status s = attributed->status(); !s)
                return s.error();
        }
    } else {
        data.outcomeName = request.outcome == OutcomeKind::Revenue ? QStringLiteral("revenue")
                                                                   : QStringLiteral("conversions");
        const char *spendSql = request.lines == LineKind::Channel  ? kSpendByChannel
                               : request.lines == LineKind::Person ? kSpendByPerson
                                                                   : kSpendByContentType;
        auto spend = db.prepare(spendSql);
        if (!spend)
            return spend.error();
        bindWindow(*spend, request);
        // The category filter travels as one bound string ",fee,paid_boost," matched with instr().
        if (request.costCategories.isEmpty())
            spend->bindNull(3);
        else
            spend->bind(3, QLatin1Char(',') + request.costCategories.join(QLatin1Char(',')) + QLatin1Char(','));
        while (spend->step()) {
            Weekly &w = lines[spend->int64(0)];
            w.name = spend->text(1);
            const EpochDay day = static_cast<EpochDay>(spend->int64(2));
            w.spend[weekStart(day)] += spend->real(3) / 100.0;
            note(day);
        }
        if (Status s = spend->status(); !s)
            return s.error();
        auto orders = db.prepare(ordersByLineSql(request.lines));
        if (!orders)
            return orders.error();
        bindOrdersFilter(*orders, request);
        while (orders->step()) {
            auto it = lines.find(orders->int64(0));
            if (it == lines.end())
                continue; // a line without spend cannot be planned
            const EpochDay day = static_cast<EpochDay>(orders->int64(1));
            it->second.outcome[weekStart(day)] += request.outcome == OutcomeKind::Revenue ? orders->real(2) / 100.0 : 1.0;
            note(day);
        }
        if (Status s = orders->status(); !s)
            return s.error();
    }

    // Drop lines that never spent: there is no curve to fit.
    for (auto it = lines.begin(); it != lines.end();) {
        double total = 0.0;
        for (const auto &[week, amount] : it->second.spend)
            total += amount;
        it = total > 0.0 ? std::next(it) : lines.erase(it);
    }
    if (lines.empty())
        return Error::badInput(data.joint ? QStringLiteral("the media-mix sheet has no spend in this period")
                                          : QStringLiteral("no spend per %1 in the cost table for this period")
                                                .arg(lineKindName(request.lines)));

    EpochDay first = kNoDay, last = kNoDay;
    auto span = [&](const std::map<EpochDay, double> &m) {
        if (m.empty())
            return;
        first = first == kNoDay ? m.begin()->first : std::min(first, m.begin()->first);
        last = last == kNoDay ? m.rbegin()->first : std::max(last, m.rbegin()->first);
    };
    for (const auto &[id, w] : lines) {
        span(w.spend);
        if (!data.joint)
            span(w.outcome);
    }
    span(shared);
    data.firstWeek = first;
    data.weeks = (last - first) / 7 + 1;
    auto dense = [&](const std::map<EpochDay, double> &m) {
        std::vector<double> v(static_cast<std::size_t>(data.weeks), 0.0);
        for (const auto &[week, value] : m)
            v[static_cast<std::size_t>((week - first) / 7)] += value;
        return v;
    };
    for (const auto &[id, w] : lines) {
        data.lineIds.push_back(id);
        data.lines.push_back({w.name.isEmpty() ? QStringLiteral("#%1").arg(id) : w.name, dense(w.spend),
                              data.joint ? std::vector<double>{} : dense(w.outcome)});
    }
    if (data.joint) {
        data.sharedOutcome = dense(shared);
        // Only weeks inside the outcome's span count; a control that never moves adds nothing.
        std::map<EpochDay, double> inSpan;
        for (const auto &[week, value] : attributedWeekly)
            if (week >= first && week <= last)
                inSpan[week] = value;
        std::vector<double> control = dense(inSpan);
        const auto [lo, hi] = std::minmax_element(control.begin(), control.end());
        if (!control.empty() && *hi > *lo) {
            data.controlNames.push_back(isCountMetric(data.outcomeName) ? QStringLiteral("attributed orders")
                                                                        : QStringLiteral("attributed revenue"));
            data.controls.push_back(std::move(control));
        }
        for (const auto &[name, weeks] : sheetControls) {
            std::map<EpochDay, double> mean;
            for (const auto &[week, sumCount] : weeks)
                if (week >= first && week <= last)
                    mean[week] = sumCount.first / sumCount.second;
            std::vector<double> series = dense(mean);
            const auto [low, high] = std::minmax_element(series.begin(), series.end());
            if (!series.empty() && *high > *low) {
                data.controlNames.push_back(name);
                data.controls.push_back(std::move(series));
            }
        }
    }
    data.lastDataDay = lastDay;
    const auto [planFrom, planTo] = nextQuarter(lastDay);
    data.defaultPlanFrom = planFrom;
    data.defaultPlanTo = planTo;
    return data;
}

} // namespace iroi

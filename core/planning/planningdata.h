#pragma once

#include "core/common/dates.h"
#include "core/common/result.h"
#include "core/planning/fitter.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace iroi {

class Workspace;
namespace sql {
class Statement;
}

enum class LineKind { Channel, Person, ContentType };
enum class OutcomeKind { Revenue, Conversions };

QString lineKindName(LineKind kind);               // "channel", "person", "content-type"
std::optional<LineKind> lineKindFromName(const QString &name);

struct PlanningDataRequest
{
    LineKind lines = LineKind::Channel;
    OutcomeKind outcome = OutcomeKind::Revenue;
    EpochDay from = kNoDay; // history window, inclusive; kNoDay = open
    EpochDay to = kNoDay;
    // Use media_mix + outcome_series (joint mode) when the workspace has them and the lines
    // are channels; otherwise the cost ledger and attributed orders (per-line mode).
    bool preferMediaMix = true;
    QString outcomeMetric; // outcome_series.metric to use; empty = "revenue", "sales", else the first
    // Per-line mode filters: only these cost categories count as spend (empty = all), and
    // only orders with this utm_medium count as outcome (empty = all), e.g. paid_boost and
    // paid_social to plan paid boosts alone.
    QStringList costCategories;
    QString utmMedium;
    // Joint mode: add the weekly revenue (or order count, when the outcome metric counts
    // orders) attributed to people or content as a known control. In a shop's total the
    // creators' own orders are usually the largest moving part; left to the baseline they
    // drown the media lines (the demo's R2 was 0.39 and TikTok came out at 8x its truth).
    bool attributedControl = true;
};

// Weekly series per line, ready for the fitter. Weeks start on Monday; money is in the
// workspace currency's units (cents / 100), other currencies converted with fx_rate.
struct PlanningData
{
    LineKind lineKind = LineKind::Channel;
    OutcomeKind outcome = OutcomeKind::Revenue;
    bool joint = false;
    QString outcomeName;          // "revenue", "conversions" or the outcome_series metric
    EpochDay firstWeek = kNoDay;  // Monday of week 0
    int weeks = 0;
    std::vector<qint64> lineIds;  // workspace row ids, parallel to lines
    std::vector<LineSeries> lines; // joint mode: spend only
    std::vector<double> sharedOutcome; // joint mode
    // Joint mode: known regressors of the shared outcome, one weekly series per name.
    std::vector<QString> controlNames;
    std::vector<std::vector<double>> controls;
    EpochDay lastDataDay = kNoDay;
    EpochDay defaultPlanFrom = kNoDay; // the calendar quarter after lastDataDay
    EpochDay defaultPlanTo = kNoDay;
    QString currency;

    JointInput jointInput() const;
    // Spend per line over the last `weeks` weeks of history: the reference a plan is compared to.
    std::vector<double> recentSpend(int weeks) const;
};

// Reads the history. Fails with BadInput when there is no spend to fit on.
Result<PlanningData> loadPlanningData(Workspace &workspace, const PlanningDataRequest &request);

// The attributed orders of each line (columns: line_id, day, revenue in cents in the base
// currency, customer_ref; ?1/?2 the window, ?3 a utm_medium or NULL). Ends in its WHERE clause, so a
// caller may add conditions on `o` (the order).
const char *ordersByLineSql(LineKind kind);
// Binds ?1 and ?2 to the request's history window (NULL when open).
void bindWindow(sql::Statement &stmt, const PlanningDataRequest &request);
// bindWindow, and ?3 to the request's utm_medium (NULL for all): ordersByLineSql's parameters.
void bindOrdersFilter(sql::Statement &stmt, const PlanningDataRequest &request);

// Monday of the week containing day.
EpochDay weekStart(EpochDay day);
// First and last day of the calendar quarter after the one containing day.
std::pair<EpochDay, EpochDay> nextQuarter(EpochDay day);
// Whole weeks in [from, to] (at least 1).
int weeksBetween(EpochDay from, EpochDay to);

} // namespace iroi

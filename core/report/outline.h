#pragma once

#include "core/analysis/catalog.h"
#include "core/analysis/filter.h"
#include "core/analysis/views.h"
#include "core/common/result.h"
#include "core/report/table.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace iroi {
class AnalysisEngine;
class Workspace;
} // namespace iroi

namespace iroi::report {

// The board pack as content, before any pixel: which pages, their titles, KPI tiles,
// which chart, the findings and tables. ui/export lays it out as PDF or PPTX.

// Which chart a page shows; ui/export maps each to a ui/charts builder.
enum class ReportChart {
    None,
    Funnel,
    PeopleRevenue,
    ActivityPerformance,
    ChannelRevenueCost,
    ContentTypeRevenueCost,
    Trend,
    EngagementHeatmap,
    ShareOfVoice,
    GoalAttainment,
    CostBreakdown,
};

struct KpiTile
{
    QString group; // funnel stage or "Money"
    QString label;
    QString value; // formatted, with unit and thousands separators
    QString note;  // e.g. the denominator
};

// At most this many goals fit a chart page legibly; the report shows those furthest from target.
constexpr int kMaxGoalsOnPage = 10;
// The goals a report page charts: all when they fit, else the kMaxGoalsOnPage with the lowest
// attainment (n/a last), kept in their original order.
std::vector<GoalStatus> goalsForPage(const std::vector<GoalStatus> &goals);

struct ReportPage
{
    enum class Kind { Title, Kpis, Chart, Table };
    Kind kind = Kind::Chart;
    QString title;
    QString subtitle;
    std::vector<KpiTile> tiles;
    ReportChart chart = ReportChart::None;
    QStringList findings;
    Table table;
};

struct Brand
{
    QString company;         // setting brand.company
    QString logoPath;        // setting brand.logo (PNG/SVG/JPEG file)
    quint32 primary = 0x1F2A44; // setting brand.primary, "#RRGGBB"
    quint32 accent = 0x2E6FD8;  // setting brand.accent
};

// Every analysis result the report draws on, computed once for the filter.
struct ReportData
{
    OverviewResult overview;
    std::vector<PersonScore> who;
    std::vector<GroupRow> where;
    std::vector<GroupRow> what;
    WhenResult when;
    WhyResult why;
    HowResult how;
    FunnelResult funnel;
};

struct ScenarioRow
{
    QString name;
    QString period;
    QString objective;
    double totalSpend = 0.0;
    int lines = 0;
};

struct ReportMeta
{
    QString workspaceName;
    QString period;      // "1 January 2025 – 31 March 2025"
    QString filterText;  // "All campaigns, channels LinkedIn and TikTok, employees only"
    QString currency = QStringLiteral("EUR");
    QString generatedOn; // "1 December 2026"
    Brand brand;
    std::vector<ScenarioRow> scenarios;
};

struct ReportOutline
{
    ReportMeta meta;
    ReportData data;
    std::vector<ReportPage> pages;
};

// Pure: the pages for data already computed (unit-testable without a workspace).
ReportOutline composeOutline(ReportData data, ReportMeta meta);

// Reads settings (workspace.name, brand.*), saved scenarios, runs every view for the filter
// and composes the outline.
Result<ReportOutline> buildOutline(Workspace &workspace, const AnalysisEngine &engine, const Filter &filter);

// "All data" or "Campaigns Spring launch; channels LinkedIn, TikTok; employees only".
QString describeFilter(const Filter &filter, const Catalog &catalog);
// "6 January 2025 – 30 March 2025", open ends use the catalog's first/last day.
QString describePeriod(const Filter &filter, const Catalog &catalog);
// "#1F2A44" -> 0x1F2A44; fallback when empty or not a colour.
quint32 parseColour(const QString &text, quint32 fallback);

} // namespace iroi::report

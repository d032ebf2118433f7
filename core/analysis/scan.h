#pragma once

// Internal to core/analysis: the single-pass scans every view is built from.

#include "core/analysis/analysisdata.h"
#include "core/analysis/views.h"

#include <optional>
#include <vector>

namespace iroi {

template<typename Row>
std::int32_t keyOf(const Row &row, std::optional<Dimension> dimension)
{
    if (!dimension)
        return 0;
    switch (*dimension) {
    case Dimension::Campaign:
        return row.campaign;
    case Dimension::Channel:
        return row.channel;
    case Dimension::Person:
        return row.person;
    case Dimension::ContentType:
        return row.type;
    }
    return 0;
}

size_t groupCount(const AnalysisData &data, std::optional<Dimension> dimension);
qint64 groupId(const AnalysisData &data, Dimension dimension, size_t index); // 0 for index 0
QString groupName(const AnalysisData &data, Dimension dimension, size_t index);

// The rate card used for a filter: the highest version valid on the period's last day;
// -1 when the workspace has none.
int emvCardFor(const AnalysisData &data, const CompiledFilter &filter);

// Totals per group (index = dense dimension value; size groupCount()). Without a dimension,
// one group holding the whole slice. customers stays 0 (see distinctCustomers).
std::vector<Totals> scanTotals(const AnalysisData &data, const CompiledFilter &filter,
                               std::optional<Dimension> dimension);

// The totals of one campaign over [from, to], as scanTotals gives them for a filter of that
// campaign and those dates (customers only when asked for).
struct GoalWindow
{
    std::int32_t campaign = 0; // dense index, > 0
    EpochDay from = 0;
    EpochDay to = 0;
    bool needsCustomers = false;
    Totals totals;
};
// Fills every window's totals in one pass over contents, orders and costs.
void goalTotals(const AnalysisData &data, std::vector<GoalWindow> &windows);

// Distinct customer_ref among the attributed orders in the filter.
qint64 distinctCustomers(const AnalysisData &data, const CompiledFilter &filter);

// Range of a content item's rows within the filter's dates: [first, last).
std::pair<size_t, size_t> rowRange(const AnalysisData &data, const ContentDims &content, const CompiledFilter &filter);

} // namespace iroi

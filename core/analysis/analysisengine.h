#pragma once

#include "core/analysis/catalog.h"
#include "core/analysis/filter.h"
#include "core/analysis/views.h"
#include "core/common/progress.h"
#include "core/common/result.h"

#include <memory>
#include <vector>

namespace iroi {

class Workspace;
struct AnalysisData;

// Computes every view of the five W's + H and the funnel for any Filter. load() reads the
// workspace once into an in-memory columnar cache; after that every view is a pass over
// arrays and needs no database. The engine is immutable after load: its const methods may
// be called from any number of threads at once. Reload after the workspace changes.
//
// Attribution (see docs/metrics.md): orders attribute to person and content via
// customer_order.person_id / content_id, and through the content item to campaign,
// channel and content type. Costs via cost.person_id / content_id / campaign_id /
// channel_id. A row without a link for a dimension counts only when the filter does not
// restrict that dimension.
class AnalysisEngine
{
public:
    ~AnalysisEngine();
    AnalysisEngine(const AnalysisEngine &) = delete;
    AnalysisEngine &operator=(const AnalysisEngine &) = delete;

    // Reports progress in rows read; fails with Error::Kind::Cancelled when the sink asks.
    static Result<std::unique_ptr<AnalysisEngine>> load(Workspace &workspace, ProgressSink &progress);

    const Catalog &catalog() const;
    qint64 metricRowCount() const;

    OverviewResult overview(const Filter &filter) const;
    std::vector<PersonScore> who(const Filter &filter) const;           // by revenue, highest first
    std::vector<GroupRow> what(const Filter &filter) const;             // per content type
    std::vector<GroupRow> where(const Filter &filter) const;            // per channel
    std::vector<GroupRow> byDimension(const Filter &filter, Dimension dimension) const;
    WhenResult when(const Filter &filter, Granularity granularity = Granularity::Week, int rollingWindow = 4) const;
    WhyResult why(const Filter &filter) const;
    HowResult how(const Filter &filter) const;
    FunnelResult funnel(const Filter &filter, Dimension groupBy = Dimension::Channel) const;
    RetentionResult retention(const Filter &filter) const;

    // Totals of the whole slice (the same figures as overview().totals, without the extras).
    Totals totals(const Filter &filter) const;

private:
    AnalysisEngine();
    std::unique_ptr<AnalysisData> m_data;
};

} // namespace iroi

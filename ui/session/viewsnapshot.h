#pragma once

#include "core/analysis/filter.h"
#include "core/analysis/views.h"
#include "ui/charts/chartbuilders.h"

#include <vector>

namespace iroi::ui {

// Every view the pages show, computed for one Filter on a worker thread and handed to the
// UI thread as an immutable value; pages only draw it.
struct ViewSnapshot
{
    Filter filter;
    quint64 generation = 0;
    OverviewResult overview;
    std::vector<PersonScore> who;
    std::vector<GroupRow> what;      // per content type
    std::vector<GroupRow> where;     // per channel
    std::vector<GroupRow> campaigns; // per campaign
    WhenResult when;
    WhyResult why;
    HowResult how;
    FunnelResult funnel;             // grouped by channel
    RetentionResult retention;
    std::vector<GroupCostBreakdown> costByChannel;
};

} // namespace iroi::ui

#pragma once

// Internal to core/analysis: the in-memory columnar cache the views scan. Not part of the
// public API; the UI uses AnalysisEngine only.

#include "core/analysis/catalog.h"
#include "core/analysis/filter.h"
#include "core/common/money.h"
#include "core/common/progress.h"
#include "core/common/result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace iroi {

// Dimension values are dense indices: 0 = "not linked", i = catalog list position i - 1.
// Dense indices make a compiled filter a byte per value and grouping an array index.
struct ContentDims
{
    std::int32_t person = 0;
    std::int32_t campaign = 0;
    std::int32_t channel = 0;
    std::int32_t type = 0;
    std::int32_t rowBegin = 0; // this content's metric rows: [rowBegin, rowEnd), sorted by day
    std::int32_t rowEnd = 0;
    std::int8_t dow = -1;      // publishing day of week, 0 = Monday; -1 unknown
    std::int8_t hour = -1;     // publishing hour; -1 unknown
};

// metric_daily as a struct of arrays, ordered by (content, day).
struct MetricColumns
{
    // Epoch days in 16 bits (1970-01-01 to 2149-06-06, checked by the loader): two bytes a
    // row saved, 20 MB at 10M rows.
    std::vector<std::uint16_t> day;
    std::vector<std::uint32_t> impressions, reach, views, engagements, clicks, leads, positive, conversions;
    std::vector<std::int32_t> followerGrowth;
    std::vector<std::vector<float>> emvByCard; // per rate card (index into EmvCard list), per row

    size_t size() const { return day.size(); }
};

// 32 bytes: a workspace may hold millions of orders (the dims are 16-bit; the loader
// refuses a workspace with more than 65,535 campaigns, channels or content types).
struct OrderRow
{
    std::int32_t day = 0;
    std::int32_t content = -1;  // content index, -1 none
    std::int32_t person = 0;
    std::int32_t customer = -1; // customer index, -1 when the order has no customer_ref
    Cents revenue = 0;          // converted to the workspace currency
    std::uint16_t campaign = 0;
    std::uint16_t channel = 0;
    std::uint16_t type = 0;
    std::int8_t dow = -1;       // of the order time, else of the content's publishing time
    std::int8_t hour = -1;
    // Linked to a person or a content item.
    bool attributed() const { return person != 0 || content >= 0; }
};
static_assert(sizeof(OrderRow) == 32);

struct CustomerInfo
{
    std::int32_t firstOrder = -1; // index into orders (earliest day, then lowest id)
    std::int32_t orderCount = 0;
    Cents revenue = 0;
};

struct CostRow
{
    std::int32_t day = 0;
    std::int32_t category = 0;  // index into schema::kCostCategories
    std::int32_t person = 0;
    std::int32_t campaign = 0;
    std::int32_t channel = 0;
    std::int32_t type = 0;
    Cents amount = 0;           // converted to the workspace currency
    double hours = 0.0;
};

struct EmvCard
{
    qint64 id = 0;
    int version = 0;
    QString name;
    EpochDay validFrom = kNoDay; // kNoDay = always
};

struct GoalRow
{
    qint64 id = 0;
    std::int32_t campaign = 0;
    QString metric;
    double target = 0.0;
    std::optional<double> baseline;
    EpochDay startDay = kNoDay;
    EpochDay deadlineDay = kNoDay;
    QString description;
};

struct MentionRow
{
    std::int32_t day = 0;
    std::int32_t brand = 0;   // index into brands
    std::int32_t topic = 0;   // index into catalog.topics
    std::int32_t channel = 0; // dense channel index, 0 = any/unknown
    qint64 mentions = 0;
};

struct AnalysisData
{
    Catalog catalog;
    std::vector<ContentDims> contents;
    MetricColumns rows;
    std::vector<OrderRow> orders;
    std::vector<CustomerInfo> customers;
    std::vector<CostRow> costs;
    std::vector<EmvCard> emvCards;
    std::vector<GoalRow> goals;
    QStringList brands;
    std::int32_t ownBrand = -1; // index into brands
    std::vector<MentionRow> mentions;
    std::vector<PersonKind> personKinds; // by dense person index (0 unused)
    // audienceFit[person * (campaigns + 1) + campaign], negative = undefined.
    std::vector<float> audienceFit;
    double expectedYears = 3.0;
};

// A Filter turned into one byte per dense dimension value, and per content item.
struct CompiledFilter
{
    std::vector<std::uint8_t> person, campaign, channel, type;
    std::vector<std::uint8_t> content; // the content item's dims all pass
    EpochDay from = INT32_MIN;
    EpochDay to = INT32_MAX;

    bool inRange(EpochDay day) const { return day >= from && day <= to; }
    bool passes(std::int32_t p, std::int32_t c, std::int32_t ch, std::int32_t t) const
    {
        return person[size_t(p)] && campaign[size_t(c)] && channel[size_t(ch)] && type[size_t(t)];
    }
};

CompiledFilter compileFilter(const AnalysisData &data, const Filter &filter);

} // namespace iroi

namespace iroi {
class Workspace;
// Reads the workspace into the cache (analysisloader.cpp).
Result<std::unique_ptr<AnalysisData>> loadAnalysisData(Workspace &workspace, ProgressSink &progress);
} // namespace iroi

#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <string_view>

namespace iroi::schema {

// "IROI" in ASCII: PRAGMA application_id of every workspace file, so a file manager's
// magic and our own open check can tell a workspace from any other SQLite file.
constexpr qint32 kApplicationId = 0x49524F49;
constexpr int kCurrentVersion = 2;
// The oldest version this one reads without upgrading it (a read-only file cannot be
// upgraded): version 2 only narrowed an index, which no reader depends on.
constexpr int kOldestReadableVersion = 1;
constexpr const char *kFileExtension = "iroi";

// The SQL that brings a workspace from version (index) to version (index + 1).
// Entries are never edited once released; a new schema version appends one.
const std::array<const char *, kCurrentVersion> &migrations();

// The closed vocabularies of the schema. The strings are stored in the file and are
// never shown to users directly (the UI translates them).
constexpr std::array<std::string_view, 2> kPersonKinds = {"influencer", "employee"};
constexpr std::array<std::string_view, 8> kCostCategories = {
    "fee", "product", "shipping", "travel", "production", "agency", "staff_time", "paid_boost"};
// Per-content daily metric columns of metric_daily, in table order.
constexpr std::array<std::string_view, 13> kDailyMetricColumns = {
    "impressions", "reach",  "views",  "likes", "comments",        "shares",             "saves",
    "clicks",      "leads", "follower_growth", "positive_reactions", "negative_reactions", "conversions"};
// Tables of the schema, in creation order; used by `info` and the integrity checks.
constexpr std::array<std::string_view, 20> kTables = {
    "setting",       "channel",        "content_type",   "campaign",      "campaign_audience",
    "goal",          "person",         "audience_share", "content_item",  "metric_daily",
    "customer_order", "cost",          "fx_rate",        "emv_rate_card", "emv_rate",
    "brand_mention", "media_mix",      "outcome_series", "import_log",    "scenario"};

bool isCostCategory(std::string_view category);

} // namespace iroi::schema

#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace iroi::import {

// What a file's rows are, i.e. which workspace tables they feed.
enum class RecordKind {
    Unknown,
    ContentMetrics, // post-level daily metrics -> content_item + metric_daily (+ cost, revenue)
    Orders,         // customer_order, attributed to content by code / UTM / referrer
    Costs,          // cost
    People,         // person (+ audience_share)
    BrandMentions,  // brand_mention
    Goals,          // goal (+ campaign)
    MediaMix,       // media_mix + outcome_series, one row per day or week
};

// Stable names used on the command line, in JSON and in import_log.kind.
QString kindName(RecordKind kind);
std::optional<RecordKind> kindFromName(const QString &name);
QStringList kindNames();

// Every target a source column can feed. Order matters only for the arrays below.
enum class Field {
    Date,
    Campaign,
    Person,
    PersonType,
    DisplayName,
    Channel,
    ContentType,
    PostId,
    PublishedAt,
    Url,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    UtmContent,
    DiscountCode,
    // metric_daily columns, in schema order
    Impressions,
    Reach,
    Views,
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
    Leads,
    FollowerGrowth,
    PositiveReactions,
    NegativeReactions,
    Conversions,
    // money and orders
    Revenue,
    Cost,
    Currency,
    OrderRef,
    CustomerRef,
    Referrer,
    // costs
    CostRef,
    Category,
    Hours,
    Note,
    // people
    Followers,
    Department,
    Location,
    HourlyRate,
    // mentions
    Brand,
    Topic,
    Mentions,
    // goals
    Metric,
    Target,
    Baseline,
    StartDate,
    Deadline,
    Description,
    Count
};
constexpr int kFieldCount = static_cast<int>(Field::Count);
constexpr int kFirstMetricField = static_cast<int>(Field::Impressions);
constexpr int kMetricFieldCount = 13; // matches schema::kDailyMetricColumns

QString fieldName(Field field); // snake_case, e.g. "utm_campaign"
std::optional<Field> fieldFromName(const QString &name);

// How a value of a field is read.
enum class ValueType { Text, Day, Count, Money, Number };
ValueType fieldType(Field field);

// One column of a media-mix sheet: what it measures for which channel, or an outcome.
struct MediaColumn
{
    enum class Measure { Spend, Impressions, Clicks, Outcome };
    int column = -1;
    Measure measure = Measure::Outcome;
    QString channel; // for Spend/Impressions/Clicks
    QString metric;  // for Outcome: the outcome_series.metric name
};

// Which source column feeds which field, with how sure the detection was (0..1), plus
// the fixed choices a preset makes for files that lack a column.
struct Mapping
{
    static constexpr int kFormatVersion = 1;

    RecordKind kind = RecordKind::Unknown;
    QString preset;                      // preset name, "saved" or empty when detected
    std::array<int, kFieldCount> columns; // -1 = not in the file
    std::array<double, kFieldCount> confidence{};
    std::vector<MediaColumn> media;
    QString defaultChannel;       // channel for rows that name none
    QString defaultPersonKind;    // "influencer" or "employee"
    QString defaultCostCategory;  // for costs without a category column
    QString idPrefix;             // prefix of synthesised external ids / refs, e.g. "google-ads:"
    bool aggregateByDay = false;  // media mix: sum several rows of the same day
    bool firstRowPerOrder = true; // orders: later rows of the same order are line rows

    Mapping() { columns.fill(-1); }

    int column(Field f) const { return columns[static_cast<int>(f)]; }
    bool has(Field f) const { return column(f) >= 0; }
    void set(Field f, int col, double conf)
    {
        columns[static_cast<int>(f)] = col;
        confidence[static_cast<int>(f)] = conf;
    }

    QJsonObject toJson(const QStringList &header) const;
    // Validates version, kind and columns against the header it is applied to.
    static Result<Mapping> fromJson(const QJsonObject &json, const QStringList &header);
};

// Lower case, accents and punctuation folded to spaces: "Amount Spent (EUR)" -> "amount spent eur".
QString normalizeHeader(const QString &header);

// A stable signature of a header row (its normalised names in order), so a mapping the
// user adjusted for one export is reused for the next export of the same layout.
QString headerSignature(const QStringList &header);

// The field a header name means, with a confidence, from English and Dutch synonyms.
struct FieldGuess
{
    Field field = Field::Count;
    double confidence = 0;
};
FieldGuess guessField(const QString &header);

// Detects the kind and maps columns from the header and a few sample rows (their values
// confirm or weaken what the names suggest). `forcedKind` skips kind detection.
Mapping detectMapping(const QStringList &header, const std::vector<QStringList> &sample,
                      RecordKind forcedKind = RecordKind::Unknown);

// How well a mapping covers what its kind needs: 0 (unusable) .. 1.
double mappingScore(const Mapping &mapping);
// The fields a kind cannot do without; empty string when satisfied, else what is missing.
QString missingRequired(const Mapping &mapping);

} // namespace iroi::import

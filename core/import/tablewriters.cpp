#include "core/import/audiencecolumns.h"
#include "core/import/fieldvalue.h"
#include "core/import/recordwriter.h"
#include "core/import/writersupport.h"
#include "core/store/schema.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

// The writers for the smaller kinds: costs, people, brand mentions, goals, media mix.
namespace iroi::import {

namespace {

using detail::bindIdOrNull;
using detail::bindText;
using detail::bindTextOrNull;
using detail::foldKey;

// Runs an INSERT ... ON CONFLICT DO NOTHING, then the matching UPDATE when the key existed.
RecordWriter::Outcome upsert(sql::Connection &db, sql::Statement &insert, sql::Statement &update,
                             const std::function<void(sqlite3_stmt *)> &bind, Error &error, const char *table)
{
    sqlite3_stmt *ins = insert.handle();
    bind(ins);
    int rc = sqlite3_step(ins);
    sqlite3_reset(ins);
    if (rc != SQLITE_DONE) {
        error = detail::stepError(db, table);
        return RecordWriter::Outcome::Failed;
    }
    if (db.changes() > 0)
        return RecordWriter::Outcome::Imported;
    sqlite3_stmt *up = update.handle();
    bind(up);
    rc = sqlite3_step(up);
    sqlite3_reset(up);
    if (rc != SQLITE_DONE) {
        error = detail::stepError(db, table);
        return RecordWriter::Outcome::Failed;
    }
    return RecordWriter::Outcome::Updated;
}

Status prepareAll(sql::Connection &db, std::initializer_list<std::pair<sql::Statement *, const char *>> list)
{
    for (const auto &[stmt, text] : list) {
        auto prepared = db.prepare(text);
        if (!prepared)
            return prepared.error();
        *stmt = std::move(prepared.value());
    }
    return success();
}

// English and Dutch words for the schema's cost categories.
const char *costCategory(std::string_view text)
{
    const std::string k = foldKey(trimmed(text));
    if (k.empty())
        return nullptr;
    for (std::string_view c : schema::kCostCategories)
        if (k == c)
            return c.data();
    struct Word
    {
        const char *word;
        const char *category;
    };
    static constexpr Word words[] = {
        {"fee", "fee"},           {"honorar", "fee"},           {"vergoeding", "fee"},  {"creator", "fee"},
        {"influencer", "fee"},    {"product", "product"},       {"gift", "product"},    {"sample", "product"},
        {"shipping", "shipping"}, {"verzend", "shipping"},      {"postage", "shipping"}, {"porto", "shipping"},
        {"travel", "travel"},     {"reis", "travel"},           {"hotel", "travel"},    {"lodging", "travel"},
        {"production", "production"}, {"productie", "production"}, {"creative", "production"},
        {"agency", "agency"},     {"bureau", "agency"},         {"staff", "staff_time"}, {"uren", "staff_time"},
        {"hours", "staff_time"},  {"internal", "staff_time"},   {"intern", "staff_time"}, {"boost", "paid_boost"},
        {"ads", "paid_boost"},    {"advert", "paid_boost"},     {"media", "paid_boost"}, {"paid", "paid_boost"},
        {"advertent", "paid_boost"},
    };
    for (const Word &w : words)
        if (k.find(w.word) != std::string::npos)
            return w.category;
    return nullptr;
}

class CostWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        if (Status s = m_channels.prepare(); !s)
            return s;
        if (Status s = m_campaigns.prepare(); !s)
            return s;
        if (Status s = m_people.prepare(); !s)
            return s;
        return prepareAll(
            *m_ctx.db,
            {{&m_insert, "INSERT INTO cost(cost_ref, day, category, amount_cents, currency, hours, campaign_id, "
                         "person_id, content_id, channel_id, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                         "?11) ON CONFLICT(cost_ref) DO NOTHING"},
             {&m_update, "UPDATE cost SET day = ?2, category = ?3, amount_cents = ?4, currency = ?5, hours = ?6, "
                         "campaign_id = ?7, person_id = ?8, content_id = ?9, channel_id = ?10, note = ?11 "
                         "WHERE cost_ref = ?1"},
             {&m_content, "SELECT id FROM content_item WHERE external_id = ?1"}});
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        EpochDay day = m_ctx.reportDay;
        if (m_ctx.mapping->has(Field::Date)) {
            const std::string_view text = cell(fields, Field::Date);
            const auto parsed = dayOf(Field::Date, text, bad);
            if (!parsed)
                return reject(Field::Date, text, bad ? QStringLiteral("not a date") : QStringLiteral("no date"), row);
            day = *parsed;
        }
        const std::string_view amountText = cell(fields, Field::Cost);
        const auto amount = parseCents(amountText, bad);
        if (!amount)
            return reject(Field::Cost, amountText, bad ? QStringLiteral("not an amount") : QStringLiteral("no amount"),
                          row);
        const std::string_view categoryText = cell(fields, Field::Category);
        const char *category = costCategory(categoryText);
        if (!category && categoryText.empty()) {
            const QByteArray fallback = m_ctx.mapping->defaultCostCategory.toUtf8();
            category = costCategory(std::string_view(fallback.constData(), size_t(fallback.size())));
            if (!category)
                category = "fee";
        }
        if (!category) {
            Outcome o = reject(Field::Category, categoryText, QStringLiteral("not a cost category"), row);
            m_rejection.reason += QStringLiteral(" (expected fee, product, shipping, travel, production, agency, "
                                                 "staff_time or paid_boost)");
            return o;
        }
        std::optional<double> hours;
        if (m_ctx.mapping->has(Field::Hours)) {
            const std::string_view text = cell(fields, Field::Hours);
            hours = parseNumber(text, bad);
            if (bad)
                return reject(Field::Hours, text, QStringLiteral("not a number of hours"), row);
        }

        auto channel = m_channels.id(cell(fields, Field::Channel));
        auto campaign = m_campaigns.id(cell(fields, Field::Campaign));
        const std::string_view personName = cell(fields, Field::Person);
        auto person = m_people.id(personName, detail::personKind(cell(fields, Field::PersonType),
                                                                 m_ctx.mapping->defaultPersonKind),
                                  channel ? *channel : std::nullopt);
        if (!channel)
            return fail(channel.error());
        if (!campaign)
            return fail(campaign.error());
        if (!person)
            return fail(person.error());
        std::optional<qint64> content;
        if (const std::string_view post = cell(fields, Field::PostId); !post.empty()) {
            sqlite3_stmt *s = m_content.handle();
            bindText(s, 1, post);
            if (sqlite3_step(s) == SQLITE_ROW)
                content = sqlite3_column_int64(s, 0);
            sqlite3_reset(s);
        }

        if (const std::string_view ref = cell(fields, Field::CostRef); !ref.empty()) {
            m_ref.assign(ref);
        } else {
            // Without a reference, what the cost is for stands in for one; a repeat of the
            // same key in the file counts up, so two equal lines stay two costs.
            m_ref.assign("auto:");
            char buf[16];
            m_ref.append(buf, std::to_chars(buf, buf + sizeof buf, day).ptr);
            for (std::string_view part : {std::string_view(category), cell(fields, Field::Campaign), personName,
                                          cell(fields, Field::Channel), cell(fields, Field::Note)}) {
                m_ref.push_back('|');
                m_ref.append(foldKey(part));
            }
            const int n = ++m_occurrence[m_ref];
            m_ref.push_back('#');
            m_ref.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
        }
        const std::string_view currencyCell = cell(fields, Field::Currency);
        const QByteArray fallbackCurrency = m_ctx.currency.toUtf8();
        const std::string_view currency =
            currencyCell.empty() ? std::string_view(fallbackCurrency.constData(), size_t(fallbackCurrency.size()))
                                 : currencyCell;
        return upsert(
            *m_ctx.db, m_insert, m_update,
            [&](sqlite3_stmt *st) {
                bindText(st, 1, m_ref);
                sqlite3_bind_int64(st, 2, day);
                sqlite3_bind_text(st, 3, category, -1, SQLITE_STATIC);
                sqlite3_bind_int64(st, 4, *amount);
                bindText(st, 5, currency);
                if (hours)
                    sqlite3_bind_double(st, 6, *hours);
                else
                    sqlite3_bind_null(st, 6);
                bindIdOrNull(st, 7, *campaign);
                bindIdOrNull(st, 8, *person);
                bindIdOrNull(st, 9, content);
                bindIdOrNull(st, 10, *channel);
                bindTextOrNull(st, 11, cell(fields, Field::Note));
            },
            m_error, "cost");
    }

private:
    detail::NameIds m_channels{*m_ctx.db, "channel"};
    detail::NameIds m_campaigns{*m_ctx.db, "campaign"};
    detail::PersonIds m_people{*m_ctx.db};
    sql::Statement m_insert;
    sql::Statement m_update;
    sql::Statement m_content;
    std::unordered_map<std::string, int> m_occurrence;
    std::string m_ref;
};

class PeopleWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        if (Status s = m_channels.prepare(); !s)
            return s;
        if (!m_audience.empty()) {
            if (Status s = m_audience.prepare(); !s)
                return s;
            m_shares.resize(m_audience.columns().size());
        }
        return prepareAll(
            *m_ctx.db,
            {{&m_insert, "INSERT INTO person(handle, display_name, kind, channel_id, followers, department, "
                         "location, hourly_rate_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                         "ON CONFLICT(handle) DO NOTHING"},
             {&m_update, "UPDATE person SET display_name = coalesce(?2, display_name), kind = ?3, channel_id = "
                         "coalesce(?4, channel_id), followers = coalesce(?5, followers), department = coalesce(?6, "
                         "department), location = coalesce(?7, location), hourly_rate_cents = coalesce(?8, "
                         "hourly_rate_cents) WHERE handle = ?1"}});
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        const std::string_view handle = cell(fields, Field::Person);
        if (handle.empty())
            return reject(Field::Person, handle, QStringLiteral("no handle or name"), row);
        bool bad = false;
        std::optional<qint64> followers;
        if (m_ctx.mapping->has(Field::Followers)) {
            const std::string_view text = cell(fields, Field::Followers);
            followers = parseCount(text, bad);
            if (bad)
                return reject(Field::Followers, text, QStringLiteral("not a follower count"), row);
        }
        std::optional<Cents> rate;
        if (m_ctx.mapping->has(Field::HourlyRate)) {
            const std::string_view text = cell(fields, Field::HourlyRate);
            rate = parseCents(text, bad);
            if (bad)
                return reject(Field::HourlyRate, text, QStringLiteral("not an amount"), row);
        }
        std::string_view channelName = cell(fields, Field::Channel);
        const QByteArray fallbackChannel = m_ctx.mapping->defaultChannel.toUtf8();
        if (channelName.empty())
            channelName = std::string_view(fallbackChannel.constData(), size_t(fallbackChannel.size()));
        auto channel = m_channels.id(channelName);
        if (!channel)
            return fail(channel.error());
        std::string_view location = cell(fields, Field::Location);
        if (isEmptyValue(location))
            location = {};
        // Audience shares are checked before anything is written, so a bad one rejects the row.
        for (size_t i = 0; i < m_shares.size(); ++i) {
            const int column = m_audience.columns()[i].column;
            const std::string_view text = size_t(column) < fields.size() ? fields[size_t(column)] : std::string_view();
            const auto share = detail::parseShare(text, bad);
            if (bad)
                return rejectColumn(column, text, QStringLiteral("not an audience share (0-100 %)"), row);
            m_shares[i] = share.value_or(std::nan(""));
        }
        const char *kind = detail::personKind(cell(fields, Field::PersonType), m_ctx.mapping->defaultPersonKind);
        const Outcome outcome = upsert(
            *m_ctx.db, m_insert, m_update,
            [&](sqlite3_stmt *st) {
                bindText(st, 1, handle);
                bindTextOrNull(st, 2, cell(fields, Field::DisplayName));
                sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
                bindIdOrNull(st, 4, *channel);
                bindIdOrNull(st, 5, followers);
                bindTextOrNull(st, 6, cell(fields, Field::Department));
                bindTextOrNull(st, 7, location);
                bindIdOrNull(st, 8, rate);
            },
            m_error, "person");
        if (outcome == Outcome::Failed || m_audience.empty())
            return outcome;
        if (Status st = m_audience.write(handle, fields, m_shares); !st)
            return fail(st.error());
        return outcome;
    }

private:
    detail::NameIds m_channels{*m_ctx.db, "channel"};
    detail::AudienceWriter m_audience{*m_ctx.db, detail::findAudienceColumns(m_ctx.header)};
    std::vector<double> m_shares; // per audience column, NaN for an empty cell
    sql::Statement m_insert;
    sql::Statement m_update;
};

class MentionWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        if (Status s = m_channels.prepare(); !s)
            return s;
        return prepareAll(*m_ctx.db,
                          {{&m_insert, "INSERT INTO brand_mention(brand, topic, day, channel_id, mentions) VALUES "
                                       "(?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING"},
                           {&m_update, "UPDATE brand_mention SET mentions = ?5 WHERE brand = ?1 AND topic = ?2 AND "
                                       "day = ?3 AND channel_id = ?4"}});
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        const std::string_view brand = cell(fields, Field::Brand);
        if (brand.empty())
            return reject(Field::Brand, brand, QStringLiteral("no brand"), row);
        EpochDay day = m_ctx.reportDay;
        if (m_ctx.mapping->has(Field::Date)) {
            const std::string_view text = cell(fields, Field::Date);
            const auto parsed = dayOf(Field::Date, text, bad);
            if (!parsed)
                return reject(Field::Date, text, bad ? QStringLiteral("not a date") : QStringLiteral("no date"), row);
            day = *parsed;
        }
        const std::string_view text = cell(fields, Field::Mentions);
        const auto mentions = parseCount(text, bad);
        if (!mentions || *mentions < 0)
            return reject(Field::Mentions, text, QStringLiteral("not a mention count"), row);
        auto channel = m_channels.id(cell(fields, Field::Channel));
        if (!channel)
            return fail(channel.error());
        return upsert(
            *m_ctx.db, m_insert, m_update,
            [&](sqlite3_stmt *st) {
                bindText(st, 1, brand);
                bindText(st, 2, cell(fields, Field::Topic));
                sqlite3_bind_int64(st, 3, day);
                sqlite3_bind_int64(st, 4, channel->value_or(0));
                sqlite3_bind_int64(st, 5, *mentions);
            },
            m_error, "brand_mention");
    }

private:
    detail::NameIds m_channels{*m_ctx.db, "channel"};
    sql::Statement m_insert;
    sql::Statement m_update;
};

class GoalWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        if (Status s = m_campaigns.prepare(); !s)
            return s;
        return prepareAll(
            *m_ctx.db,
            {{&m_insert, "INSERT INTO goal(campaign_id, metric, target, baseline, start_day, deadline_day, "
                         "description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING"},
             {&m_update, "UPDATE goal SET target = ?3, baseline = ?4, start_day = ?5, description = ?7 "
                         "WHERE campaign_id = ?1 AND metric = ?2 AND deadline_day = ?6"}});
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        std::string_view campaignName = cell(fields, Field::Campaign);
        if (campaignName.empty())
            return reject(Field::Campaign, campaignName, QStringLiteral("no campaign"), row);
        const std::string_view metric = cell(fields, Field::Metric);
        if (metric.empty())
            return reject(Field::Metric, metric, QStringLiteral("no metric"), row);
        const std::string_view targetText = cell(fields, Field::Target);
        const auto target = parseNumber(targetText, bad);
        if (!target)
            return reject(Field::Target, targetText, QStringLiteral("not a number"), row);
        const std::string_view baselineText = cell(fields, Field::Baseline);
        const auto baseline = parseNumber(baselineText, bad);
        if (bad)
            return reject(Field::Baseline, baselineText, QStringLiteral("not a number"), row);
        const std::string_view deadlineText = cell(fields, Field::Deadline);
        const auto deadline = dayOf(Field::Deadline, deadlineText, bad);
        if (!deadline)
            return reject(Field::Deadline, deadlineText, QStringLiteral("not a date"), row);
        const std::string_view startText = cell(fields, Field::StartDate);
        const auto start = dayOf(Field::StartDate, startText, bad);
        if (bad)
            return reject(Field::StartDate, startText, QStringLiteral("not a date"), row);
        auto campaign = m_campaigns.id(campaignName);
        if (!campaign)
            return fail(campaign.error());
        return upsert(
            *m_ctx.db, m_insert, m_update,
            [&](sqlite3_stmt *st) {
                bindIdOrNull(st, 1, *campaign);
                bindText(st, 2, metric);
                sqlite3_bind_double(st, 3, *target);
                if (baseline)
                    sqlite3_bind_double(st, 4, *baseline);
                else
                    sqlite3_bind_null(st, 4);
                bindIdOrNull(st, 5, start ? std::optional<qint64>(*start) : std::nullopt);
                sqlite3_bind_int64(st, 6, *deadline);
                bindTextOrNull(st, 7, cell(fields, Field::Description));
            },
            m_error, "goal");
    }

private:
    detail::NameIds m_campaigns{*m_ctx.db, "campaign"};
    sql::Statement m_insert;
    sql::Statement m_update;
};

// Media-mix sheets are gathered per period first: rows of the same day are summed (an
// ad account's daily export has one row per ad), and the period length comes from the
// spacing of the days, known only at the end.
class MediaMixWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        return m_channels.prepare();
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        const std::string_view dateText = cell(fields, Field::Date);
        const auto day = dayOf(Field::Date, dateText, bad);
        if (!day)
            return reject(Field::Date, dateText, bad ? QStringLiteral("not a date") : QStringLiteral("no date"), row);
        if (!m_ctx.mapping->aggregateByDay && m_days.count(*day))
            return reject(Field::Date, dateText, QStringLiteral("the same period appears twice"), row);
        // Parse the whole row before keeping any of it.
        struct Value
        {
            const MediaColumn *column;
            double number;
            Cents cents;
            bool present;
        };
        std::vector<Value> values;
        values.reserve(m_ctx.mapping->media.size());
        for (const MediaColumn &c : m_ctx.mapping->media) {
            const std::string_view text =
                static_cast<size_t>(c.column) < fields.size() ? trimmed(fields[size_t(c.column)]) : std::string_view();
            Value v{&c, 0, 0, false};
            if (c.measure == MediaColumn::Measure::Spend) {
                const auto cents = parseCents(text, bad);
                if (bad)
                    return rejectColumn(c.column, text, QStringLiteral("not an amount"), row);
                v.cents = cents.value_or(0);
                v.present = cents.has_value();
            } else if (c.measure == MediaColumn::Measure::Outcome) {
                const auto n = parseNumber(text, bad);
                if (bad)
                    return rejectColumn(c.column, text, QStringLiteral("not a number"), row);
                v.number = n.value_or(0);
                v.present = n.has_value();
            } else {
                const auto n = parseCount(text, bad);
                if (bad)
                    return rejectColumn(c.column, text, QStringLiteral("not a whole number"), row);
                v.number = static_cast<double>(n.value_or(0));
                v.present = n.has_value();
            }
            values.push_back(v);
        }
        m_days.insert(*day);
        for (const Value &v : values) {
            const MediaColumn &c = *v.column;
            if (c.measure == MediaColumn::Measure::Outcome) {
                if (v.present)
                    m_outcomes[{*day, c.metric}] += v.number;
                continue;
            }
            Channel &ch = m_mix[{*day, c.channel}];
            if (c.measure == MediaColumn::Measure::Spend)
                ch.spend += v.cents;
            else if (c.measure == MediaColumn::Measure::Impressions) {
                ch.impressions += static_cast<qint64>(v.number);
                ch.hasImpressions = ch.hasImpressions || v.present;
            } else {
                ch.clicks += static_cast<qint64>(v.number);
                ch.hasClicks = ch.hasClicks || v.present;
            }
        }
        m_rowDays.push_back(*day);
        return Outcome::Imported; // settled in finish(), once we know which periods existed
    }

    Status finish() override
    {
        sql::Connection &db = *m_ctx.db;
        int period = 1;
        if (m_days.size() >= 2) {
            int smallest = INT32_MAX;
            for (auto it = std::next(m_days.begin()); it != m_days.end(); ++it)
                smallest = std::min(smallest, *it - *std::prev(it));
            period = smallest >= 28 ? 30 : smallest >= 7 ? 7 : 1;
        }
        auto existing = db.prepare("SELECT 1 FROM media_mix WHERE day = ?1 UNION ALL "
                                   "SELECT 1 FROM outcome_series WHERE day = ?1 LIMIT 1");
        if (!existing)
            return existing.error();
        std::set<EpochDay> known;
        for (EpochDay d : m_days) {
            existing->bind(1, static_cast<qint64>(d));
            if (existing->step())
                known.insert(d);
            existing->reset();
        }
        qint64 updatedRows = 0;
        for (EpochDay d : m_rowDays)
            updatedRows += known.count(d) ? 1 : 0;
        m_ctx.report->imported -= updatedRows;
        m_ctx.report->updated += updatedRows;

        auto mix = db.prepare("INSERT INTO media_mix(day, period_days, channel_id, spend_cents, impressions, clicks) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(day, channel_id) DO UPDATE SET "
                              "period_days = excluded.period_days, spend_cents = excluded.spend_cents, impressions = "
                              "excluded.impressions, clicks = excluded.clicks");
        if (!mix)
            return mix.error();
        for (const auto &[key, ch] : m_mix) {
            const QByteArray name = key.second.toUtf8();
            auto channel = m_channels.id(std::string_view(name.constData(), size_t(name.size())));
            if (!channel)
                return channel.error();
            mix->bind(1, static_cast<qint64>(key.first)).bind(2, period).bind(3, channel->value_or(0));
            mix->bind(4, ch.spend);
            mix->bind(5, ch.hasImpressions ? std::optional<qint64>(ch.impressions) : std::nullopt);
            mix->bind(6, ch.hasClicks ? std::optional<qint64>(ch.clicks) : std::nullopt);
            if (Status s = mix->exec(); !s)
                return s;
        }
        auto outcome = db.prepare("INSERT INTO outcome_series(day, period_days, metric, value) VALUES (?1, ?2, ?3, ?4) "
                                  "ON CONFLICT(day, metric) DO UPDATE SET period_days = excluded.period_days, "
                                  "value = excluded.value");
        if (!outcome)
            return outcome.error();
        for (const auto &[key, value] : m_outcomes) {
            outcome->bind(1, static_cast<qint64>(key.first)).bind(2, period).bind(3, key.second).bind(4, value);
            if (Status s = outcome->exec(); !s)
                return s;
        }
        return success();
    }

private:
    struct Channel
    {
        Cents spend = 0;
        qint64 impressions = 0;
        qint64 clicks = 0;
        bool hasImpressions = false;
        bool hasClicks = false;
    };
    detail::NameIds m_channels{*m_ctx.db, "channel"};
    std::set<EpochDay> m_days;
    std::vector<EpochDay> m_rowDays;
    std::map<std::pair<EpochDay, QString>, Channel> m_mix;
    std::map<std::pair<EpochDay, QString>, double> m_outcomes;
};

} // namespace

std::unique_ptr<RecordWriter> makeCostWriter(RecordWriter::Context context)
{
    return std::make_unique<CostWriter>(std::move(context));
}
std::unique_ptr<RecordWriter> makePeopleWriter(RecordWriter::Context context)
{
    return std::make_unique<PeopleWriter>(std::move(context));
}
std::unique_ptr<RecordWriter> makeMentionWriter(RecordWriter::Context context)
{
    return std::make_unique<MentionWriter>(std::move(context));
}
std::unique_ptr<RecordWriter> makeGoalWriter(RecordWriter::Context context)
{
    return std::make_unique<GoalWriter>(std::move(context));
}
std::unique_ptr<RecordWriter> makeMediaMixWriter(RecordWriter::Context context)
{
    return std::make_unique<MediaMixWriter>(std::move(context));
}

} // namespace iroi::import

#include "core/import/batchinsert.h"
#include "core/import/fieldvalue.h"
#include "core/import/recordwriter.h"
#include "core/import/writersupport.h"

#include <charconv>
#include <cstring>
#include <type_traits>
#include <unordered_map>

namespace iroi::import {

namespace {

using detail::bindIdOrNull;
using detail::bindText;
using detail::bindTextOrNull;

// Rows per multi-row INSERT: fewer statement executions, 15 values a row stays far below
// SQLite's limit on bound parameters.
constexpr int kBatchRows = 64;
constexpr int kMetricRowValues = 2 + kMetricFieldCount;

constexpr const char *kMetricColumns[kMetricFieldCount] = {
    "impressions", "reach",  "views", "likes",           "comments",           "shares",            "saves",
    "clicks",      "leads", "follower_growth", "positive_reactions", "negative_reactions", "conversions"};

// Post-level daily metrics: one content_item per post (external id), one metric_daily
// row per post and day. A cost or revenue column on the same row becomes a cost row and
// a platform-attributed order keyed by post and day, so re-imports update them too.
class ContentWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        if (Status s = m_channels.prepare(); !s)
            return s;
        if (Status s = m_types.prepare(); !s)
            return s;
        if (Status s = m_campaigns.prepare(); !s)
            return s;
        if (Status s = m_people.prepare(); !s)
            return s;
        sql::Connection &db = *m_ctx.db;
        QStringList mappedSets;
        for (int i = 0; i < kMetricFieldCount; ++i) {
            if (m_ctx.mapping->columns[kFirstMetricField + i] >= 0) {
                m_mapped[i] = true;
                mappedSets << QStringLiteral("%1 = ?%2").arg(QLatin1String(kMetricColumns[i])).arg(i + 3);
            }
        }
        struct
        {
            sql::Statement *stmt;
            QString sql;
        } statements[] = {
            {&m_insertMetric,
             QStringLiteral("INSERT INTO metric_daily(content_id, day, impressions, reach, views, likes, comments, "
                            "shares, saves, clicks, leads, follower_growth, positive_reactions, negative_reactions, "
                            "conversions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                            "ON CONFLICT(content_id, day) DO NOTHING")},
            {&m_updateMetric,
             mappedSets.isEmpty()
                 ? QStringLiteral("UPDATE metric_daily SET day = ?2 WHERE content_id = ?1 AND day = ?2")
                 : QStringLiteral("UPDATE metric_daily SET %1 WHERE content_id = ?1 AND day = ?2")
                       .arg(mappedSets.join(QStringLiteral(", ")))},
            {&m_selectContent, QStringLiteral("SELECT id, person_id, campaign_id, channel_id FROM content_item "
                                              "WHERE external_id = ?1")},
            {&m_insertContent,
             QStringLiteral("INSERT INTO content_item(external_id, person_id, campaign_id, channel_id, "
                            "content_type_id, published_at, published_day, published_hour, url, utm_source, "
                            "utm_medium, utm_campaign, utm_content, discount_code) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")},
            {&m_updateContent,
             QStringLiteral("UPDATE content_item SET person_id = coalesce(?2, person_id), campaign_id = "
                            "coalesce(?3, campaign_id), channel_id = coalesce(?4, channel_id), content_type_id = "
                            "coalesce(?5, content_type_id), published_at = coalesce(?6, published_at), "
                            "published_day = coalesce(?7, published_day), published_hour = coalesce(?8, "
                            "published_hour), url = coalesce(?9, url), utm_source = coalesce(?10, utm_source), "
                            "utm_medium = coalesce(?11, utm_medium), utm_campaign = coalesce(?12, utm_campaign), "
                            "utm_content = coalesce(?13, utm_content), discount_code = coalesce(?14, "
                            "discount_code) WHERE id = ?1")},
            {&m_upsertCost,
             QStringLiteral("INSERT INTO cost(cost_ref, day, category, amount_cents, currency, campaign_id, "
                            "person_id, content_id, channel_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                            "ON CONFLICT(cost_ref) DO UPDATE SET day = excluded.day, category = excluded.category, "
                            "amount_cents = excluded.amount_cents, currency = excluded.currency, campaign_id = "
                            "excluded.campaign_id, person_id = excluded.person_id, content_id = "
                            "excluded.content_id, channel_id = excluded.channel_id")},
            {&m_upsertRevenue,
             QStringLiteral("INSERT INTO customer_order(order_ref, day, revenue_cents, currency, person_id, "
                            "content_id, attribution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'utm') "
                            "ON CONFLICT(order_ref) DO UPDATE SET day = excluded.day, revenue_cents = "
                            "excluded.revenue_cents, currency = excluded.currency, person_id = excluded.person_id, "
                            "content_id = excluded.content_id")},
        };
        for (auto &st : statements) {
            auto prepared = db.prepare(st.sql);
            if (!prepared)
                return prepared.error();
            *st.stmt = std::move(prepared.value());
        }
        // Columns the mapping leaves out are written as the literal 0: a bound parameter per
        // value is most of what the statement costs before SQLite touches the table.
        m_boundColumns = {0, 1};
        for (int i = 0; i < kMetricFieldCount; ++i)
            if (m_mapped[i])
                m_boundColumns.push_back(2 + i);
        QStringList tuples;
        int parameter = 0;
        for (int r = 0; r < kBatchRows; ++r) {
            QStringList values;
            for (int i = 0; i < kMetricRowValues; ++i) {
                const bool bound = i < 2 || m_mapped[i - 2];
                values << (bound ? QStringLiteral("?%1").arg(++parameter) : QStringLiteral("0"));
            }
            tuples << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        auto batch = db.prepare(QStringLiteral("INSERT OR FAIL INTO metric_daily(content_id, day, impressions, reach, views, "
                                               "likes, comments, shares, saves, clicks, leads, follower_growth, "
                                               "positive_reactions, negative_reactions, conversions) VALUES ") +
                                tuples.join(QLatin1Char(',')));
        if (!batch)
            return batch.error();
        m_insertBatch = std::move(batch.value());
        // The same rows as m_upsertCost / m_upsertRevenue write, many a statement, for posts
        // this import created. Their refs embed the post's id, which no earlier import wrote
        // (else the post would not be new; posts are never deleted), so a plain insert does:
        // an upsert, like any statement that may stop half way, makes SQLite copy every page
        // it changes into a statement journal. A conflict still stops the import, rolled back.
        if (Status st = m_costBatch.prepare(
                QStringLiteral("INSERT OR FAIL INTO cost(cost_ref, day, category, amount_cents, currency, "
                               "campaign_id, person_id, content_id, channel_id)"),
                QString());
            !st)
            return st;
        if (Status st = m_revenueBatch.prepare(
                QStringLiteral("INSERT OR FAIL INTO customer_order(order_ref, day, revenue_cents, currency, "
                               "person_id, content_id, attribution)"),
                QString());
            !st)
            return st;
        const QString category = m_ctx.mapping->defaultCostCategory.isEmpty() ? QStringLiteral("paid_boost")
                                                                             : m_ctx.mapping->defaultCostCategory;
        // The importer writes these rows with CHECK constraints off: check here what the
        // schema's CHECK on cost.category would.
        static const QStringList kCategories = {QStringLiteral("fee"),        QStringLiteral("product"),
                                                QStringLiteral("shipping"),   QStringLiteral("travel"),
                                                QStringLiteral("production"), QStringLiteral("agency"),
                                                QStringLiteral("staff_time"), QStringLiteral("paid_boost")};
        if (!kCategories.contains(category)) {
            Error e = Error::badInput(QStringLiteral("unknown cost category \"%1\"").arg(category));
            e.expected = kCategories.join(QStringLiteral(", "));
            return e;
        }
        m_costCategory = category.toStdString();
        auto anyPost = db.queryInt("SELECT EXISTS (SELECT 1 FROM content_item)");
        if (!anyPost)
            return anyPost.error();
        m_earlierPosts = *anyPost != 0;
        m_prefix = m_ctx.mapping->idPrefix.toStdString();
        m_defaultChannel = m_ctx.mapping->defaultChannel.toStdString();
        m_currency = m_ctx.currency.toStdString();
        return success();
    }

    Status finish() override
    {
        if (Status st = flushPending(); !st)
            return st;
        return flushSideRows();
    }

    // A row's values, read on the reader thread when the pipe can (see preparse()).
    struct Values
    {
        bool ok = false;
        EpochDay day = kNoDay;
        qint64 metrics[kMetricFieldCount] = {};
        bool hasCost = false;
        bool hasRevenue = false;
        Cents cost = 0;
        Cents revenue = 0;
    };
    static_assert(std::is_trivially_copyable_v<Values>);

    size_t preparsedSize() const override { return sizeof(Values); }

    // The same reading as write() below, without rejecting: a row with anything unreadable
    // is left to write(), which says what and where.
    void preparse(std::span<const std::string_view> fields, void *out) const override
    {
        Values v;
        v.ok = readValues(fields, v);
        std::memcpy(out, &v, sizeof v);
    }

    Outcome writePreparsed(std::span<const std::string_view> fields, qint64 row, const void *preparsed) override
    {
        Values v;
        std::memcpy(&v, preparsed, sizeof v);
        if (!v.ok)
            return write(fields, row);
        return store(fields, row, v);
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        Values v;
        v.day = m_ctx.reportDay;
        if (m_ctx.mapping->has(Field::Date)) {
            const std::string_view text = cell(fields, Field::Date);
            const auto parsed = dayOf(Field::Date, text, bad);
            if (!parsed)
                return reject(Field::Date, text, bad ? QStringLiteral("not a date") : QStringLiteral("no date"), row);
            v.day = *parsed;
        }
        // Metrics before any write, so a rejected row leaves nothing behind.
        for (int i = 0; i < kMetricFieldCount; ++i) {
            if (!m_mapped[i])
                continue;
            const Field f = static_cast<Field>(kFirstMetricField + i);
            const std::string_view text = cell(fields, f);
            const auto n = parseCount(text, bad);
            if (bad)
                return reject(f, text, QStringLiteral("not a whole number"), row);
            v.metrics[i] = n.value_or(0);
        }
        if (m_ctx.mapping->has(Field::Cost)) {
            const std::string_view text = cell(fields, Field::Cost);
            const auto cents = parseCents(text, bad);
            if (bad)
                return reject(Field::Cost, text, QStringLiteral("not an amount"), row);
            v.hasCost = cents.has_value();
            v.cost = cents.value_or(0);
        }
        if (m_ctx.mapping->has(Field::Revenue)) {
            const std::string_view text = cell(fields, Field::Revenue);
            const auto cents = parseCents(text, bad);
            if (bad)
                return reject(Field::Revenue, text, QStringLiteral("not an amount"), row);
            v.hasRevenue = cents.has_value();
            v.revenue = cents.value_or(0);
        }
        return store(fields, row, v);
    }

private:
    // write()'s reading, true when every value was readable.
    bool readValues(std::span<const std::string_view> fields, Values &v) const
    {
        bool bad = false;
        v.day = m_ctx.reportDay;
        if (m_ctx.mapping->has(Field::Date)) {
            const auto parsed = dayOf(Field::Date, cell(fields, Field::Date), bad);
            if (!parsed)
                return false;
            v.day = *parsed;
        }
        for (int i = 0; i < kMetricFieldCount; ++i) {
            if (!m_mapped[i])
                continue;
            const auto n = parseCount(cell(fields, static_cast<Field>(kFirstMetricField + i)), bad);
            if (bad)
                return false;
            v.metrics[i] = n.value_or(0);
        }
        if (m_ctx.mapping->has(Field::Cost)) {
            const auto cents = parseCents(cell(fields, Field::Cost), bad);
            if (bad)
                return false;
            v.hasCost = cents.has_value();
            v.cost = cents.value_or(0);
        }
        if (m_ctx.mapping->has(Field::Revenue)) {
            const auto cents = parseCents(cell(fields, Field::Revenue), bad);
            if (bad)
                return false;
            v.hasRevenue = cents.has_value();
            v.revenue = cents.value_or(0);
        }
        return true;
    }

    // Writes a row whose values are read.
    Outcome store(std::span<const std::string_view> fields, qint64 row, const Values &v)
    {
        const EpochDay day = v.day;
        const qint64 *metrics = v.metrics;
        const std::optional<Cents> cost = v.hasCost ? std::optional<Cents>(v.cost) : std::nullopt;
        const std::optional<Cents> revenue = v.hasRevenue ? std::optional<Cents>(v.revenue) : std::nullopt;

        // The post's identity: its id, or the names that stand for it in campaign-level reports.
        m_ext.assign(m_prefix);
        const std::string_view postId = cell(fields, Field::PostId);
        if (!postId.empty()) {
            m_ext.append(postId);
        } else {
            bool any = false;
            for (Field f : {Field::Campaign, Field::Person, Field::Channel, Field::ContentType}) {
                const std::string_view text = cell(fields, f);
                if (any)
                    m_ext.push_back('|');
                m_ext.append(text);
                any = any || !text.empty();
            }
            if (!any)
                return reject(Field::PostId, postId, QStringLiteral("no post id, campaign or person"), row);
        }

        if (m_ext != m_lastExt || m_lastContent < 0) {
            auto [found, added] = m_contents.try_emplace(m_ext);
            if (added) {
                auto ids = resolveContent(fields, day);
                if (!ids) {
                    m_contents.erase(found);
                    return fail(ids.error());
                }
                found->second = *ids;
            }
            m_lastExt = m_ext;
            m_lastContent = found->second.content;
            m_current = &found->second;
        }

        Outcome outcome = Outcome::Imported;
        Ids &current = *m_current;
        const bool fastPath = current.fresh && day > current.maxDay;
        if (fastPath) {
            // A post this import created, on a later day than any before: it cannot exist
            // yet, so it goes into the next multi-row INSERT.
            current.maxDay = day;
            qint64 *slot = m_pending.data() + size_t(m_pendingRows) * kMetricRowValues;
            slot[0] = m_lastContent;
            slot[1] = day;
            for (int i = 0; i < kMetricFieldCount; ++i)
                slot[2 + i] = metrics[i];
            if (++m_pendingRows == kBatchRows) {
                if (Status st = flushPending(); !st)
                    return fail(st.error());
            }
        } else if (Outcome o = upsertMetric(day, metrics); o != Outcome::Imported) {
            if (o == Outcome::Failed)
                return o;
            outcome = o;
        }
        if (current.fresh)
            current.maxDay = std::max<qint64>(current.maxDay, day);

        if ((cost && *cost != 0) || (revenue && *revenue != 0)) {
            const std::string_view currencyCell = cell(fields, Field::Currency);
            const std::string_view currency = currencyCell.empty() ? std::string_view(m_currency) : currencyCell;
            m_ref.assign("content:");
            m_ref.append(m_ext);
            m_ref.push_back(':');
            char buf[16];
            const auto end = std::to_chars(buf, buf + sizeof buf, day).ptr;
            m_ref.append(buf, end);
            if (fastPath) {
                if (Status st = queueSideRows(cost, revenue, day, currency); !st)
                    return fail(st.error());
                return outcome;
            }
            if (Status st = flushSideRows(); !st)
                return fail(st.error());
            if (cost && *cost != 0) {
                sqlite3_stmt *c = m_upsertCost.handle();
                bindText(c, 1, m_ref);
                sqlite3_bind_int64(c, 2, day);
                bindText(c, 3, m_costCategory);
                sqlite3_bind_int64(c, 4, *cost);
                bindText(c, 5, currency);
                bindIdOrNull(c, 6, m_current->campaign);
                bindIdOrNull(c, 7, m_current->person);
                sqlite3_bind_int64(c, 8, m_lastContent);
                bindIdOrNull(c, 9, m_current->channel);
                const int rc = sqlite3_step(c);
                sqlite3_reset(c);
                if (rc != SQLITE_DONE)
                    return fail(detail::stepError(*m_ctx.db, "cost"));
            }
            if (revenue && *revenue != 0) {
                sqlite3_stmt *o = m_upsertRevenue.handle();
                bindText(o, 1, m_ref);
                sqlite3_bind_int64(o, 2, day);
                sqlite3_bind_int64(o, 3, *revenue);
                bindText(o, 4, currency);
                bindIdOrNull(o, 5, m_current->person);
                sqlite3_bind_int64(o, 6, m_lastContent);
                const int rc = sqlite3_step(o);
                sqlite3_reset(o);
                if (rc != SQLITE_DONE)
                    return fail(detail::stepError(*m_ctx.db, "customer_order"));
            }
        }
        return outcome;
    }

    struct Ids
    {
        qint64 content = -1;
        std::optional<qint64> person;
        std::optional<qint64> campaign;
        std::optional<qint64> channel;
        bool fresh = false;          // created by this import
        qint64 maxDay = INT64_MIN;   // latest day written for it by this import
    };

    static void addId(detail::BatchInsert &batch, std::optional<qint64> id)
    {
        if (id)
            batch.addInt(*id);
        else
            batch.addNull();
    }

    // The cost and revenue of a fast-path row, buffered like its metrics.
    Status queueSideRows(std::optional<Cents> cost, std::optional<Cents> revenue, EpochDay day,
                         std::string_view currency)
    {
        if (cost && *cost != 0) {
            m_costBatch.addText(m_ref);
            m_costBatch.addInt(day);
            m_costBatch.addText(m_costCategory);
            m_costBatch.addInt(*cost);
            m_costBatch.addText(currency);
            addId(m_costBatch, m_current->campaign);
            addId(m_costBatch, m_current->person);
            m_costBatch.addInt(m_lastContent);
            addId(m_costBatch, m_current->channel);
            if (Status st = m_costBatch.endRow(); !st)
                return st;
        }
        if (revenue && *revenue != 0) {
            m_revenueBatch.addText(m_ref);
            m_revenueBatch.addInt(day);
            m_revenueBatch.addInt(*revenue);
            m_revenueBatch.addText(currency);
            addId(m_revenueBatch, m_current->person);
            m_revenueBatch.addInt(m_lastContent);
            m_revenueBatch.addText("utm");
            if (Status st = m_revenueBatch.endRow(); !st)
                return st;
        }
        return success();
    }

    // Slow path: the row may exist (re-import, or a day repeated in the file).
    Outcome upsertMetric(EpochDay day, const qint64 *metrics)
    {
        if (Status st = flushPending(); !st)
            return fail(st.error());
        sqlite3_stmt *ins = m_insertMetric.handle();
        sqlite3_bind_int64(ins, 1, m_lastContent);
        sqlite3_bind_int64(ins, 2, day);
        for (int i = 0; i < kMetricFieldCount; ++i)
            sqlite3_bind_int64(ins, i + 3, metrics[i]);
        int rc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (rc != SQLITE_DONE)
            return fail(detail::stepError(*m_ctx.db, "metric_daily"));
        if (m_ctx.db->changes() > 0)
            return Outcome::Imported;
        sqlite3_stmt *up = m_updateMetric.handle();
        sqlite3_bind_int64(up, 1, m_lastContent);
        sqlite3_bind_int64(up, 2, day);
        for (int i = 0; i < kMetricFieldCount; ++i)
            if (m_mapped[i])
                sqlite3_bind_int64(up, i + 3, metrics[i]);
        rc = sqlite3_step(up);
        sqlite3_reset(up);
        if (rc != SQLITE_DONE)
            return fail(detail::stepError(*m_ctx.db, "metric_daily"));
        return Outcome::Updated;
    }

    // Buffered cost and revenue rows go in before any single-row upsert, so a buffered row
    // never overwrites a later one with the same ref.
    Status flushSideRows()
    {
        if (Status st = m_costBatch.flush(); !st)
            return st;
        return m_revenueBatch.flush();
    }

    // Writes the buffered new rows: one statement for a full batch, else row by row.
    Status flushPending()
    {
        if (m_pendingRows == 0)
            return success();
        const qint64 *v = m_pending.data();
        if (m_pendingRows == kBatchRows) {
            sqlite3_stmt *b = m_insertBatch.handle();
            int parameter = 0;
            for (int r = 0; r < kBatchRows; ++r, v += kMetricRowValues)
                for (const int column : m_boundColumns)
                    sqlite3_bind_int64(b, ++parameter, v[column]);
            const int rc = sqlite3_step(b);
            sqlite3_reset(b);
            if (rc != SQLITE_DONE)
                return detail::stepError(*m_ctx.db, "metric_daily");
        } else {
            sqlite3_stmt *ins = m_insertMetric.handle();
            for (int r = 0; r < m_pendingRows; ++r, v += kMetricRowValues) {
                for (int i = 0; i < kMetricRowValues; ++i)
                    sqlite3_bind_int64(ins, i + 1, v[i]);
                const int rc = sqlite3_step(ins);
                sqlite3_reset(ins);
                if (rc != SQLITE_DONE)
                    return detail::stepError(*m_ctx.db, "metric_daily");
            }
        }
        m_pendingRows = 0;
        return success();
    }

    Result<Ids> resolveContent(std::span<const std::string_view> fields, EpochDay day)
    {
        Ids ids;
        std::string_view channelName = cell(fields, Field::Channel);
        if (channelName.empty())
            channelName = m_defaultChannel;
        auto channel = m_channels.id(channelName);
        if (!channel)
            return channel.error();
        ids.channel = *channel;
        auto campaign = m_campaigns.id(cell(fields, Field::Campaign));
        if (!campaign)
            return campaign.error();
        ids.campaign = *campaign;
        auto type = m_types.id(cell(fields, Field::ContentType));
        if (!type)
            return type.error();
        auto person = m_people.id(cell(fields, Field::Person),
                                  detail::personKind(cell(fields, Field::PersonType), m_ctx.mapping->defaultPersonKind),
                                  ids.channel);
        if (!person)
            return person.error();
        ids.person = *person;

        // Plain integers with a sentinel: GCC's -Wmaybe-uninitialized misfires on optionals here.
        constexpr qint64 kNone = INT64_MIN;
        qint64 publishedDay = kNone;
        qint64 publishedHour = kNone;
        std::string_view publishedAt;
        if (m_ctx.mapping->has(Field::PublishedAt)) {
            publishedAt = cell(fields, Field::PublishedAt);
            bool bad = false;
            int hour = -1;
            if (auto d = dayOf(Field::PublishedAt, publishedAt, bad, &hour)) {
                publishedDay = *d;
                if (hour >= 0)
                    publishedHour = hour;
            }
        } else if (day != kNoDay) {
            // Without a publish time, a post's first reported day stands in for it.
            publishedDay = day;
        }

        // A post this import has not seen can only exist from an earlier import.
        qint64 existing = -1;
        if (m_earlierPosts) {
            sqlite3_stmt *sel = m_selectContent.handle();
            bindText(sel, 1, m_ext);
            if (sqlite3_step(sel) == SQLITE_ROW)
                existing = sqlite3_column_int64(sel, 0);
            sqlite3_reset(sel);
        }

        sqlite3_stmt *st = existing >= 0 ? m_updateContent.handle() : m_insertContent.handle();
        if (existing >= 0) {
            sqlite3_bind_int64(st, 1, existing);
            if (!m_ctx.mapping->has(Field::PublishedAt))
                publishedDay = kNone; // keep what the earlier import found
        } else {
            bindText(st, 1, m_ext);
        }
        bindIdOrNull(st, 2, ids.person);
        bindIdOrNull(st, 3, ids.campaign);
        bindIdOrNull(st, 4, ids.channel);
        bindIdOrNull(st, 5, *type);
        bindTextOrNull(st, 6, publishedAt);
        for (auto [index, value] : {std::pair{7, publishedDay}, std::pair{8, publishedHour}}) {
            if (value == kNone)
                sqlite3_bind_null(st, index);
            else
                sqlite3_bind_int64(st, index, value);
        }
        bindTextOrNull(st, 9, cell(fields, Field::Url));
        bindTextOrNull(st, 10, cell(fields, Field::UtmSource));
        bindTextOrNull(st, 11, cell(fields, Field::UtmMedium));
        bindTextOrNull(st, 12, cell(fields, Field::UtmCampaign));
        bindTextOrNull(st, 13, cell(fields, Field::UtmContent));
        bindTextOrNull(st, 14, cell(fields, Field::DiscountCode));
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return detail::stepError(*m_ctx.db, "content_item");
        ids.content = existing >= 0 ? existing : m_ctx.db->lastInsertRowId();
        ids.fresh = existing < 0;
        if (existing >= 0) {
            // A re-export may leave a name out; keep the stored links then.
            sqlite3_stmt *again = m_selectContent.handle();
            bindText(again, 1, m_ext);
            if (sqlite3_step(again) == SQLITE_ROW) {
                auto opt = [&](int c) {
                    return sqlite3_column_type(again, c) == SQLITE_NULL ? std::optional<qint64>()
                                                                       : sqlite3_column_int64(again, c);
                };
                ids.person = opt(1);
                ids.campaign = opt(2);
                ids.channel = opt(3);
            }
            sqlite3_reset(again);
        }
        return ids;
    }

    detail::NameIds m_channels{*m_ctx.db, "channel"};
    detail::NameIds m_types{*m_ctx.db, "content_type"};
    detail::NameIds m_campaigns{*m_ctx.db, "campaign"};
    detail::PersonIds m_people{*m_ctx.db};
    sql::Statement m_insertMetric;
    sql::Statement m_updateMetric;
    sql::Statement m_selectContent;
    sql::Statement m_insertContent;
    sql::Statement m_updateContent;
    sql::Statement m_upsertCost;
    sql::Statement m_upsertRevenue;
    bool m_mapped[kMetricFieldCount] = {};
    bool m_earlierPosts = true; // the workspace held posts before this import
    std::unordered_map<std::string, Ids> m_contents;
    std::string m_ext;
    std::string m_lastExt;
    std::string m_ref;
    std::string m_prefix;
    std::string m_defaultChannel;
    std::string m_costCategory;
    std::string m_currency;
    qint64 m_lastContent = -1;
    Ids *m_current = nullptr; // element of m_contents: node addresses are stable
    std::vector<qint64> m_pending = std::vector<qint64>(size_t(kBatchRows) * kMetricRowValues);
    int m_pendingRows = 0;
    sql::Statement m_insertBatch;
    std::vector<int> m_boundColumns; // the row values m_insertBatch binds (the others are 0)
    detail::BatchInsert m_costBatch{*m_ctx.db, 9, "cost"};
    detail::BatchInsert m_revenueBatch{*m_ctx.db, 7, "customer_order"};
};

} // namespace

std::unique_ptr<RecordWriter> makeContentWriter(RecordWriter::Context context)
{
    return std::make_unique<ContentWriter>(std::move(context));
}

} // namespace iroi::import

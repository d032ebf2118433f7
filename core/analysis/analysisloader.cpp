#include "core/analysis/analysisdata.h"

#include "core/common/logging.h"
#include "core/store/schema.h"
#include "core/store/workspace.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace iroi {

namespace {

constexpr qint64 kProgressEvery = 65536;

// Maps workspace ids to dense indices (1-based; 0 = not linked).
class DenseIndex
{
public:
    void add(qint64 id) { m_map.insert(id, static_cast<std::int32_t>(m_map.size() + 1)); }
    std::int32_t operator()(const sql::Statement &stmt, int column) const
    {
        if (stmt.isNull(column))
            return 0;
        return m_map.value(stmt.int64(column), 0);
    }
    std::int32_t of(qint64 id) const { return m_map.value(id, 0); }

private:
    QHash<qint64, std::int32_t> m_map;
};

// Customer refs to dense indices. A workspace may hold hundreds of thousands of customers,
// one lookup per order: open addressing over a flat table with the keys in one arena costs
// about one cache miss per lookup, where a node-based map with a heap string per key cost
// three and dominated loading the orders.
class CustomerIndex
{
public:
    // expected: a guess at the number of keys. The table is allocated while the metric
    // columns are, so it starts small and doubles as needed rather than holding room for
    // a key per order at the load's peak.
    explicit CustomerIndex(std::size_t expected) : m_slots(std::bit_ceil(std::max<std::size_t>(64, expected * 2)))
    {
        m_offsets.push_back(0);
    }

    // The index of key, and whether it is new.
    std::pair<std::int32_t, bool> intern(std::string_view key)
    {
        if ((m_offsets.size() + 1) * 2 > m_slots.size())
            grow();
        const std::size_t hash = std::hash<std::string_view>{}(key);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index < 0) {
                slot = {tag, static_cast<std::int32_t>(m_offsets.size() - 1)};
                m_arena.append(key);
                m_offsets.push_back(m_arena.size());
                return {slot.index, true};
            }
            if (slot.tag == tag && keyAt(slot.index) == key)
                return {slot.index, false};
        }
    }

private:
    // 8 bytes: the hash's high half to skip most key compares, and the key's index. The
    // low half picks the slot, so it is recomputed from the key when the table grows.
    struct Slot
    {
        std::uint32_t tag = 0;
        std::int32_t index = -1;
    };

    std::string_view keyAt(std::int32_t index) const
    {
        const auto i = static_cast<std::size_t>(index);
        return std::string_view(m_arena).substr(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.index < 0)
                continue;
            std::size_t i = std::hash<std::string_view>{}(keyAt(slot.index)) & mask;
            while (m_slots[i].index >= 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::string m_arena;
    std::vector<std::size_t> m_offsets; // key i is m_arena[m_offsets[i], m_offsets[i + 1])
};

EpochDay dayOrNone(const sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? kNoDay : static_cast<EpochDay>(stmt.int64(column));
}

// Amounts in another currency are converted with fx_rate; unknown currencies are taken
// as-is and logged once, since refusing to open a workspace over one row helps nobody.
class FxConverter
{
public:
    QString base;
    QHash<QString, double> rates;
    Cents convert(Cents amount, const QString &currency)
    {
        if (currency.isEmpty() || currency.compare(base, Qt::CaseInsensitive) == 0)
            return amount;
        const auto it = rates.constFind(currency.toUpper());
        if (it == rates.constEnd()) {
            if (!m_warned.contains(currency)) {
                m_warned.insert(currency, true);
                qCWarning(lcAnalysis) << "no fx_rate for" << currency << "; amounts taken as" << base;
            }
            return amount;
        }
        return static_cast<Cents>(std::llround(static_cast<double>(amount) * it.value()));
    }
    // The raw column bytes: most rows are in the base currency, so they skip the QString.
    Cents convert(Cents amount, std::string_view currency)
    {
        if (currency.empty() || (currency.size() == static_cast<size_t>(base.size()) &&
                                 QLatin1String(currency.data(), static_cast<qsizetype>(currency.size()))
                                         .compare(base, Qt::CaseInsensitive) == 0))
            return amount;
        return convert(amount, QString::fromUtf8(currency.data(), static_cast<qsizetype>(currency.size())));
    }

private:
    QHash<QString, bool> m_warned;
};

class Loader
{
public:
    Loader(Workspace &workspace, ProgressSink &progress)
        : m_ws(workspace)
        , m_db(workspace.connection())
        , m_progress(progress)
    {
    }

    Result<std::unique_ptr<AnalysisData>> run()
    {
        m_data = std::make_unique<AnalysisData>();
        QElapsedTimer timer;
        timer.start();
        int stepIndex = 0;
        const auto runSteps = [&](std::initializer_list<Status (Loader::*)()> steps) -> Status {
            for (Status (Loader::*step)() : steps) {
                if (Status s = (this->*step)(); !s)
                    return s;
                qCDebug(lcAnalysis) << "load step" << stepIndex++ << "done after" << timer.elapsed() << "ms";
                if (m_progress.isCancelled())
                    return Error::cancelled();
            }
            return success();
        };
        if (Status s = runSteps({&Loader::settings, &Loader::dimensions, &Loader::contents, &Loader::emvCards}); !s)
            return s.error();
        // The metric rows and the orders are the two big tables, each about half of the
        // load: the orders are read on a second connection on a worker thread meanwhile.
        // Both connections read committed data; a write between their first reads could
        // only come from another process and shows up at the next load.
        if (Status s = loadRowsAndOrders(); !s)
            return s.error();
        qCDebug(lcAnalysis) << "metric rows and orders done after" << timer.elapsed() << "ms";
        if (Status s = runSteps({&Loader::costs, &Loader::goals, &Loader::audiences, &Loader::mentions}); !s)
            return s.error();
        m_data->catalog.firstDay = m_first == INT32_MAX ? kNoDay : m_first;
        m_data->catalog.lastDay = m_last == INT32_MIN ? kNoDay : m_last;
        return std::move(m_data);
    }

private:
    void seeDay(EpochDay day)
    {
        m_first = std::min(m_first, day);
        m_last = std::max(m_last, day);
    }

    Status settings()
    {
        Catalog &c = m_data->catalog;
        c.currency = m_ws.setting(QStringLiteral("workspace.currency"), QStringLiteral("EUR"));
        c.ownBrand = m_ws.setting(QStringLiteral("brand.own"));
        bool ok = false;
        const double years = m_ws.setting(QStringLiteral("clv.expected_years")).toDouble(&ok);
        if (ok && years > 0 && std::isfinite(years))
            m_data->expectedYears = years;
        m_fx.base = c.currency;
        auto stmt = m_db.prepare("SELECT currency, rate_to_base FROM fx_rate");
        if (!stmt)
            return stmt.error();
        while (stmt->step())
            m_fx.rates.insert(stmt->text(0).toUpper(), stmt->real(1));
        return stmt->status();
    }

    Status dimensions()
    {
        Catalog &c = m_data->catalog;
        const auto byName = [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; };
        {
            auto stmt = m_db.prepare("SELECT id, name FROM channel ORDER BY name COLLATE NOCASE, id");
            if (!stmt)
                return stmt.error();
            while (stmt->step())
                c.channels.push_back({stmt->int64(0), stmt->text(1)});
            if (Status s = stmt->status(); !s)
                return s;
        }
        {
            auto stmt = m_db.prepare("SELECT id, name FROM content_type ORDER BY name COLLATE NOCASE, id");
            if (!stmt)
                return stmt.error();
            while (stmt->step())
                c.contentTypes.push_back({stmt->int64(0), stmt->text(1)});
            if (Status s = stmt->status(); !s)
                return s;
        }
        {
            auto stmt = m_db.prepare("SELECT id, name, start_day, end_day, budget_cents, objective FROM campaign "
                                     "ORDER BY name COLLATE NOCASE, id");
            if (!stmt)
                return stmt.error();
            while (stmt->step()) {
                Catalog::Campaign campaign;
                campaign.id = stmt->int64(0);
                campaign.name = stmt->text(1);
                campaign.startDay = dayOrNone(*stmt, 2);
                campaign.endDay = dayOrNone(*stmt, 3);
                if (!stmt->isNull(4))
                    campaign.budget = stmt->int64(4);
                campaign.objective = stmt->text(5);
                c.campaigns.push_back(campaign);
            }
            if (Status s = stmt->status(); !s)
                return s;
        }
        {
            auto stmt = m_db.prepare("SELECT id, handle, display_name, kind, channel_id, followers, department, "
                                     "location FROM person ORDER BY coalesce(display_name, handle) COLLATE NOCASE, id");
            if (!stmt)
                return stmt.error();
            while (stmt->step()) {
                Catalog::Person person;
                person.id = stmt->int64(0);
                person.handle = stmt->text(1);
                person.displayName = stmt->text(2);
                person.kind = stmt->text(3) == QLatin1String("employee") ? PersonKind::Employee : PersonKind::Influencer;
                person.channelId = stmt->isNull(4) ? 0 : stmt->int64(4);
                if (!stmt->isNull(5))
                    person.followers = stmt->int64(5);
                person.department = stmt->text(6);
                person.location = stmt->text(7);
                c.people.push_back(person);
            }
            if (Status s = stmt->status(); !s)
                return s;
        }
        Q_UNUSED(byName);
        // Orders keep these dims in 16 bits (OrderRow); no real workspace comes near.
        for (const auto &[count, what] : {std::pair{c.campaigns.size(), "campaigns"}, std::pair{c.channels.size(), "channels"},
                                          std::pair{c.contentTypes.size(), "content types"}}) {
            if (count > 65535)
                return Error::badInput(QStringLiteral("the workspace has %1 %2; the analysis supports up to 65,535")
                                           .arg(count)
                                           .arg(QLatin1String(what)));
        }
        m_data->personKinds.push_back(PersonKind::Influencer); // index 0 is "no person"
        for (const auto &p : c.people) {
            m_people.add(p.id);
            m_data->personKinds.push_back(p.kind);
        }
        for (const auto &x : c.campaigns)
            m_campaigns.add(x.id);
        for (const auto &x : c.channels)
            m_channels.add(x.id);
        for (const auto &x : c.contentTypes)
            m_types.add(x.id);
        return success();
    }

    Status contents()
    {
        auto stmt = m_db.prepare("SELECT id, person_id, campaign_id, channel_id, content_type_id, published_day, "
                                 "published_hour FROM content_item ORDER BY id");
        if (!stmt)
            return stmt.error();
        while (stmt->step()) {
            ContentDims dims;
            dims.person = m_people(*stmt, 1);
            dims.campaign = m_campaigns(*stmt, 2);
            dims.channel = m_channels(*stmt, 3);
            dims.type = m_types(*stmt, 4);
            if (!stmt->isNull(5))
                dims.dow = static_cast<std::int8_t>(dayOfWeek(static_cast<EpochDay>(stmt->int64(5))));
            if (!stmt->isNull(6))
                dims.hour = static_cast<std::int8_t>(std::clamp<qint64>(stmt->int64(6), 0, 23));
            m_contentIndex.insert(stmt->int64(0), static_cast<std::int32_t>(m_data->contents.size()));
            m_data->contents.push_back(dims);
        }
        return stmt->status();
    }

    Status emvCards()
    {
        auto cards = m_db.prepare("SELECT id, version, name, valid_from FROM emv_rate_card ORDER BY version");
        if (!cards)
            return cards.error();
        while (cards->step())
            m_data->emvCards.push_back({cards->int64(0), cards->int32(1), cards->text(2), dayOrNone(*cards, 3)});
        if (Status s = cards->status(); !s)
            return s;
        // rates[card][channel][metric column]; "engagements" spreads over its four parts.
        const size_t channels = m_data->catalog.channels.size() + 1;
        m_rates.assign(m_data->emvCards.size(),
                       std::vector<std::array<double, 13>>(channels, std::array<double, 13>{}));
        std::vector<std::vector<std::array<bool, 13>>> specific(
            m_data->emvCards.size(), std::vector<std::array<bool, 13>>(channels, std::array<bool, 13>{}));
        auto rates = m_db.prepare("SELECT card_id, channel_id, metric, rate FROM emv_rate ORDER BY channel_id");
        if (!rates)
            return rates.error();
        while (rates->step()) {
            const qint64 cardId = rates->int64(0);
            const auto card = std::find_if(m_data->emvCards.begin(), m_data->emvCards.end(),
                                           [cardId](const EmvCard &c) { return c.id == cardId; });
            if (card == m_data->emvCards.end())
                continue;
            const size_t ci = static_cast<size_t>(card - m_data->emvCards.begin());
            const qint64 channelId = rates->int64(1);
            const QString metric = rates->text(2);
            const double rate = rates->real(3);
            std::vector<size_t> columns;
            if (metric == QLatin1String("engagements")) {
                columns = {3, 4, 5, 6};
            } else {
                for (size_t m = 0; m < schema::kDailyMetricColumns.size(); ++m) {
                    if (metric == QLatin1String(schema::kDailyMetricColumns[m].data(),
                                                static_cast<qsizetype>(schema::kDailyMetricColumns[m].size())))
                        columns.push_back(m);
                }
            }
            if (columns.empty())
                qCWarning(lcAnalysis) << "EMV rate for unknown metric" << metric << "ignored";
            for (size_t m : columns) {
                if (channelId == 0) {
                    // A rate for every channel, unless a channel has its own.
                    for (size_t ch = 0; ch < channels; ++ch) {
                        if (!specific[ci][ch][m])
                            m_rates[ci][ch][m] = rate;
                    }
                } else if (const std::int32_t ch = m_channels.of(channelId); ch > 0) {
                    m_rates[ci][size_t(ch)][m] = rate;
                    specific[ci][size_t(ch)][m] = true;
                }
            }
        }
        return rates->status();
    }

    Status metricRows()
    {
        auto count = m_db.queryInt("SELECT count(*) FROM metric_daily");
        if (!count)
            return count.error();
        const qint64 total = *count;
        MetricColumns &r = m_data->rows;
        const auto n = static_cast<size_t>(total);
        // Sized once and written by index: no reallocation, so a 10M-row workspace peaks at its final size.
        for (auto *column : {&r.impressions, &r.reach, &r.views, &r.engagements, &r.clicks, &r.leads, &r.positive,
                             &r.conversions})
            column->resize(n);
        r.day.resize(n);
        r.followerGrowth.resize(n);
        // Each card's column sized in place: assign() with a prototype would hold one more
        // full column (40 MB at 10M rows) at the load's peak, even with no card at all.
        r.emvByCard.resize(m_data->emvCards.size());
        for (auto &column : r.emvByCard)
            column.resize(n);

        auto stmt = m_db.prepare("SELECT content_id, day, impressions, reach, views, likes, comments, shares, saves, "
                                 "clicks, leads, follower_growth, positive_reactions, negative_reactions, conversions "
                                 "FROM metric_daily ORDER BY content_id, day");
        if (!stmt)
            return stmt.error();
        sqlite3_stmt *h = stmt->handle();
        qint64 lastContentId = -1;
        std::int32_t content = -1;
        qint64 done = 0;
        size_t row = 0;
        const auto u32 = [](qint64 v) { return static_cast<std::uint32_t>(std::clamp<qint64>(v, 0, UINT32_MAX)); };
        std::array<qint64, 13> values{};
        while (row < n && stmt->step()) {
            const qint64 contentId = sqlite3_column_int64(h, 0);
            if (contentId != lastContentId) {
                lastContentId = contentId;
                content = m_contentIndex.value(contentId, -1);
                if (content >= 0)
                    m_data->contents[size_t(content)].rowBegin = static_cast<std::int32_t>(row);
            }
            if (++done % kProgressEvery == 0) {
                m_progress.progress(done, total);
                if (m_progress.isCancelled())
                    return Error::cancelled();
            }
            if (content < 0)
                continue;
            const auto day = static_cast<EpochDay>(sqlite3_column_int64(h, 1));
            if (day < 0 || day > UINT16_MAX)
                return Error::badInput(QStringLiteral("a metric row of content item %1 is dated %2, outside the "
                                                      "supported 1970-01-01 to 2149-06-06")
                                           .arg(contentId)
                                           .arg(epochDayToIso(day)));
            seeDay(day);
            for (int m = 0; m < 13; ++m)
                values[size_t(m)] = sqlite3_column_int64(h, m + 2);
            r.day[row] = static_cast<std::uint16_t>(day);
            r.impressions[row] = u32(values[0]);
            r.reach[row] = u32(values[1]);
            r.views[row] = u32(values[2]);
            r.engagements[row] = u32(values[3] + values[4] + values[5] + values[6]);
            r.clicks[row] = u32(values[7]);
            r.leads[row] = u32(values[8]);
            r.followerGrowth[row] = static_cast<std::int32_t>(std::clamp<qint64>(values[9], INT32_MIN, INT32_MAX));
            r.positive[row] = u32(values[10]);
            r.conversions[row] = u32(values[12]);
            ContentDims &dims = m_data->contents[size_t(content)];
            for (size_t ci = 0; ci < m_rates.size(); ++ci) {
                const auto &rate = m_rates[ci][size_t(dims.channel)];
                double emv = 0.0;
                for (size_t m = 0; m < 13; ++m)
                    emv += rate[m] * static_cast<double>(values[m]);
                r.emvByCard[ci][row] = static_cast<float>(emv);
            }
            ++row;
            dims.rowEnd = static_cast<std::int32_t>(row);
        }
        if (row < n) {
            // Rows of unknown content items were skipped.
            for (auto *column : {&r.impressions, &r.reach, &r.views, &r.engagements, &r.clicks, &r.leads, &r.positive,
                                 &r.conversions})
                column->resize(row);
            r.day.resize(row);
            r.followerGrowth.resize(row);
            for (auto &column : r.emvByCard)
                column.resize(row);
        }
        m_progress.progress(done, total);
        return stmt->status();
    }

    // The dense channel of a dense person index (0 when the person names none).
    std::int32_t personChannel(std::int32_t person) const
    {
        return m_channels.of(m_data->catalog.people[static_cast<size_t>(person - 1)].channelId);
    }

    static std::int8_t hourOf(std::string_view isoTime)
    {
        // "2025-01-14T19:30:00+01:00": the local hour is what the heatmap wants.
        if (isoTime.size() < 13 || (isoTime[10] != 'T' && isoTime[10] != ' '))
            return -1;
        const char tens = isoTime[11], units = isoTime[12];
        if (tens < '0' || tens > '9' || units < '0' || units > '9')
            return -1;
        const int hour = (tens - '0') * 10 + (units - '0');
        return hour < 24 ? static_cast<std::int8_t>(hour) : std::int8_t(-1);
    }

    Status loadRowsAndOrders()
    {
        auto second = m_ws.path().isEmpty() ? Result<Workspace>(Error::io(QStringLiteral("no path")))
                                            : Workspace::open(m_ws.path(), Workspace::Access::ReadOnly);
        DayRange days;
        FxConverter fx = m_fx;
        std::atomic<bool> stop{false};
        Status rowsStatus = success();
        Status ordersStatus = success();
        if (second) {
            std::thread worker([&] { ordersStatus = orders(second->connection(), fx, days, stop); });
            rowsStatus = metricRows();
            if (!rowsStatus)
                stop = true;
            worker.join();
        } else {
            // Cannot open a second connection (a file that vanished?): one after the other.
            qCDebug(lcAnalysis) << "orders on the same connection:" << second.error().toString();
            rowsStatus = metricRows();
            if (rowsStatus)
                ordersStatus = orders(m_db, fx, days, stop);
        }
        if (!rowsStatus)
            return rowsStatus;
        if (!ordersStatus)
            return ordersStatus;
        if (days.first <= days.last) { // no orders leaves the range empty
            seeDay(days.first);
            seeDay(days.last);
        }
        return success();
    }

    struct DayRange
    {
        EpochDay first = INT32_MAX;
        EpochDay last = INT32_MIN;
    };

    // Runs on the worker thread with its own connection and currency converter: it reads
    // only what the earlier steps built (people, content index and dims) and writes only
    // the orders and customers, so it shares nothing the metric rows write.
    Status orders(sql::Connection &db, FxConverter &fx, DayRange &days, const std::atomic<bool> &stop)
    {
        auto stmt = db.prepare("SELECT day, ordered_at, customer_ref, revenue_cents, currency, person_id, content_id "
                               "FROM customer_order ORDER BY id");
        if (!stmt)
            return stmt.error();
        auto count = db.queryInt("SELECT count(*) FROM customer_order");
        if (!count)
            return count.error();
        m_data->orders.reserve(static_cast<std::size_t>(*count));
        // Keyed by the raw UTF-8 bytes of customer_ref: no UTF-16 copy per order.
        CustomerIndex customers(static_cast<std::size_t>(*count) / 8);
        while (stmt->step()) {
            if ((m_data->orders.size() & 0xFFFF) == 0 && stop.load(std::memory_order_relaxed))
                return Error::cancelled();
            OrderRow o;
            o.day = static_cast<EpochDay>(stmt->int64(0));
            days.first = std::min(days.first, o.day);
            days.last = std::max(days.last, o.day);
            o.revenue = fx.convert(stmt->int64(3), stmt->textView(4));
            o.person = m_people(*stmt, 5);
            o.content = stmt->isNull(6) ? -1 : m_contentIndex.value(stmt->int64(6), -1);
            if (o.content >= 0) {
                const ContentDims &dims = m_data->contents[size_t(o.content)];
                if (o.person == 0)
                    o.person = dims.person;
                o.campaign = static_cast<std::uint16_t>(dims.campaign);
                o.channel = static_cast<std::uint16_t>(dims.channel);
                o.type = static_cast<std::uint16_t>(dims.type);
                o.dow = dims.dow;
                o.hour = dims.hour;
            }
            if (o.content < 0 && o.person > 0) {
                // An order credited to a person without a post (a discount code) came through
                // the channel the person posts on.
                o.channel = static_cast<std::uint16_t>(personChannel(o.person));
            }
            if (const std::int8_t hour = hourOf(stmt->textView(1)); hour >= 0) {
                o.hour = hour;
                o.dow = static_cast<std::int8_t>(dayOfWeek(o.day));
            }
            const std::string_view ref = stmt->textView(2);
            if (!ref.empty()) {
                const auto [index, added] = customers.intern(ref);
                o.customer = index;
                if (added)
                    m_data->customers.push_back({});
                CustomerInfo &info = m_data->customers[size_t(o.customer)];
                // Read in id order (a sequential scan); the first order is the earliest day, then lowest id.
                if (info.firstOrder < 0 || m_data->orders[size_t(info.firstOrder)].day > o.day)
                    info.firstOrder = static_cast<std::int32_t>(m_data->orders.size());
                ++info.orderCount;
                info.revenue += o.revenue;
            }
            m_data->orders.push_back(o);
        }
        return stmt->status();
    }

    Status costs()
    {
        auto stmt = m_db.prepare("SELECT day, category, amount_cents, currency, hours, campaign_id, person_id, "
                                 "content_id, channel_id FROM cost ORDER BY id");
        if (!stmt)
            return stmt.error();
        while (stmt->step()) {
            CostRow c;
            c.day = static_cast<EpochDay>(stmt->int64(0));
            seeDay(c.day);
            const QString category = stmt->text(1);
            for (size_t i = 0; i < schema::kCostCategories.size(); ++i) {
                if (category == QLatin1String(schema::kCostCategories[i].data(),
                                              static_cast<qsizetype>(schema::kCostCategories[i].size())))
                    c.category = static_cast<std::int32_t>(i);
            }
            c.amount = m_fx.convert(stmt->int64(2), stmt->text(3));
            c.hours = stmt->isNull(4) ? 0.0 : stmt->real(4);
            c.campaign = m_campaigns(*stmt, 5);
            c.person = m_people(*stmt, 6);
            c.channel = m_channels(*stmt, 8);
            const std::int32_t content = stmt->isNull(7) ? -1 : m_contentIndex.value(stmt->int64(7), -1);
            if (content >= 0) {
                // A cost booked on a content item inherits the item's links it does not name itself.
                const ContentDims &dims = m_data->contents[size_t(content)];
                if (c.campaign == 0)
                    c.campaign = dims.campaign;
                if (c.person == 0)
                    c.person = dims.person;
                if (c.channel == 0)
                    c.channel = dims.channel;
                c.type = dims.type;
            }
            if (c.channel == 0 && c.person > 0) {
                // A cost booked on a person (an advocate's staff time, a travel bill) is spent
                // on the channel the person posts on, as in the planner's spend per channel.
                c.channel = personChannel(c.person);
            }
            m_data->costs.push_back(c);
        }
        return stmt->status();
    }

    Status goals()
    {
        auto stmt = m_db.prepare("SELECT id, campaign_id, metric, target, baseline, start_day, deadline_day, "
                                 "description FROM goal ORDER BY deadline_day, id");
        if (!stmt)
            return stmt.error();
        while (stmt->step()) {
            GoalRow g;
            g.id = stmt->int64(0);
            g.campaign = m_campaigns(*stmt, 1);
            g.metric = stmt->text(2);
            g.target = stmt->real(3);
            if (!stmt->isNull(4))
                g.baseline = stmt->real(4);
            g.startDay = dayOrNone(*stmt, 5);
            g.deadlineDay = dayOrNone(*stmt, 6);
            g.description = stmt->text(7);
            m_data->goals.push_back(g);
        }
        return stmt->status();
    }

    Status audiences()
    {
        // shares[dimension][value] per person and per campaign.
        using Shares = QHash<QString, QHash<QString, double>>;
        const size_t people = m_data->catalog.people.size() + 1;
        const size_t campaigns = m_data->catalog.campaigns.size() + 1;
        std::vector<Shares> personShares(people), targetShares(campaigns);
        auto read = [this](const char *sql, const DenseIndex &index, std::vector<Shares> &into) -> Status {
            auto stmt = m_db.prepare(sql);
            if (!stmt)
                return stmt.error();
            while (stmt->step()) {
                const std::int32_t i = index(*stmt, 0);
                if (i > 0)
                    into[size_t(i)][stmt->text(1)][stmt->text(2)] = stmt->real(3);
            }
            return stmt->status();
        };
        if (Status s = read("SELECT person_id, dimension, value, share FROM audience_share", m_people, personShares); !s)
            return s;
        if (Status s = read("SELECT campaign_id, dimension, value, share FROM campaign_audience", m_campaigns,
                            targetShares);
            !s)
            return s;
        m_data->audienceFit.assign(people * campaigns, -1.0f);
        for (size_t p = 1; p < people; ++p) {
            if (personShares[p].isEmpty())
                continue;
            for (size_t c = 1; c < campaigns; ++c) {
                double sum = 0.0;
                int dimensions = 0;
                for (auto dim = targetShares[c].cbegin(); dim != targetShares[c].cend(); ++dim) {
                    const auto own = personShares[p].constFind(dim.key());
                    if (own == personShares[p].cend())
                        continue;
                    double overlap = 0.0;
                    for (auto v = dim.value().cbegin(); v != dim.value().cend(); ++v)
                        overlap += std::min(v.value(), own.value().value(v.key(), 0.0));
                    sum += overlap;
                    ++dimensions;
                }
                if (dimensions > 0)
                    m_data->audienceFit[p * campaigns + c] = static_cast<float>(sum / dimensions);
            }
        }
        return success();
    }

    Status mentions()
    {
        auto stmt = m_db.prepare("SELECT brand, topic, day, channel_id, mentions FROM brand_mention");
        if (!stmt)
            return stmt.error();
        std::unordered_map<QString, std::int32_t> brands, topics;
        const auto intern = [](std::unordered_map<QString, std::int32_t> &map, QStringList &list, const QString &name) {
            const auto [it, added] = map.try_emplace(name.toCaseFolded(), static_cast<std::int32_t>(list.size()));
            if (added)
                list.append(name);
            return it->second;
        };
        while (stmt->step()) {
            MentionRow m;
            m.brand = intern(brands, m_data->brands, stmt->text(0));
            m.topic = intern(topics, m_data->catalog.topics, stmt->text(1));
            m.day = static_cast<EpochDay>(stmt->int64(2));
            m.channel = m_channels(*stmt, 3);
            m.mentions = stmt->int64(4);
            m_data->mentions.push_back(m);
        }
        if (!m_data->catalog.ownBrand.isEmpty())
        {
            const auto own = brands.find(m_data->catalog.ownBrand.toCaseFolded());
            m_data->ownBrand = own == brands.end() ? -1 : own->second;
        }
        return stmt->status();
    }

    Workspace &m_ws;
    sql::Connection &m_db;
    ProgressSink &m_progress;
    std::unique_ptr<AnalysisData> m_data;
    DenseIndex m_people, m_campaigns, m_channels, m_types;
    QHash<qint64, std::int32_t> m_contentIndex;
    std::vector<std::vector<std::array<double, 13>>> m_rates;
    FxConverter m_fx;
    EpochDay m_first = INT32_MAX;
    EpochDay m_last = INT32_MIN;
};

} // namespace

Result<std::unique_ptr<AnalysisData>> loadAnalysisData(Workspace &workspace, ProgressSink &progress)
{
    return Loader(workspace, progress).run();
}

CompiledFilter compileFilter(const AnalysisData &data, const Filter &filter)
{
    const Catalog &c = data.catalog;
    CompiledFilter f;
    const auto build = [](std::vector<std::uint8_t> &mask, const auto &list, const std::vector<qint64> &ids) {
        mask.assign(list.size() + 1, ids.empty() ? 1 : 0);
        if (ids.empty())
            return;
        for (size_t i = 0; i < list.size(); ++i) {
            if (std::find(ids.begin(), ids.end(), list[i].id) != ids.end())
                mask[i + 1] = 1;
        }
    };
    build(f.person, c.people, filter.personIds);
    build(f.campaign, c.campaigns, filter.campaignIds);
    build(f.channel, c.channels, filter.channelIds);
    build(f.type, c.contentTypes, filter.contentTypeIds);
    if (filter.personKind) {
        f.person[0] = 0;
        for (size_t i = 1; i < f.person.size(); ++i) {
            if (data.personKinds[i] != *filter.personKind)
                f.person[i] = 0;
        }
    }
    if (filter.from != kNoDay)
        f.from = filter.from;
    if (filter.to != kNoDay)
        f.to = filter.to;
    f.content.resize(data.contents.size());
    for (size_t i = 0; i < data.contents.size(); ++i) {
        const ContentDims &d = data.contents[i];
        f.content[i] = f.passes(d.person, d.campaign, d.channel, d.type) ? 1 : 0;
    }
    return f;
}

} // namespace iroi

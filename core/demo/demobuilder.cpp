#include "core/demo/demobuilder.h"

#include "core/demo/demogenerator.h"

#include <algorithm>
#include <cmath>

namespace iroi::demo {

namespace {

// Random streams, one per part of the data.
enum Stream : quint64 { CastStream = 1, PlanStream, MetricStream, OrderStream, BoostStream, CostStream, MentionStream };

// Planted truth 3 (docs/demo-data.md): extra Instagram orders per week follow a Hill curve
// of the geometric adstock of the weekly Instagram paid_boost spend in euros.
constexpr int kSaturatingChannel = 1; // Instagram
constexpr double kAdstockDecay = 0.5;
constexpr double kHalfSaturation = 2500.0; // K, euros of adstocked spend
constexpr double kHillShape = 2.0;         // S
constexpr double kHillMaxPerScale = 50.0;  // orders per week at scale 1
// TikTok and Facebook boosts respond linearly: one order per this many euros (per scale).
constexpr double kTikTokEurosPerOrder = 40.0;
constexpr double kFacebookEurosPerOrder = 60.0;

constexpr double kOrganicOrdersPerDay = 6.0; // at scale 1, before seasonality
constexpr double kOrganicRepeatMean = 0.25;
constexpr double kSecondChannelFollowers = 0.4;

struct Product
{
    qint64 cents;
    double weight;
};
constexpr std::array<Product, 8> kProducts = {{{11900, 0.18}, // Lumen Pro Mat
                                               {6900, 0.12},  // Travel Mat
                                               {2400, 0.14},  // Cork Block
                                               {1500, 0.10},  // Cotton Strap
                                               {6500, 0.16},  // Flow Leggings
                                               {4500, 0.12},  // Studio Top
                                               {5500, 0.10},  // Meditation Cushion
                                               {3900, 0.08}}}; // Recovery Roller

// Posting hours and their weights (local time).
constexpr std::array<double, 24> kHourWeights = {0, 0, 0, 0, 0, 0, 1, 4, 5, 3, 2, 2,
                                                 4, 3, 2, 2, 3, 5, 6, 7, 6, 4, 2, 0};

const std::vector<int> &typesOfChannel(int channel)
{
    static const std::vector<std::vector<int>> kTypes = {
        {1, 9, 6, 7, 5}, // Instagram: Reel, Carousel, Giveaway, Product collaboration, Review
        {2, 4, 6, 5},    // TikTok: Short video, Tutorial, Giveaway, Review
        {3, 4, 5, 7},    // YouTube: Long video, Tutorial, Review, Product collaboration
        {8, 9},          // LinkedIn: Text post, Carousel
        {8, 2, 6},       // Facebook: Text post, Short video, Giveaway
        {9, 4},          // Pinterest: Carousel, Tutorial
    };
    return kTypes[static_cast<size_t>(channel - 1)];
}

const char *channelPrefix(int channel)
{
    static constexpr std::array<const char *, 6> kPrefixes = {"ig", "tt", "yt", "li", "fb", "pi"};
    return kPrefixes[static_cast<size_t>(channel - 1)];
}

QString referrerOf(int channel)
{
    static constexpr std::array<const char *, 6> kDomains = {"instagram.com", "tiktok.com",   "youtube.com",
                                                             "linkedin.com",  "facebook.com", "pinterest.com"};
    return QString::fromLatin1(kDomains[static_cast<size_t>(channel - 1)]);
}

int weightedIndex(Random &random, const double *weights, int count)
{
    double total = 0.0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double u = random.uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (u < weights[i])
            return i;
        u -= weights[i];
    }
    return count - 1;
}

QString padded(qint64 number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

} // namespace

DemoBuilder::DemoBuilder(sql::Connection &connection, int scale, quint64 seed, ProgressSink &progress)
    : m_db(connection)
    , m_scale(scale)
    , m_seed(seed)
    , m_progress(progress)
    , m_root(seed)
    , m_orderRandom(m_root.fork(OrderStream))
{
    Random castRandom = m_root.fork(CastStream);
    m_cast = buildCast(castRandom);
    for (EpochDay d = kFirstDay; d <= kLastDay; ++d) {
        m_season.push_back(seasonFactor(d));
        m_isoDays.push_back(epochDayToIso(d));
    }
    m_campaignDaily.assign(m_cast.campaigns.size() * static_cast<size_t>(kDays), {});

    // Weekly boost budgets, heavier in the January and spring seasons so spend and
    // demand move together, as they do in real plans.
    Random boost = m_root.fork(BoostStream);
    const int weeks = (kDays + 6) / 7;
    for (int w = 0; w < weeks; ++w) {
        const double s = seasonFactor(kFirstDay + 7 * w);
        static constexpr std::array<double, 8> kInstagramLevels = {0, 500, 1000, 1500, 2500, 3500, 5000, 7000};
        int level = boost.uniformInt(0, 7);
        if (s > 1.2)
            level = std::max(level, boost.uniformInt(2, 7));
        m_instagramSpend.push_back(kInstagramLevels[static_cast<size_t>(level)]);
        m_tiktokSpend.push_back(400.0 * boost.uniformInt(0, 5));
        m_facebookSpend.push_back(300.0 * boost.uniformInt(0, 3));
    }
}

const std::vector<double> &DemoBuilder::boostSpend(int channel) const
{
    if (channel == 1)
        return m_instagramSpend;
    return channel == 2 ? m_tiktokSpend : m_facebookSpend;
}

Status DemoBuilder::build()
{
    // Cache size only for this connection: metric_daily is written in key order, so a
    // larger cache mostly saves re-reading interior b-tree pages.
    if (Status s = m_db.exec("PRAGMA cache_size = -65536"); !s)
        return s;
    for (auto step : {&DemoBuilder::writeReference, &DemoBuilder::writePeople, &DemoBuilder::writeContentAndMetrics}) {
        if (Status s = (this->*step)(); !s)
            return s;
    }
    addBoostOrders();
    addOrganicOrders();
    addRepeatOrders();
    for (auto step : {&DemoBuilder::writeOrders, &DemoBuilder::writeCosts, &DemoBuilder::writeGoals,
                      &DemoBuilder::writeMediaAndMentions, &DemoBuilder::writeOutcomes}) {
        if (m_progress.isCancelled())
            return Error::cancelled();
        if (Status s = (this->*step)(); !s)
            return s;
    }
    return success();
}

QString DemoBuilder::localTimestamp(EpochDay day, int secondOfDay) const
{
    const int h = secondOfDay / 3600;
    const int m = (secondOfDay / 60) % 60;
    const int s = secondOfDay % 60;
    return m_isoDays[static_cast<size_t>(day - kFirstDay)] + QLatin1Char('T') + padded(h, 2) + QLatin1Char(':') +
           padded(m, 2) + QLatin1Char(':') + padded(s, 2) + utcOffsetOn(day);
}

QString DemoBuilder::externalId(const Content &content) const
{
    return QString::fromLatin1(channelPrefix(content.channel)) + QLatin1Char('-') + padded(content.id, 6);
}

Status DemoBuilder::writeReference()
{
    auto setting = m_db.prepare("INSERT INTO setting(key, value) VALUES (?1, ?2)");
    if (!setting)
        return setting.error();
    const std::vector<std::pair<QString, QString>> settings = {
        {QStringLiteral("workspace.name"), QStringLiteral("Lumen demo")},
        {QStringLiteral("workspace.currency"), QStringLiteral("EUR")},
        {QStringLiteral("brand.own"), QStringLiteral("Lumen")},
        {QStringLiteral("brand.competitors"), QStringLiteral("Asana Co;FlowFit")},
        {QStringLiteral("demo.generator_version"), QString::number(kDemoGeneratorVersion)},
        {QStringLiteral("demo.seed"), QString::number(m_seed)},
        {QStringLiteral("demo.scale"), QString::number(m_scale)},
        {QStringLiteral("demo.first_day"), epochDayToIso(kFirstDay)},
        {QStringLiteral("demo.last_day"), epochDayToIso(kLastDay)},
    };
    for (const auto &[key, value] : settings) {
        setting->bind(1, key).bind(2, value);
        if (Status s = setting->exec(); !s)
            return s;
    }

    auto channel = m_db.prepare("INSERT INTO channel(id, name) VALUES (?1, ?2)");
    if (!channel)
        return channel.error();
    for (const ChannelDef &c : m_cast.channels) {
        channel->bind(1, c.id).bind(2, c.name);
        if (Status s = channel->exec(); !s)
            return s;
    }
    auto type = m_db.prepare("INSERT INTO content_type(id, name) VALUES (?1, ?2)");
    if (!type)
        return type.error();
    for (const ContentTypeDef &t : m_cast.contentTypes) {
        type->bind(1, t.id).bind(2, t.name);
        if (Status s = type->exec(); !s)
            return s;
    }

    auto campaignInsert = m_db.prepare("INSERT INTO campaign(id, name, start_day, end_day, budget_cents, currency, "
                                       "objective) VALUES (?1, ?2, ?3, ?4, ?5, 'EUR', ?6)");
    auto audience = m_db.prepare(
        "INSERT INTO campaign_audience(campaign_id, dimension, value, share) VALUES (?1, ?2, ?3, ?4)");
    if (!campaignInsert)
        return campaignInsert.error();
    if (!audience)
        return audience.error();
    for (const CampaignDef &c : m_cast.campaigns) {
        campaignInsert->bind(1, c.id).bind(2, c.name).bind(3, c.start).bind(4, c.end).bind(5, c.budgetCents);
        campaignInsert->bind(6, c.objective);
        if (Status s = campaignInsert->exec(); !s)
            return s;
        // Every campaign targets a health-minded adult audience in the Benelux, Germany
        // and the UK; the advocacy campaign leans towards working professionals.
        std::vector<std::pair<const char *, std::vector<std::pair<const char *, double>>>> target = {
            {"age", {{"18-24", 0.15}, {"25-34", 0.40}, {"35-44", 0.30}, {"45-54", 0.15}}},
            {"gender", {{"female", 0.72}, {"male", 0.26}, {"other", 0.02}}},
            {"country", {{"NL", 0.45}, {"DE", 0.25}, {"BE", 0.15}, {"GB", 0.15}}},
            {"interest", {{"yoga", 0.40}, {"fitness", 0.25}, {"wellness", 0.20}, {"meditation", 0.15}}},
        };
        if (c.advocacy)
            target[3].second = {{"wellness", 0.35}, {"yoga", 0.25}, {"business", 0.40}};
        if (c.id == 7) // the Pro Mat launch speaks to practitioners
            target[3].second = {{"yoga", 0.60}, {"fitness", 0.20}, {"wellness", 0.20}};
        for (const auto &[dimension, values] : target) {
            for (const auto &[value, share] : values) {
                audience->bind(1, c.id).bind(2, QString::fromLatin1(dimension)).bind(3, QString::fromLatin1(value));
                audience->bind(4, share);
                if (Status s = audience->exec(); !s)
                    return s;
            }
        }
    }

    auto fx = m_db.prepare("INSERT INTO fx_rate(currency, rate_to_base) VALUES (?1, ?2)");
    if (!fx)
        return fx.error();
    for (const auto &[currency, rate] : {std::pair{"EUR", 1.0}, std::pair{"USD", 0.92}, std::pair{"GBP", 1.17}}) {
        fx->bind(1, QString::fromLatin1(currency)).bind(2, rate);
        if (Status s = fx->exec(); !s)
            return s;
    }

    // Two versions of the EMV rate card: the 2025 card raises every rate by 6 % and
    // values YouTube views higher, so EMV figures can show which card they used.
    auto card = m_db.prepare(
        "INSERT INTO emv_rate_card(id, version, name, valid_from, created_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto rate = m_db.prepare("INSERT INTO emv_rate(card_id, channel_id, metric, rate) VALUES (?1, ?2, ?3, ?4)");
    if (!card)
        return card.error();
    if (!rate)
        return rate.error();
    struct Rate
    {
        int channel;
        const char *metric;
        double value;
    };
    const std::vector<Rate> rates = {{0, "impressions", 0.005}, {0, "reach", 0.004},   {0, "views", 0.02},
                                     {0, "likes", 0.08},        {0, "comments", 0.45}, {0, "shares", 0.75},
                                     {0, "saves", 0.55},        {0, "clicks", 0.85},   {4, "impressions", 0.012},
                                     {4, "clicks", 1.50},       {2, "views", 0.012}};
    for (int version = 1; version <= 2; ++version) {
        card->bind(1, version).bind(2, version);
        card->bind(3, version == 1 ? QStringLiteral("Lumen EMV 2024") : QStringLiteral("Lumen EMV 2025"));
        card->bind(4, version == 1 ? kFirstDay : kFirstDay + 366);
        card->bind(5, version == 1 ? QStringLiteral("2024-01-02T09:00:00+01:00")
                                   : QStringLiteral("2025-01-06T09:00:00+01:00"));
        card->bind(6, version == 1 ? QStringLiteral("industry benchmark rates, EUR per count")
                                   : QStringLiteral("2025 update: +6 % across the board, YouTube views revalued"));
        if (Status s = card->exec(); !s)
            return s;
        std::vector<Rate> cardRates = rates;
        if (version == 2)
            cardRates.push_back({3, "views", 0.03});
        for (const Rate &r : cardRates) {
            const double value = version == 2 && r.channel != 3 ? r.value * 1.06 : r.value;
            rate->bind(1, version).bind(2, r.channel).bind(3, QString::fromLatin1(r.metric));
            rate->bind(4, std::round(value * 100000.0) / 100000.0);
            if (Status s = rate->exec(); !s)
                return s;
        }
    }
    return success();
}

Status DemoBuilder::writePeople()
{
    auto insert = m_db.prepare("INSERT INTO person(id, handle, display_name, kind, channel_id, followers, department, "
                               "location, hourly_rate_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto share = m_db.prepare(
        "INSERT INTO audience_share(person_id, dimension, value, share) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    if (!share)
        return share.error();
    for (const PersonDef &p : m_cast.people) {
        insert->bind(1, p.id).bind(2, p.handle).bind(3, p.displayName);
        insert->bind(4, p.employee ? QStringLiteral("employee") : QStringLiteral("influencer"));
        insert->bind(5, p.channel).bind(6, p.followers);
        insert->bind(7, p.department.isEmpty() ? QString() : p.department).bind(8, p.location);
        if (p.employee)
            insert->bind(9, p.hourlyRateCents);
        else
            insert->bindNull(9);
        if (Status s = insert->exec(); !s)
            return s;
        for (const ShareDef &a : p.audience) {
            share->bind(1, p.id).bind(2, a.dimension).bind(3, a.value).bind(4, a.share);
            if (Status s = share->exec(); !s)
                return s;
        }
    }
    return success();
}

void DemoBuilder::planContent()
{
    Random random = m_root.fork(PlanStream);
    const int advocacy = advocacyCampaignId(m_cast);
    // Posting follows the season too (brands plan more content for January and spring).
    // Days are drawn by stratified sampling of the season-weighted calendar, so each
    // person's posts spread evenly and no month is empty or crowded by chance.
    std::vector<double> cumulative;
    double running = 0.0;
    for (double s : m_season) {
        running += s;
        cumulative.push_back(running);
    }
    for (const PersonDef &p : m_cast.people) {
        const int posts = p.posts * m_scale;
        for (int i = 0; i < posts; ++i) {
            Content c;
            c.person = p.id;
            const double u = (i + random.uniform()) / posts * running;
            const auto at = std::lower_bound(cumulative.begin(), cumulative.end(), u);
            c.day = kFirstDay + static_cast<EpochDay>(std::min<std::ptrdiff_t>(at - cumulative.begin(), kDays - 1));
            const bool primary = !p.contentTypes.empty() || random.chance(0.8);
            c.channel = primary ? p.channel : p.secondChannel;
            const std::vector<int> &types = p.contentTypes.empty() ? typesOfChannel(c.channel) : p.contentTypes;
            c.type = types[static_cast<size_t>(random.uniformInt(0, static_cast<int>(types.size()) - 1))];
            c.hour = weightedIndex(random, kHourWeights.data(), static_cast<int>(kHourWeights.size()));
            c.minute = random.uniformInt(0, 59);
            c.campaign = p.employee ? advocacy : influencerCampaignOn(m_cast, c.day);
            m_content.push_back(c);
        }
    }
    // Ids follow publishing time, as they would after importing platform exports.
    std::sort(m_content.begin(), m_content.end(), [](const Content &a, const Content &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.hour != b.hour)
            return a.hour < b.hour;
        if (a.minute != b.minute)
            return a.minute < b.minute;
        return a.person < b.person;
    });
    for (size_t i = 0; i < m_content.size(); ++i)
        m_content[i].id = static_cast<int>(i) + 1;
}

Status DemoBuilder::writeContentAndMetrics()
{
    planContent();
    auto item = m_db.prepare("INSERT INTO content_item(id, external_id, person_id, campaign_id, channel_id, "
                             "content_type_id, published_at, published_day, published_hour, url, utm_source, "
                             "utm_medium, utm_campaign, utm_content, discount_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                             "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    auto metric = m_db.prepare("INSERT INTO metric_daily VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                               "?13, ?14, ?15)");
    if (!item)
        return item.error();
    if (!metric)
        return metric.error();

    Random random = m_root.fork(MetricStream);
    // Fractional orders carried per person: orders follow expected conversions closely,
    // which keeps the planted per-person truths stable for every seed.
    std::vector<double> carry(m_cast.people.size() + 1, 0.5);
    const qint64 total = static_cast<qint64>(m_content.size());
    for (size_t index = 0; index < m_content.size(); ++index) {
        const Content &c = m_content[index];
        if (index % 64 == 0) {
            if (m_progress.isCancelled())
                return Error::cancelled();
            m_progress.progress(static_cast<qint64>(index), total);
        }
        const PersonDef &p = person(c.person);
        const ChannelDef &ch = channelById(m_cast, c.channel);
        const ContentTypeDef &type = m_cast.contentTypes[static_cast<size_t>(c.type - 1)];
        const CampaignDef &camp = campaign(c.campaign);

        const QString external = externalId(c);
        const QString utmSource = ch.slug;
        const QString utmMedium = p.employee ? QStringLiteral("advocacy") : QStringLiteral("influencer");
        const QString utmContent = external;
        const QString url = QStringLiteral("https://lumen.example/shop?utm_source=%1&utm_medium=%2&utm_campaign=%3"
                                           "&utm_content=%4")
                                .arg(utmSource, utmMedium, camp.slug, utmContent);
        item->bind(1, c.id).bind(2, external).bind(3, c.person).bind(4, c.campaign).bind(5, c.channel);
        item->bind(6, c.type).bind(7, localTimestamp(c.day, c.hour * 3600 + c.minute * 60)).bind(8, c.day);
        item->bind(9, c.hour).bind(10, url).bind(11, utmSource).bind(12, utmMedium).bind(13, camp.slug);
        item->bind(14, utmContent).bind(15, p.code.isEmpty() ? QString() : p.code);
        if (Status s = item->exec(); !s)
            return s;

        const double followers =
            static_cast<double>(p.followers) * (c.channel == p.channel ? 1.0 : kSecondChannelFollowers);
        const double impressionsTotal = followers * ch.reach * p.reachFactor * random.logNormal(0.0, 0.3);
        const double slot = slotFactor(dayOfWeek(c.day), c.hour);
        const double engagement = ch.engagement * p.engagementFactor * type.engagement * slot;
        const double ctr = ch.ctr * p.ctrFactor * slot;
        const double conversion = p.conversion * type.conversion;
        const double norm = (1.0 - ch.decay) / (1.0 - std::pow(ch.decay, ch.window));
        double dayShare = norm;
        for (int k = 0; k < ch.window; ++k, dayShare *= ch.decay) {
            const EpochDay d = c.day + k;
            if (d > kLastDay)
                break;
            const double s = season(d);
            const qint64 impressions = random.poisson(impressionsTotal * dayShare);
            const double imp = static_cast<double>(impressions);
            const qint64 reach = static_cast<qint64>(imp * random.uniform(0.62, 0.80));
            const qint64 views = type.video ? random.poisson(imp * 0.42) : 0;
            const double eng = imp * engagement * s;
            const qint64 likes = random.poisson(eng * 0.78);
            const qint64 comments = random.poisson(eng * 0.07);
            const qint64 shares = random.poisson(eng * 0.06);
            const qint64 saves = random.poisson(eng * 0.09);
            const qint64 clicks = random.poisson(imp * ctr * s);
            const qint64 leads = random.poisson(static_cast<double>(clicks) * p.leadRate);
            const qint64 followerGrowth = random.poisson(imp * 0.0006);
            const qint64 positive = likes + shares + random.poisson(static_cast<double>(comments) * 0.8);
            const qint64 negative = random.poisson(static_cast<double>(comments) * 0.05);
            double &owed = carry[static_cast<size_t>(c.person)];
            owed += static_cast<double>(clicks) * conversion;
            const qint64 conversions = static_cast<qint64>(std::floor(owed));
            owed -= static_cast<double>(conversions);

            metric->bind(1, c.id).bind(2, d).bind(3, impressions).bind(4, reach).bind(5, views).bind(6, likes);
            metric->bind(7, comments).bind(8, shares).bind(9, saves).bind(10, clicks).bind(11, leads);
            metric->bind(12, followerGrowth).bind(13, positive).bind(14, negative).bind(15, conversions);
            if (Status st = metric->exec(); !st)
                return st;

            auto &totals = m_campaignDaily[static_cast<size_t>(c.campaign - 1) * kDays + static_cast<size_t>(d - kFirstDay)];
            totals[Impressions] += imp;
            totals[Engagements] += static_cast<double>(likes + comments + shares + saves);
            totals[Conversions] += static_cast<double>(conversions);
            totals[Leads] += static_cast<double>(leads);
            if (conversions > 0)
                addAttributedOrders(c, d, conversions);
        }
    }
    m_progress.progress(total, total);
    return success();
}

int DemoBuilder::addCustomer(int personId, EpochDay day, double repeatMean)
{
    m_customers.push_back({personId, day, repeatMean});
    return static_cast<int>(m_customers.size());
}

qint64 DemoBuilder::basketCents(Random &random, double aovFactor, bool discounted)
{
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (const Product &p : kProducts)
            w.push_back(p.weight);
        return w;
    }();
    int items = 1;
    if (random.chance(0.45))
        ++items;
    if (random.chance(0.15))
        ++items;
    qint64 cents = 0;
    for (int i = 0; i < items; ++i)
        cents += kProducts[static_cast<size_t>(weightedIndex(random, weights.data(), static_cast<int>(weights.size())))]
                     .cents;
    double amount = static_cast<double>(cents) * aovFactor;
    if (discounted)
        amount *= 0.85;
    return static_cast<qint64>(std::llround(amount));
}

int DemoBuilder::orderSecond(Random &random, const Content *content, EpochDay day)
{
    int earliest = 6 * 3600;
    if (content && content->day == day)
        earliest = std::min(content->hour * 3600 + content->minute * 60 + 300, 86399);
    return random.uniformInt(std::max(earliest, 0), std::max(earliest, 86399));
}

void DemoBuilder::addAttributedOrders(const Content &content, EpochDay day, qint64 count)
{
    const PersonDef &p = person(content.person);
    for (qint64 i = 0; i < count; ++i) {
        Order o;
        o.day = day;
        o.second = orderSecond(m_orderRandom, &content, day);
        o.customer = addCustomer(p.id, day, p.repeatMean);
        // Creators' codes are used more often than their links; advocates have links only.
        o.source = !p.code.isEmpty() && m_orderRandom.chance(0.6) ? Source::Code : Source::Utm;
        o.revenueCents = basketCents(m_orderRandom, p.aovFactor, o.source == Source::Code);
        o.person = p.id;
        o.content = content.id;
        o.sequence = static_cast<int>(m_orders.size());
        m_orders.push_back(o);
        m_campaignDaily[static_cast<size_t>(content.campaign - 1) * kDays + static_cast<size_t>(day - kFirstDay)]
                       [Revenue] += static_cast<double>(o.revenueCents) / 100.0;
    }
}

void DemoBuilder::addBoostOrders()
{
    Random random = m_root.fork(BoostStream + 100);
    for (int channel : {1, 2, 5}) {
        const std::vector<double> &spend = boostSpend(channel);
        double adstock = 0.0;
        for (size_t w = 0; w < spend.size(); ++w) {
            const EpochDay monday = kFirstDay + 7 * static_cast<EpochDay>(w);
            double expected = 0.0;
            if (channel == kSaturatingChannel) {
                adstock = spend[w] + kAdstockDecay * adstock;
                const double a = std::pow(adstock, kHillShape);
                expected = kHillMaxPerScale * m_scale * a / (std::pow(kHalfSaturation, kHillShape) + a);
            } else {
                expected = spend[w] * m_scale / (channel == 2 ? kTikTokEurosPerOrder : kFacebookEurosPerOrder);
            }
            const qint64 count = random.poisson(expected);
            const int lastOffset = std::min(6, kLastDay - monday);
            for (qint64 i = 0; i < count; ++i) {
                Order o;
                o.day = monday + random.uniformInt(0, lastOffset);
                o.second = orderSecond(random, nullptr, o.day);
                o.customer = addCustomer(0, o.day, kOrganicRepeatMean);
                o.source = Source::Boost;
                o.revenueCents = basketCents(random, 1.0, false);
                o.channel = channel;
                o.campaign = influencerCampaignOn(m_cast, monday);
                o.sequence = static_cast<int>(m_orders.size());
                m_orders.push_back(o);
            }
        }
    }
}

void DemoBuilder::addOrganicOrders()
{
    Random random = m_root.fork(OrderStream + 100);
    for (EpochDay d = kFirstDay; d <= kLastDay; ++d) {
        const qint64 count = random.poisson(kOrganicOrdersPerDay * m_scale * season(d));
        for (qint64 i = 0; i < count; ++i) {
            Order o;
            o.day = d;
            o.second = orderSecond(random, nullptr, d);
            o.customer = addCustomer(0, d, kOrganicRepeatMean);
            o.source = Source::Organic;
            o.revenueCents = basketCents(random, 1.0, false);
            o.sequence = static_cast<int>(m_orders.size());
            m_orders.push_back(o);
        }
    }
}

void DemoBuilder::addRepeatOrders()
{
    Random random = m_root.fork(OrderStream + 200);
    const size_t customers = m_customers.size();
    for (size_t i = 0; i < customers; ++i) {
        const Customer customer = m_customers[i];
        const int repeats = random.geometric(customer.repeatMean);
        EpochDay d = customer.firstDay;
        for (int r = 0; r < repeats; ++r) {
            d += 14 + static_cast<EpochDay>(std::llround(random.exponential(45.0)));
            if (d > kLastDay)
                break;
            Order o;
            o.day = d;
            o.second = orderSecond(random, nullptr, d);
            o.customer = static_cast<int>(i) + 1;
            o.source = Source::Repeat;
            o.revenueCents = basketCents(random, customer.acquiredBy ? person(customer.acquiredBy).aovFactor : 1.0, false);
            o.sequence = static_cast<int>(m_orders.size());
            m_orders.push_back(o);
        }
    }
}

Status DemoBuilder::writeOrders()
{
    std::sort(m_orders.begin(), m_orders.end(), [](const Order &a, const Order &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.second != b.second)
            return a.second < b.second;
        return a.sequence < b.sequence;
    });
    auto insert = m_db.prepare("INSERT INTO customer_order(id, order_ref, day, ordered_at, customer_ref, "
                               "revenue_cents, currency, discount_code, utm_source, utm_medium, utm_campaign, "
                               "utm_content, referrer, person_id, content_id, attribution) VALUES (?1, ?2, ?3, ?4, "
                               "?5, ?6, 'EUR', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert)
        return insert.error();
    Random random = m_root.fork(OrderStream + 300);
    for (size_t i = 0; i < m_orders.size(); ++i) {
        const Order &o = m_orders[i];
        const qint64 id = static_cast<qint64>(i) + 1;
        insert->bind(1, id).bind(2, QStringLiteral("LU") + padded(id, 7)).bind(3, o.day);
        insert->bind(4, localTimestamp(o.day, o.second)).bind(5, QStringLiteral("CU") + padded(o.customer, 6));
        insert->bind(6, o.revenueCents);
        const Content *content = o.content ? &m_content[static_cast<size_t>(o.content - 1)] : nullptr;
        switch (o.source) {
        case Source::Code:
            insert->bind(7, person(o.person).code);
            insert->bind(13, o.person).bind(14, o.content).bind(15, std::string_view("code"));
            break;
        case Source::Utm:
            insert->bind(8, channelById(m_cast, content->channel).slug);
            insert->bind(9, person(o.person).employee ? QStringLiteral("advocacy") : QStringLiteral("influencer"));
            insert->bind(10, campaign(content->campaign).slug).bind(11, externalId(*content));
            insert->bind(12, referrerOf(content->channel));
            insert->bind(13, o.person).bind(14, o.content).bind(15, std::string_view("utm"));
            break;
        case Source::Boost:
            insert->bind(8, channelById(m_cast, o.channel).slug).bind(9, QStringLiteral("paid_social"));
            insert->bind(10, QStringLiteral("boost-") + campaign(o.campaign).slug);
            insert->bind(12, referrerOf(o.channel)).bind(15, std::string_view("utm"));
            break;
        case Source::Organic:
            if (random.chance(0.5))
                insert->bind(12, QStringLiteral("google.com"));
            insert->bind(15, std::string_view("none"));
            break;
        case Source::Repeat:
            insert->bind(15, std::string_view("none"));
            break;
        }
        if (Status s = insert->exec(); !s)
            return s;
    }
    return success();
}

} // namespace iroi::demo

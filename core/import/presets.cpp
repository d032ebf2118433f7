#include "core/import/presets.h"

#include "core/import/audiencecolumns.h"

namespace iroi::import {

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QLatin1String(n);
    return out;
}

MediaColumn media(MediaColumn::Measure measure, const char *channelOrMetric)
{
    MediaColumn c;
    c.measure = measure;
    if (measure == MediaColumn::Measure::Outcome)
        c.metric = QLatin1String(channelOrMetric);
    else
        c.channel = QLatin1String(channelOrMetric);
    return c;
}

std::vector<Preset> makePresets()
{
    using M = MediaColumn::Measure;
    std::vector<Preset> list;

    // Specific layouts first: matchPreset() takes the first whose signature fits.
    Preset shopify;
    shopify.name = QStringLiteral("shopify-orders");
    shopify.title = QStringLiteral("Shopify orders export");
    shopify.kind = RecordKind::Orders;
    shopify.signature = {names({"name"}), names({"financial status"}), names({"total"}), names({"created at"}),
                         names({"lineitem quantity", "lineitem name"})};
    shopify.fields = {{Field::OrderRef, names({"Name"})},
                      {Field::Revenue, names({"Total"})},
                      {Field::Date, names({"Created at"})},
                      {Field::DiscountCode, names({"Discount Code"})},
                      {Field::Currency, names({"Currency"})},
                      {Field::CustomerRef, names({"Email", "Billing Name"})},
                      {Field::Referrer, names({"Referring Site", "Landing Site"})}};
    list.push_back(shopify);

    Preset ga4;
    ga4.name = QStringLiteral("ga4-utm");
    ga4.title = QStringLiteral("Google Analytics 4 purchases with UTM fields");
    ga4.kind = RecordKind::Orders;
    ga4.signature = {names({"transaction id"}), names({"session campaign", "session source", "first user campaign",
                                                        "utm campaign", "session source medium"})};
    ga4.fields = {{Field::OrderRef, names({"transaction id"})},
                  {Field::Revenue, names({"purchase revenue", "total revenue", "revenue", "item revenue"})},
                  {Field::Date, names({"date"})},
                  {Field::UtmSource, names({"session source", "first user source", "utm source"})},
                  {Field::UtmMedium, names({"session medium", "first user medium", "utm medium"})},
                  {Field::UtmCampaign, names({"session campaign", "first user campaign", "utm campaign"})},
                  {Field::UtmContent, names({"session manual ad content", "first user manual ad content", "utm content"})},
                  {Field::Referrer, names({"page referrer"})}};
    list.push_back(ga4);

    Preset cdnow;
    cdnow.name = QStringLiteral("clv-transactions");
    cdnow.title = QStringLiteral("Customer transactions (customer id, date, spent), as used for CLV");
    cdnow.kind = RecordKind::Orders;
    cdnow.signature = {names({"date"}), names({"spent"}), names({"cds bought", "quantity", "items bought"})};
    cdnow.fields = {{Field::CustomerRef, names({"id", "customer id"})},
                    {Field::Revenue, names({"spent"})},
                    {Field::Date, names({"date"})}};
    cdnow.idPrefix = QStringLiteral("txn:");
    list.push_back(cdnow);

    Preset google;
    google.name = QStringLiteral("google-ads");
    google.title = QStringLiteral("Google Ads campaign report");
    google.kind = RecordKind::ContentMetrics;
    google.signature = {names({"campaign"}), names({"impr"}), names({"cost"}), names({"campaign type", "campaign status"})};
    google.fields = {{Field::Campaign, names({"campaign"})},
                     {Field::Impressions, names({"impr"})},
                     {Field::Clicks, names({"clicks"})},
                     {Field::Conversions, names({"conversions"})},
                     {Field::Cost, names({"cost"})},
                     {Field::Currency, names({"currency code"})},
                     {Field::Date, names({"day", "date", "week", "month"})},
                     {Field::ContentType, names({"campaign type"})}};
    google.defaultChannel = QStringLiteral("Google Ads");
    google.defaultCostCategory = QStringLiteral("paid_boost");
    google.idPrefix = QStringLiteral("google-ads:");
    list.push_back(google);

    Preset kag;
    kag.name = QStringLiteral("facebook-ads-ad-level");
    kag.title = QStringLiteral("Facebook ads, one row per ad (ad id, campaign id, spent, conversions)");
    kag.kind = RecordKind::ContentMetrics;
    kag.signature = {names({"ad id"}), names({"spent"}), names({"impressions"}), names({"total conversion"})};
    kag.fields = {{Field::PostId, names({"ad id"})},
                  {Field::Campaign, names({"xyz campaign id", "campaign id", "fb campaign id"})},
                  {Field::Impressions, names({"impressions"})},
                  {Field::Clicks, names({"clicks"})},
                  {Field::Cost, names({"spent"})},
                  {Field::Conversions, names({"total conversion"})},
                  {Field::Date, names({"date", "reporting starts", "day"})}};
    kag.defaultChannel = QStringLiteral("Facebook");
    kag.defaultCostCategory = QStringLiteral("paid_boost");
    kag.idPrefix = QStringLiteral("fb-ad:");
    list.push_back(kag);

    Preset meta;
    meta.name = QStringLiteral("meta-ads");
    meta.title = QStringLiteral("Meta Ads Manager daily export (account level)");
    meta.kind = RecordKind::MediaMix;
    meta.signature = {names({"day", "reporting starts"}), names({"amount spent", "amount spent eur", "amount spent usd"}),
                      names({"impressions"})};
    meta.fields = {{Field::Date, names({"day", "reporting starts"})}};
    meta.media = {{QStringLiteral("amount spent"), media(M::Spend, "Meta Ads")},
                  {QStringLiteral("amount spent eur"), media(M::Spend, "Meta Ads")},
                  {QStringLiteral("amount spent usd"), media(M::Spend, "Meta Ads")},
                  {QStringLiteral("impressions"), media(M::Impressions, "Meta Ads")},
                  {QStringLiteral("link clicks"), media(M::Clicks, "Meta Ads")},
                  {QStringLiteral("messaging conversations started"), media(M::Outcome, "meta_messaging_conversations")},
                  {QStringLiteral("checkouts initiated"), media(M::Outcome, "meta_checkouts_initiated")},
                  {QStringLiteral("purchases"), media(M::Outcome, "meta_purchases")},
                  {QStringLiteral("leads"), media(M::Outcome, "meta_leads")}};
    meta.aggregateByDay = true;
    list.push_back(meta);

    Preset linkedinAdvocacy;
    linkedinAdvocacy.name = QStringLiteral("linkedin-advocacy");
    linkedinAdvocacy.title = QStringLiteral("LinkedIn employee advocacy export");
    linkedinAdvocacy.kind = RecordKind::ContentMetrics;
    linkedinAdvocacy.signature = {names({"employee", "medewerker", "advocate", "employee name"}),
                                  names({"post url", "post link", "post id", "share url"}),
                                  names({"impressions", "clicks", "reactions", "engagements"})};
    linkedinAdvocacy.fields = {{Field::Person, names({"employee", "medewerker", "advocate", "employee name"})},
                               {Field::PostId, names({"post id", "post url", "post link", "share url"})},
                               {Field::Url, names({"post url", "post link", "share url"})},
                               {Field::Likes, names({"reactions", "likes"})},
                               {Field::Shares, names({"reshares", "reposts", "shares"})},
                               {Field::Date, names({"date", "shared on", "share date", "datum"})}};
    linkedinAdvocacy.defaultChannel = QStringLiteral("LinkedIn");
    linkedinAdvocacy.defaultPersonKind = QStringLiteral("employee");
    linkedinAdvocacy.idPrefix = QStringLiteral("linkedin:");
    list.push_back(linkedinAdvocacy);

    Preset linkedinPage;
    linkedinPage.name = QStringLiteral("linkedin-page");
    linkedinPage.title = QStringLiteral("LinkedIn page content export");
    linkedinPage.kind = RecordKind::ContentMetrics;
    linkedinPage.signature = {names({"update link", "update title"}), names({"impressions"})};
    linkedinPage.fields = {{Field::PostId, names({"update link", "update title"})},
                           {Field::Url, names({"update link"})},
                           {Field::Date, names({"created date", "date"})},
                           {Field::Person, names({"posted by"})},
                           {Field::Campaign, names({"campaign name"})},
                           {Field::ContentType, names({"content type", "update type"})},
                           {Field::Shares, names({"reposts", "shares"})},
                           {Field::Likes, names({"reactions", "likes"})},
                           {Field::FollowerGrowth, names({"follows"})}};
    linkedinPage.defaultChannel = QStringLiteral("LinkedIn");
    linkedinPage.defaultPersonKind = QStringLiteral("employee");
    linkedinPage.idPrefix = QStringLiteral("linkedin:");
    list.push_back(linkedinPage);

    Preset tiktok;
    tiktok.name = QStringLiteral("tiktok-insights");
    tiktok.title = QStringLiteral("TikTok content insights");
    tiktok.kind = RecordKind::ContentMetrics;
    tiktok.signature = {names({"video link", "video id", "video title"}),
                        names({"total views", "video views", "views", "total likes"})};
    tiktok.fields = {{Field::PostId, names({"video id", "video link", "video title"})},
                     {Field::Url, names({"video link"})},
                     {Field::Date, names({"date", "post time", "posted on"})},
                     {Field::PublishedAt, names({"post time", "posted on"})},
                     {Field::Views, names({"total views", "video views", "views"})},
                     {Field::Likes, names({"total likes", "likes"})},
                     {Field::Comments, names({"total comments", "comments"})},
                     {Field::Shares, names({"total shares", "shares"})},
                     {Field::Saves, names({"total saves", "add to favorites", "saves"})},
                     {Field::Reach, names({"reached audience", "reach"})},
                     {Field::Person, names({"creator", "account", "username"})}};
    tiktok.defaultChannel = QStringLiteral("TikTok");
    tiktok.defaultPersonKind = QStringLiteral("influencer");
    tiktok.idPrefix = QStringLiteral("tiktok:");
    list.push_back(tiktok);

    Preset instagram;
    instagram.name = QStringLiteral("instagram-insights");
    instagram.title = QStringLiteral("Instagram post insights (Meta Business Suite)");
    instagram.kind = RecordKind::ContentMetrics;
    instagram.signature = {names({"post id"}), names({"permalink"}), names({"publish time", "date"})};
    instagram.fields = {{Field::PostId, names({"post id"})},
                        {Field::Url, names({"permalink"})},
                        {Field::Person, names({"account username", "account name"})},
                        {Field::DisplayName, names({"account name"})},
                        {Field::Date, names({"date", "publish time"})},
                        {Field::PublishedAt, names({"publish time"})},
                        {Field::ContentType, names({"post type"})},
                        {Field::Views, names({"plays", "views"})},
                        {Field::FollowerGrowth, names({"follows"})}};
    instagram.defaultChannel = QStringLiteral("Instagram");
    instagram.defaultPersonKind = QStringLiteral("influencer");
    instagram.idPrefix = QStringLiteral("instagram:");
    list.push_back(instagram);

    Preset influencers;
    influencers.name = QStringLiteral("instagram-influencers");
    influencers.title = QStringLiteral("Influencer list (handle, followers, country)");
    influencers.kind = RecordKind::People;
    influencers.signature = {names({"channel info", "handle", "username", "influencer"}), names({"followers"})};
    influencers.fields = {{Field::Person, names({"channel info", "handle", "username", "influencer"})},
                          {Field::Followers, names({"followers"})},
                          {Field::Location, names({"country", "location"})}};
    influencers.defaultChannel = QStringLiteral("Instagram");
    influencers.defaultPersonKind = QStringLiteral("influencer");
    list.push_back(influencers);

    Preset posts;
    posts.name = QStringLiteral("post-metrics");
    posts.title = QStringLiteral("Generic post metrics sheet");
    posts.kind = RecordKind::ContentMetrics;
    posts.signature = {names({"post id", "content id"}), names({"date", "datum", "day"}),
                       names({"impressions", "reach", "views", "likes", "vertoningen", "bereik"})};
    posts.defaultPersonKind = QStringLiteral("influencer");
    posts.defaultCostCategory = QStringLiteral("fee");
    list.push_back(posts);

    Preset costs;
    costs.name = QStringLiteral("cost-sheet");
    costs.title = QStringLiteral("Generic cost sheet");
    costs.kind = RecordKind::Costs;
    costs.signature = {names({"date", "datum"}), names({"category", "categorie", "cost type", "kostensoort"}),
                       names({"amount", "bedrag", "cost", "kosten", "amount spent", "uitgaven", "spend"})};
    costs.defaultCostCategory = QStringLiteral("fee");
    list.push_back(costs);

    Preset mediaMix;
    mediaMix.name = QStringLiteral("media-mix");
    mediaMix.title = QStringLiteral("Media-mix sheet (per-channel spend and impressions per period, outcomes)");
    mediaMix.kind = RecordKind::MediaMix;
    list.push_back(mediaMix); // no signature: chosen by kind detection or by name

    return list;
}

int findColumn(const QStringList &header, const QStringList &normalized, const QStringList &wanted)
{
    for (const QString &w : wanted) {
        const int raw = static_cast<int>(header.indexOf(w));
        if (raw >= 0)
            return raw;
    }
    for (const QString &w : wanted) {
        const int n = static_cast<int>(normalized.indexOf(normalizeHeader(w)));
        if (n >= 0)
            return n;
    }
    return -1;
}

} // namespace

const std::vector<Preset> &presets()
{
    static const std::vector<Preset> list = makePresets();
    return list;
}

const Preset *findPreset(const QString &name)
{
    for (const Preset &p : presets())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

const Preset *matchPreset(const QStringList &header)
{
    QStringList normalized;
    for (const QString &h : header)
        normalized << normalizeHeader(h);
    for (const Preset &p : presets()) {
        if (p.signature.empty())
            continue;
        bool all = true;
        for (const QStringList &group : p.signature) {
            bool any = false;
            for (const QString &n : group)
                any = any || normalized.contains(n);
            if (!any) {
                all = false;
                break;
            }
        }
        if (all)
            return &p;
    }
    return nullptr;
}

Mapping mappingFromPreset(const Preset &preset, const QStringList &header, const std::vector<QStringList> &sample)
{
    QStringList normalized;
    for (const QString &h : header)
        normalized << normalizeHeader(h);
    Mapping m = detectMapping(header, sample, preset.kind);
    m.preset = preset.name;
    for (const auto &[field, wanted] : preset.fields) {
        const int col = findColumn(header, normalized, wanted);
        if (col < 0 || !detail::findAudienceColumns(QStringList{header.at(col)}).empty()) // a segment, not a field
            continue;
        // A column feeds one field: take it away from whatever detection gave it to.
        for (int f = 0; f < kFieldCount; ++f)
            if (m.columns[f] == col)
                m.set(static_cast<Field>(f), -1, 0);
        m.set(field, col, 1.0);
    }
    if (!preset.media.empty()) {
        m.media.clear();
        for (const auto &[name, templ] : preset.media) {
            const int col = static_cast<int>(normalized.indexOf(name));
            if (col < 0)
                continue;
            MediaColumn c = templ;
            c.column = col;
            m.media.push_back(c);
        }
    }
    m.defaultChannel = preset.defaultChannel;
    m.defaultPersonKind = preset.defaultPersonKind;
    m.defaultCostCategory = preset.defaultCostCategory;
    m.idPrefix = preset.idPrefix;
    m.aggregateByDay = preset.aggregateByDay;
    return m;
}

} // namespace iroi::import

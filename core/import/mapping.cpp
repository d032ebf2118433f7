#include "core/import/mapping.h"

#include "core/import/audiencecolumns.h"
#include "core/import/fieldvalue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace iroi::import {

namespace {

struct KindInfo
{
    RecordKind kind;
    const char *name;
};
constexpr KindInfo kKinds[] = {
    {RecordKind::ContentMetrics, "content"}, {RecordKind::Orders, "orders"},
    {RecordKind::Costs, "costs"},           {RecordKind::People, "people"},
    {RecordKind::BrandMentions, "mentions"}, {RecordKind::Goals, "goals"},
    {RecordKind::MediaMix, "media_mix"},
};

constexpr const char *kFieldNames[kFieldCount] = {
    "date",          "campaign",      "person",        "person_type",   "display_name",  "channel",
    "content_type",  "post_id",       "published_at",  "url",           "utm_source",    "utm_medium",
    "utm_campaign",  "utm_content",   "discount_code", "impressions",   "reach",         "views",
    "likes",         "comments",      "shares",        "saves",         "clicks",        "leads",
    "follower_growth", "positive_reactions", "negative_reactions", "conversions", "revenue", "cost",
    "currency",      "order_ref",     "customer_ref",  "referrer",      "cost_ref",      "category",
    "hours",         "note",          "followers",     "department",    "location",      "hourly_rate",
    "brand",         "topic",         "mentions",      "metric",        "target",        "baseline",
    "start_date",    "deadline",      "description"};

// Normalised header names (see normalizeHeader) per field, English and Dutch. An exact
// match is confident; a header that merely contains one of these is a weaker hint.
struct Synonyms
{
    Field field;
    std::initializer_list<const char *> names;
};
const Synonyms kSynonyms[] = {
    {Field::Date, {"date", "datum", "day", "dag", "reporting starts", "reporting start", "time", "date week", "week",
                   "week start", "period", "periode", "created at", "order date", "besteldatum", "posted date",
                   "post date", "publish date"}},
    {Field::Campaign, {"campaign", "campagne", "campaign name", "campagnenaam", "xyz campaign id", "utm campaign name"}},
    {Field::Person, {"creator", "influencer", "employee", "handle", "medewerker", "person", "persoon", "advocate",
                     "ambassador", "ambassadeur", "username", "user name", "account", "author", "auteur", "name",
                     "naam", "channel info", "creator handle", "influencer handle"}},
    {Field::PersonType, {"person type", "type person", "persoon type", "soort", "role", "rol", "person kind"}},
    {Field::DisplayName, {"display name", "full name", "volledige naam", "weergavenaam"}},
    {Field::Channel, {"channel", "kanaal", "platform", "network", "netwerk", "source platform"}},
    {Field::ContentType, {"content type", "type content", "post type", "format", "media type", "contenttype",
                          "soort content", "inhoudstype"}},
    {Field::PostId, {"post id", "content id", "post", "media id", "video id", "ad id", "ad name", "update id",
                     "post url id", "external id", "bericht id"}},
    {Field::PublishedAt, {"published at", "publish time", "posted at", "created time", "publicatiedatum",
                          "gepubliceerd", "post time", "published"}},
    {Field::Url, {"url", "link", "post url", "permalink", "post link", "content url"}},
    {Field::UtmSource, {"utm source", "session source", "first user source", "source"}},
    {Field::UtmMedium, {"utm medium", "session medium", "medium"}},
    {Field::UtmCampaign, {"utm campaign", "session campaign", "first user campaign"}},
    {Field::UtmContent, {"utm content", "session manual ad content", "ad content"}},
    {Field::DiscountCode, {"discount code", "kortingscode", "coupon", "coupon code", "promo code", "code",
                           "promotiecode", "voucher"}},
    {Field::Impressions, {"impressions", "impr", "vertoningen", "weergaven", "impressies", "views impressions"}},
    {Field::Reach, {"reach", "bereik", "accounts reached", "unique reach"}},
    {Field::Views, {"views", "video views", "video plays", "plays", "afspeelacties", "videoweergaven", "weergaven video"}},
    {Field::Likes, {"likes", "vind ik leuks", "reactions", "hearts", "avg likes", "likes count"}},
    {Field::Comments, {"comments", "reacties", "opmerkingen", "comments count"}},
    {Field::Shares, {"shares", "gedeeld", "reposts", "keer gedeeld", "deelacties"}},
    {Field::Saves, {"saves", "opgeslagen", "bookmarks", "saved"}},
    {Field::Clicks, {"clicks", "klikken", "link clicks", "linkklikken", "clicks all", "interactions", "klik"}},
    {Field::Leads, {"leads", "lead", "aanmeldingen", "sign ups", "signups", "messaging conversations started"}},
    {Field::FollowerGrowth, {"follower growth", "new followers", "nieuwe volgers", "volgersgroei", "follows"}},
    {Field::PositiveReactions, {"positive reactions", "positieve reacties"}},
    {Field::NegativeReactions, {"negative reactions", "negatieve reacties", "hide post", "unfollows"}},
    {Field::Conversions, {"conversions", "conversies", "conv", "purchases", "aankopen", "total conversion",
                          "results", "resultaten", "checkouts initiated"}},
    {Field::Revenue, {"revenue", "omzet", "total sales", "sales", "total", "totaal", "order total", "spent",
                      "purchase value", "conversion value", "opbrengst", "total revenue", "verkoop"}},
    {Field::Cost, {"amount spent", "spend", "cost", "kosten", "uitgaven", "amount", "bedrag", "amount spent eur",
                   "amount spent usd", "spent", "besteed", "fee", "prijs", "price"}},
    {Field::Currency, {"currency", "valuta", "currency code", "munteenheid"}},
    {Field::OrderRef, {"order", "bestelling", "order id", "order number", "ordernummer", "bestelnummer", "name",
                       "transaction id", "order ref", "transactie id"}},
    {Field::CustomerRef, {"customer", "klant", "customer id", "email", "e mail", "klantnummer", "customer email",
                          "id"}},
    {Field::Referrer, {"referrer", "referring site", "landing site", "verwijzer", "page referrer", "referer"}},
    {Field::CostRef, {"cost id", "cost ref", "invoice", "factuur", "factuurnummer", "invoice number", "reference",
                      "referentie", "kenmerk"}},
    {Field::Category, {"category", "categorie", "cost type", "kostensoort", "type", "soort kosten"}},
    {Field::Hours, {"hours", "uren", "time spent", "tijd"}},
    {Field::Note, {"note", "notes", "notitie", "opmerking", "omschrijving", "memo"}},
    {Field::Followers, {"followers", "volgers", "follower count", "subscribers", "abonnees", "fans"}},
    {Field::Department, {"department", "afdeling", "team"}},
    {Field::Location, {"location", "country", "land", "locatie", "city", "stad", "region"}},
    {Field::HourlyRate, {"hourly rate", "uurtarief", "rate per hour"}},
    {Field::Brand, {"brand", "merk"}},
    {Field::Topic, {"topic", "onderwerp", "theme", "thema"}},
    {Field::Mentions, {"mentions", "vermeldingen", "mention count", "volume"}},
    {Field::Metric, {"metric", "kpi", "maatstaf", "goal metric"}},
    {Field::Target, {"target", "doel", "doelwaarde", "target value"}},
    {Field::Baseline, {"baseline", "nulmeting", "uitgangswaarde"}},
    {Field::StartDate, {"start", "start date", "startdatum", "begin", "van"}},
    {Field::Deadline, {"deadline", "end date", "einddatum", "due", "tot", "end"}},
    {Field::Description, {"description", "beschrijving", "goal"}},
};

struct KindNeeds
{
    RecordKind kind;
    std::vector<std::vector<Field>> required; // every group needs one of its fields
    std::vector<Field> useful;                 // raise the score, not needed
};

const std::vector<KindNeeds> &kindNeeds()
{
    static const std::vector<KindNeeds> needs = {
        {RecordKind::ContentMetrics,
         {{Field::PostId, Field::Person, Field::Campaign},
          {Field::Impressions, Field::Reach, Field::Views, Field::Likes, Field::Comments, Field::Shares, Field::Clicks}},
         {Field::Date, Field::Channel, Field::ContentType, Field::Saves, Field::Leads, Field::Conversions,
          Field::PostId, Field::Person, Field::Impressions, Field::Reach, Field::Likes}},
        {RecordKind::Orders,
         {{Field::Date}, {Field::Revenue}},
         {Field::OrderRef, Field::DiscountCode, Field::CustomerRef, Field::UtmCampaign, Field::Referrer, Field::Currency}},
        {RecordKind::Costs, {{Field::Date}, {Field::Cost}}, {Field::Category, Field::CostRef, Field::Hours, Field::Note}},
        {RecordKind::People, {{Field::Person}, {Field::Followers, Field::PersonType, Field::DisplayName, Field::Department}},
         {Field::Channel, Field::Location, Field::HourlyRate, Field::Followers}},
        {RecordKind::BrandMentions, {{Field::Brand}, {Field::Mentions}, {Field::Date}}, {Field::Topic, Field::Channel}},
        {RecordKind::Goals, {{Field::Metric}, {Field::Target}, {Field::Deadline}}, {Field::Campaign, Field::Baseline}},
    };
    return needs;
}

bool isMetricField(Field f)
{
    const int i = static_cast<int>(f);
    return i >= kFirstMetricField && i < kFirstMetricField + kMetricFieldCount;
}

// How well sample values fit a type: share of non-empty values that parse.
double valueFit(ValueType type, int column, const std::vector<QStringList> &sample)
{
    if (type == ValueType::Text)
        return 1.0;
    int seen = 0;
    int good = 0;
    for (const QStringList &row : sample) {
        if (column >= row.size())
            continue;
        const QByteArray utf8 = row.at(column).toUtf8();
        const std::string_view v(utf8.constData(), static_cast<size_t>(utf8.size()));
        if (isEmptyValue(v))
            continue;
        ++seen;
        bool bad = false;
        switch (type) {
        case ValueType::Day:
            (void)parseDay(v, bad);
            break;
        case ValueType::Count:
            (void)parseCount(v, bad);
            break;
        case ValueType::Money:
            (void)parseCents(v, bad);
            break;
        case ValueType::Number:
            (void)parseNumber(v, bad);
            break;
        case ValueType::Text:
            break;
        }
        if (!bad)
            ++good;
    }
    return seen == 0 ? 0.8 : static_cast<double>(good) / seen;
}

// Media-mix column names: "Channel0_spend", "tv_impressions", "x1" (pymc-marketing style).
bool mediaColumn(const QString &normalized, MediaColumn &out)
{
    static const QRegularExpression spend(QStringLiteral("^(.+?) (spend|cost|kosten|uitgaven|budget)$"));
    static const QRegularExpression impr(QStringLiteral("^(.+?) (impression|impressions|impr|vertoningen|grps?)$"));
    static const QRegularExpression clicks(QStringLiteral("^(.+?) (clicks|klikken)$"));
    static const QRegularExpression xcol(QStringLiteral("^x([0-9]+)$"));
    QRegularExpressionMatch m;
    if ((m = spend.match(normalized)).hasMatch()) {
        out.measure = MediaColumn::Measure::Spend;
        out.channel = m.captured(1);
    } else if ((m = impr.match(normalized)).hasMatch()) {
        out.measure = MediaColumn::Measure::Impressions;
        out.channel = m.captured(1);
    } else if ((m = clicks.match(normalized)).hasMatch()) {
        out.measure = MediaColumn::Measure::Clicks;
        out.channel = m.captured(1);
    } else if ((m = xcol.match(normalized)).hasMatch()) {
        out.measure = MediaColumn::Measure::Spend;
        out.channel = normalized;
    } else {
        return false;
    }
    out.channel.replace(QLatin1Char(' '), QLatin1Char('_'));
    return true;
}

QString metricName(const QString &normalized)
{
    QString name = normalized;
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return name;
}

} // namespace

QString kindName(RecordKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QStringLiteral("unknown");
}

std::optional<RecordKind> kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const KindInfo &k : kKinds)
        if (n == QLatin1String(k.name))
            return k.kind;
    if (n == QLatin1String("auto"))
        return RecordKind::Unknown;
    if (n == QLatin1String("posts") || n == QLatin1String("metrics") || n == QLatin1String("content_metrics"))
        return RecordKind::ContentMetrics;
    if (n == QLatin1String("mmm") || n == QLatin1String("mediamix"))
        return RecordKind::MediaMix;
    if (n == QLatin1String("brand_mentions"))
        return RecordKind::BrandMentions;
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList names;
    for (const KindInfo &k : kKinds)
        names << QLatin1String(k.name);
    return names;
}

QString fieldName(Field field)
{
    const int i = static_cast<int>(field);
    return i >= 0 && i < kFieldCount ? QLatin1String(kFieldNames[i]) : QString();
}

std::optional<Field> fieldFromName(const QString &name)
{
    for (int i = 0; i < kFieldCount; ++i)
        if (name == QLatin1String(kFieldNames[i]))
            return static_cast<Field>(i);
    return std::nullopt;
}

ValueType fieldType(Field field)
{
    if (isMetricField(field))
        return ValueType::Count;
    switch (field) {
    case Field::Date:
    case Field::StartDate:
    case Field::Deadline:
        return ValueType::Day;
    case Field::Revenue:
    case Field::Cost:
    case Field::HourlyRate:
        return ValueType::Money;
    case Field::Followers:
    case Field::Mentions:
        return ValueType::Count;
    case Field::Hours:
    case Field::Target:
    case Field::Baseline:
        return ValueType::Number;
    default:
        return ValueType::Text;
    }
}

QString normalizeHeader(const QString &header)
{
    QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // drops leading spaces
    for (QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString headerSignature(const QStringList &header)
{
    QStringList normalized;
    for (const QString &h : header)
        normalized << normalizeHeader(h);
    const QByteArray digest =
        QCryptographicHash::hash(normalized.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

FieldGuess guessField(const QString &header)
{
    const QString n = normalizeHeader(header);
    if (n.isEmpty())
        return {};
    // "Audience country NL" is an audience segment of a roster, not the person's location.
    if (!detail::findAudienceColumns(QStringList{header}).empty())
        return {};
    FieldGuess best;
    for (const Synonyms &s : kSynonyms) {
        for (const char *name : s.names) {
            const QLatin1String syn(name);
            double conf = 0;
            if (n == syn)
                conf = 1.0;
            else if (syn.size() >= 4 && (n.startsWith(syn + QLatin1Char(' ')) || n.endsWith(QLatin1Char(' ') + syn)))
                conf = 0.7;
            else if (syn.size() >= 5 && n.contains(syn))
                conf = 0.5;
            if (conf > best.confidence) {
                best.field = s.field;
                best.confidence = conf;
            }
        }
    }
    return best;
}

namespace {

Mapping mapForKind(RecordKind kind, const QStringList &header, const std::vector<QStringList> &sample)
{
    Mapping m;
    m.kind = kind;
    if (kind == RecordKind::MediaMix) {
        for (int c = 0; c < header.size(); ++c) {
            const QString n = normalizeHeader(header.at(c));
            if (n.isEmpty())
                continue; // an unnamed index column (pandas' to_excel) measures nothing
            const FieldGuess g = guessField(header.at(c));
            if (!m.has(Field::Date) && g.field == Field::Date && valueFit(ValueType::Day, c, sample) > 0.9) {
                m.set(Field::Date, c, g.confidence);
                continue;
            }
            MediaColumn mc;
            mc.column = c;
            if (mediaColumn(n, mc)) {
                m.media.push_back(mc);
                continue;
            }
            if (valueFit(ValueType::Number, c, sample) > 0.9) {
                mc.measure = MediaColumn::Measure::Outcome;
                mc.metric = metricName(n);
                m.media.push_back(mc);
            }
        }
        return m;
    }

    // Candidate (field, column, confidence) triples, best first; each column and each
    // field is used once.
    struct Candidate
    {
        Field field;
        int column;
        double confidence;
    };
    std::vector<Candidate> candidates;
    const KindNeeds *needs = nullptr;
    for (const KindNeeds &k : kindNeeds())
        if (k.kind == kind)
            needs = &k;
    auto relevant = [&](Field f) {
        if (!needs)
            return true;
        for (const auto &group : needs->required)
            if (std::find(group.begin(), group.end(), f) != group.end())
                return true;
        if (std::find(needs->useful.begin(), needs->useful.end(), f) != needs->useful.end())
            return true;
        // fields every kind may carry
        switch (kind) {
        case RecordKind::ContentMetrics:
            return isMetricField(f) || f == Field::Revenue || f == Field::Cost || f == Field::PersonType ||
                   f == Field::Url || f == Field::PublishedAt || f == Field::UtmSource || f == Field::UtmMedium ||
                   f == Field::UtmCampaign || f == Field::UtmContent || f == Field::DiscountCode ||
                   f == Field::Followers || f == Field::Currency;
        case RecordKind::Orders:
            return f == Field::UtmSource || f == Field::UtmMedium || f == Field::UtmContent;
        case RecordKind::Costs:
            return f == Field::Campaign || f == Field::Person || f == Field::Channel || f == Field::PostId ||
                   f == Field::Currency;
        case RecordKind::People:
            return f == Field::DisplayName || f == Field::Department || f == Field::PersonType;
        case RecordKind::Goals:
            return f == Field::StartDate || f == Field::Description;
        default:
            return false;
        }
    };
    for (int c = 0; c < header.size(); ++c) {
        const QString n = normalizeHeader(header.at(c));
        if (!detail::findAudienceColumns(QStringList{header.at(c)}).empty())
            continue; // an audience segment of a roster ("Audience country NL"), written as such
        for (const Synonyms &s : kSynonyms) {
            if (!relevant(s.field))
                continue;
            double conf = 0;
            for (const char *name : s.names) {
                const QLatin1String syn(name);
                if (n == syn)
                    conf = std::max(conf, 1.0);
                else if (syn.size() >= 4 &&
                         (n.startsWith(syn + QLatin1Char(' ')) || n.endsWith(QLatin1Char(' ') + syn)))
                    conf = std::max(conf, 0.7);
                else if (syn.size() >= 5 && n.contains(syn))
                    conf = std::max(conf, 0.5);
            }
            if (conf <= 0)
                continue;
            conf *= valueFit(fieldType(s.field), c, sample);
            if (conf >= 0.4)
                candidates.push_back({s.field, c, conf});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.confidence > b.confidence; });
    std::vector<bool> used(static_cast<size_t>(header.size()), false);
    for (const Candidate &c : candidates) {
        if (m.has(c.field) || used[static_cast<size_t>(c.column)])
            continue;
        m.set(c.field, c.column, c.confidence);
        used[static_cast<size_t>(c.column)] = true;
    }
    return m;
}

} // namespace

double mappingScore(const Mapping &m)
{
    if (m.kind == RecordKind::MediaMix) {
        int channels = 0;
        for (const MediaColumn &c : m.media)
            channels += c.measure != MediaColumn::Measure::Outcome ? 1 : 0;
        return m.has(Field::Date) && channels >= 2 ? 0.95 : 0.0;
    }
    for (const KindNeeds &k : kindNeeds()) {
        if (k.kind != m.kind)
            continue;
        double sum = 0;
        for (const auto &group : k.required) {
            double best = 0;
            for (Field f : group)
                if (m.has(f))
                    best = std::max(best, m.confidence[static_cast<int>(f)]);
            if (best <= 0)
                return 0; // a required group is unmatched
            sum += best;
        }
        double useful = 0;
        for (Field f : k.useful)
            useful += m.has(f) ? m.confidence[static_cast<int>(f)] : 0;
        // Required fields dominate; useful ones break ties between kinds.
        return 0.8 * sum / static_cast<double>(k.required.size()) +
               0.2 * useful / static_cast<double>(std::max<size_t>(1, k.useful.size()));
    }
    return 0;
}

QString missingRequired(const Mapping &m)
{
    if (m.kind == RecordKind::MediaMix)
        return m.has(Field::Date) ? QString() : QStringLiteral("a date column");
    for (const KindNeeds &k : kindNeeds()) {
        if (k.kind != m.kind)
            continue;
        QStringList missing;
        for (const auto &group : k.required) {
            bool any = false;
            QStringList names;
            for (Field f : group) {
                any = any || m.has(f);
                names << fieldName(f);
            }
            if (any)
                continue;
            // A date-less report may be dated by the caller (ImportOptions::reportDay).
            if (group.size() == 1 && group.front() == Field::Date)
                continue;
            missing << names.join(QStringLiteral(" or "));
        }
        return missing.join(QStringLiteral(", "));
    }
    return QStringLiteral("a known kind");
}

Mapping detectMapping(const QStringList &header, const std::vector<QStringList> &sample, RecordKind forcedKind)
{
    if (forcedKind != RecordKind::Unknown)
        return mapForKind(forcedKind, header, sample);
    Mapping best;
    double bestScore = 0;
    for (const KindInfo &k : kKinds) {
        Mapping m = mapForKind(k.kind, header, sample);
        const double score = mappingScore(m);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(m);
        }
    }
    return best;
}

QJsonObject Mapping::toJson(const QStringList &header) const
{
    QJsonObject fields;
    for (int i = 0; i < kFieldCount; ++i) {
        if (columns[i] < 0)
            continue;
        QJsonObject f;
        f.insert(QStringLiteral("column"), columns[i]);
        f.insert(QStringLiteral("header"), columns[i] < header.size() ? header.at(columns[i]) : QString());
        f.insert(QStringLiteral("confidence"), confidence[i]);
        fields.insert(QLatin1String(kFieldNames[i]), f);
    }
    QJsonArray mediaArray;
    for (const MediaColumn &c : media) {
        static const char *measures[] = {"spend", "impressions", "clicks", "outcome"};
        mediaArray.append(QJsonObject{{QStringLiteral("column"), c.column},
                                      {QStringLiteral("measure"), QLatin1String(measures[static_cast<int>(c.measure)])},
                                      {QStringLiteral("channel"), c.channel},
                                      {QStringLiteral("metric"), c.metric}});
    }
    return QJsonObject{{QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("preset"), preset},
                       {QStringLiteral("signature"), headerSignature(header)},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("media"), mediaArray},
                       {QStringLiteral("default_channel"), defaultChannel},
                       {QStringLiteral("default_person_kind"), defaultPersonKind},
                       {QStringLiteral("default_cost_category"), defaultCostCategory},
                       {QStringLiteral("id_prefix"), idPrefix},
                       {QStringLiteral("aggregate_by_day"), aggregateByDay}};
}

Result<Mapping> Mapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        Error e = Error::badInput(QStringLiteral("unsupported mapping version %1").arg(version));
        e.expected = QStringLiteral("1..%1").arg(kFormatVersion);
        return e;
    }
    Mapping m;
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind || *kind == RecordKind::Unknown)
        return Error::badInput(
            QStringLiteral("mapping names an unknown kind \"%1\"").arg(json.value(QStringLiteral("kind")).toString()));
    m.kind = *kind;
    m.preset = json.value(QStringLiteral("preset")).toString();
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = fieldFromName(it.key());
        if (!field)
            return Error::badInput(QStringLiteral("mapping names an unknown field \"%1\"").arg(it.key()));
        const QJsonObject f = it.value().toObject();
        int col = f.value(QStringLiteral("column")).toInt(-1);
        const QString name = f.value(QStringLiteral("header")).toString();
        // The header name wins over the index, so a saved mapping survives reordered columns.
        if (!name.isEmpty()) {
            const int byName = static_cast<int>(header.indexOf(name));
            if (byName >= 0)
                col = byName;
        }
        if (col < 0 || col >= header.size())
            return Error::badInput(QStringLiteral("mapping column for %1 is not in this file").arg(it.key()));
        m.set(*field, col, f.value(QStringLiteral("confidence")).toDouble(1.0));
    }
    const QJsonArray mediaArray = json.value(QStringLiteral("media")).toArray();
    for (const QJsonValue &v : mediaArray) {
        const QJsonObject o = v.toObject();
        MediaColumn c;
        c.column = o.value(QStringLiteral("column")).toInt(-1);
        if (c.column < 0 || c.column >= header.size())
            return Error::badInput(QStringLiteral("mapping media column %1 is not in this file").arg(c.column));
        const QString measure = o.value(QStringLiteral("measure")).toString();
        if (measure == QLatin1String("spend"))
            c.measure = MediaColumn::Measure::Spend;
        else if (measure == QLatin1String("impressions"))
            c.measure = MediaColumn::Measure::Impressions;
        else if (measure == QLatin1String("clicks"))
            c.measure = MediaColumn::Measure::Clicks;
        else if (measure == QLatin1String("outcome"))
            c.measure = MediaColumn::Measure::Outcome;
        else
            return Error::badInput(QStringLiteral("mapping has an unknown media measure \"%1\"").arg(measure));
        c.channel = o.value(QStringLiteral("channel")).toString();
        c.metric = o.value(QStringLiteral("metric")).toString();
        m.media.push_back(c);
    }
    m.defaultChannel = json.value(QStringLiteral("default_channel")).toString();
    m.defaultPersonKind = json.value(QStringLiteral("default_person_kind")).toString();
    m.defaultCostCategory = json.value(QStringLiteral("default_cost_category")).toString();
    m.idPrefix = json.value(QStringLiteral("id_prefix")).toString();
    m.aggregateByDay = json.value(QStringLiteral("aggregate_by_day")).toBool();
    return m;
}

} // namespace iroi::import

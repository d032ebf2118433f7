#include "core/report/findings.h"

#include "core/analysis/metrics.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace iroi::report {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    QString suffix = QStringLiteral("th");
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            suffix = QStringLiteral("st");
        else if (last == 2)
            suffix = QStringLiteral("nd");
        else if (last == 3)
            suffix = QStringLiteral("rd");
    }
    return QString::number(n) + suffix;
}

QString dayName(int day)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return QString::fromLatin1(names[std::clamp(day, 0, 6)]);
}

QString monthName(int month)
{
    return english().standaloneMonthName(month + 1, QLocale::LongFormat);
}

QString categoryWords(const QString &category)
{
    QString words = category;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

void addIf(QStringList &list, const std::optional<QString> &sentence)
{
    if (sentence && !sentence->isEmpty())
        list << *sentence;
}

QStringList limited(QStringList list, int limit)
{
    while (list.size() > std::max(0, limit))
        list.removeLast();
    return list;
}

} // namespace

QString countWord(qint64 n, bool capital)
{
    static const char *const words[] = {"zero", "one", "two", "three", "four", "five",
                                        "six",  "seven", "eight", "nine", "ten"};
    if (n < 0 || n > 10)
        return english().toString(n);
    QString word = QString::fromLatin1(words[n]);
    if (capital)
        word[0] = word[0].toUpper();
    return word;
}

QString joinNames(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return names.front();
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.back();
}

QString moneyWhole(double units, const QString &currency)
{
    QString text = formatMoney(static_cast<Cents>(std::llround(units)) * 100, currency);
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    return text;
}

QString moneyCents(double units, const QString &currency)
{
    return formatMoney(centsFromDouble(units), currency);
}

QString percentText(double fraction, int decimals)
{
    const double percent = fraction * 100.0;
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(percent * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0%"
    return english().toString(rounded, 'f', decimals) + QLatin1Char('%');
}

QString countText(double value)
{
    if (std::abs(value) >= 1.0e6)
        return english().toString(value / 1.0e6, 'f', 1) + QStringLiteral(" million");
    return english().toString(std::round(value), 'f', 0);
}

std::optional<QString> concentrationSentence(std::vector<NamedAmount> contributions, const QString &singularNoun,
                                             const QString &pluralNoun, const QString &measure)
{
    std::erase_if(contributions, [](const NamedAmount &a) { return !(a.value > 0.0); });
    if (contributions.size() < 2)
        return std::nullopt;
    std::stable_sort(contributions.begin(), contributions.end(),
                     [](const NamedAmount &a, const NamedAmount &b) { return a.value > b.value; });
    const double total = std::accumulate(contributions.begin(), contributions.end(), 0.0,
                                         [](double sum, const NamedAmount &a) { return sum + a.value; });
    double running = 0.0;
    std::size_t k = 0;
    while (k < contributions.size() && running < 0.5 * total)
        running += contributions[k++].value;
    QStringList names;
    for (std::size_t i = 0; i < std::min<std::size_t>(k, 3); ++i)
        names << contributions[i].name;
    const qint64 group = static_cast<qint64>(k);
    QString sentence = QStringLiteral("%1 of %2 %3 drove %4 of %5")
                           .arg(countWord(group, true), english().toString(static_cast<qint64>(contributions.size())),
                                pluralNoun, percentText(running / total), measure);
    if (group == 1)
        sentence = QStringLiteral("One %1 of %2 drove %3 of %4")
                       .arg(singularNoun, english().toString(static_cast<qint64>(contributions.size())),
                            percentText(running / total), measure);
    if (k <= 3)
        sentence += QStringLiteral(": ") + joinNames(names) + QLatin1Char('.');
    else
        sentence += QStringLiteral(", led by ") + joinNames(names) + QLatin1Char('.');
    return sentence;
}

std::optional<QString> returnPerSpendSentence(std::vector<NamedReturn> entries, const QString &currency)
{
    std::erase_if(entries, [](const NamedReturn &e) { return e.cost <= 0; });
    if (entries.empty())
        return std::nullopt;
    const auto perUnit = [](const NamedReturn &e) { return static_cast<double>(e.revenue) / static_cast<double>(e.cost); };
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const NamedReturn &a, const NamedReturn &b) { return perUnit(a) > perUnit(b); });
    const QString one = moneyWhole(1.0, currency);
    QString sentence = QStringLiteral("%1 returns %2 per %3 spent")
                           .arg(entries.front().name, moneyCents(perUnit(entries.front()), currency), one);
    if (entries.size() >= 2)
        sentence += QStringLiteral(", %1 %2").arg(entries.back().name, moneyCents(perUnit(entries.back()), currency));
    return sentence + QLatin1Char('.');
}

std::optional<QString> roiSentence(Cents revenue, Cents cost, const QString &currency)
{
    if (cost <= 0)
        return std::nullopt;
    const double roas = static_cast<double>(revenue) / static_cast<double>(cost);
    const double roi = roas - 1.0;
    return QStringLiteral("%1 of cost returned %2 of attributed revenue: ROI %3, ROAS %4.")
        .arg(moneyWhole(centsToDouble(cost), currency), moneyWhole(centsToDouble(revenue), currency), percentText(roi),
             english().toString(roas, 'f', 2));
}

std::optional<QString> emvSentence(double emvUnits, const QString &currency, int cardVersion, const QString &cardName)
{
    if (!(emvUnits > 0.0) || cardVersion <= 0)
        return std::nullopt;
    return QStringLiteral("Earned media value adds %1 (rate card \u201c%2\u201d, version %3), shown beside cash ROI, "
                          "never in it.")
        .arg(moneyWhole(emvUnits, currency), cardName)
        .arg(cardVersion);
}

std::optional<QString> overheadSentence(const HowResult &how, const QString &currency)
{
    if (how.total <= 0)
        return std::nullopt;
    const QString total = moneyWhole(centsToDouble(how.total), currency);
    if (how.overhead <= 0)
        return QStringLiteral("All %1 of cost is paid media; no overhead is recorded.").arg(total);
    const CostCategoryRow *largest = nullptr;
    for (const CostCategoryRow &row : how.categories)
        if (row.category != QLatin1String("paid_boost") && row.amount > 0 && (!largest || row.amount > largest->amount))
            largest = &row;
    QString sentence = QStringLiteral("Non-media costs are %1 of total cost (%2 of %3)")
                           .arg(percentText(static_cast<double>(how.overhead) / static_cast<double>(how.total)),
                                moneyWhole(centsToDouble(how.overhead), currency), total);
    if (largest)
        sentence += QStringLiteral("; the largest is %1 at %2")
                        .arg(categoryWords(largest->category), moneyWhole(centsToDouble(largest->amount), currency));
    return sentence + QLatin1Char('.');
}

std::optional<QString> activityVersusPerformanceSentence(const std::vector<PersonScore> &people)
{
    const PersonScore *mostActive = nullptr;
    int ranked = 0;
    for (const PersonScore &p : people) {
        if (p.activityRank <= 0 || p.performanceRank <= 0)
            continue;
        ++ranked;
        if (p.activityRank == 1 && !mostActive)
            mostActive = &p;
    }
    // Only worth a sentence when activity and performance clearly disagree.
    if (!mostActive || ranked < 4 || mostActive->performanceRank - mostActive->activityRank < 3)
        return std::nullopt;
    return QStringLiteral("%1 posts the most (%2 posts) but ranks %3 of %4 by revenue per post.")
        .arg(mostActive->key, english().toString(mostActive->totals.posts), ordinal(mostActive->performanceRank),
             QString::number(ranked));
}

std::optional<QString> periodChangeSentence(const PeriodComparison &comparison, const QString &currency)
{
    if (!comparison.revenueChange)
        return std::nullopt;
    const double change = *comparison.revenueChange;
    const QString amounts = QStringLiteral("(%1 against %2)")
                                .arg(moneyWhole(centsToDouble(comparison.current.revenue), currency),
                                     moneyWhole(centsToDouble(comparison.previous.revenue), currency));
    if (std::round(change * 100.0) == 0.0)
        return QStringLiteral("Revenue is level with the previous period of the same length %1.").arg(amounts);
    return QStringLiteral("Revenue is %1 %2 on the previous period of the same length %3.")
        .arg(change > 0 ? QStringLiteral("up") : QStringLiteral("down"), percentText(std::abs(change)), amounts);
}

std::optional<QString> bestSlotSentence(const std::array<std::array<qint64, 24>, 7> &heat, const QString &measure)
{
    qint64 total = 0;
    int bestDay = -1;
    int bestHour = -1;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const qint64 v = heat[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            total += v;
            if (bestDay < 0 || v > heat[static_cast<std::size_t>(bestDay)][static_cast<std::size_t>(bestHour)]) {
                bestDay = d;
                bestHour = h;
            }
        }
    if (total <= 0)
        return std::nullopt;
    const qint64 best = heat[static_cast<std::size_t>(bestDay)][static_cast<std::size_t>(bestHour)];
    return QStringLiteral("The strongest posting slot is %1 %2:00\u2013%3:00, with %4 of %5.")
        .arg(dayName(bestDay))
        .arg(bestHour, 2, 10, QLatin1Char('0'))
        .arg((bestHour + 1) % 24, 2, 10, QLatin1Char('0'))
        .arg(percentText(static_cast<double>(best) / static_cast<double>(total)), measure);
}

std::optional<QString> bestRateSlotSentence(const std::array<std::array<std::optional<double>, 24>, 7> &rate,
                                            const std::array<std::array<qint64, 24>, 7> &posts,
                                            const QString &measure, qint64 minPosts)
{
    int bestDay = -1;
    int bestHour = -1;
    double weighted = 0.0;
    qint64 counted = 0;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const auto &r = rate[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            const qint64 n = posts[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            if (!r || n <= 0)
                continue;
            weighted += *r * static_cast<double>(n);
            counted += n;
            if (n < minPosts)
                continue;
            if (bestDay < 0 || *r > *rate[static_cast<std::size_t>(bestDay)][static_cast<std::size_t>(bestHour)]) {
                bestDay = d;
                bestHour = h;
            }
        }
    if (bestDay < 0 || counted == 0)
        return std::nullopt;
    return QStringLiteral("Posts published %1 %2:00\u2013%3:00 earn the highest %4, %5 against %6 for all slots (%7 posts).")
        .arg(dayName(bestDay))
        .arg(bestHour, 2, 10, QLatin1Char('0'))
        .arg((bestHour + 1) % 24, 2, 10, QLatin1Char('0'))
        .arg(measure,
             percentText(*rate[static_cast<std::size_t>(bestDay)][static_cast<std::size_t>(bestHour)], 1),
             percentText(weighted / static_cast<double>(counted), 1))
        .arg(posts[static_cast<std::size_t>(bestDay)][static_cast<std::size_t>(bestHour)]);
}

std::optional<QString> whiteSpaceSentence(const WhyResult &why)
{
    for (const TopicShare &topic : why.topics) {
        if (!why.whiteSpace.contains(topic.topic) || !topic.shareOfVoice)
            continue;
        QString sentence = QStringLiteral("The lowest share of voice is on %1 (%2)")
                               .arg(topic.topic, percentText(*topic.shareOfVoice));
        if (!topic.leadingBrand.isEmpty() && topic.leadingBrand.compare(why.ownBrand, Qt::CaseInsensitive) != 0)
            sentence += QStringLiteral(", where %1 leads").arg(topic.leadingBrand);
        return sentence + QStringLiteral(": white space to claim.");
    }
    return std::nullopt;
}

QStringList whoFindings(const std::vector<PersonScore> &people, const QString &currency, int limit)
{
    QStringList list;
    bool allEmployees = !people.empty();
    bool allInfluencers = !people.empty();
    std::vector<NamedAmount> revenue;
    int keep = 0, watch = 0, cut = 0;
    for (const PersonScore &p : people) {
        allEmployees = allEmployees && p.kind == QLatin1String("employee");
        allInfluencers = allInfluencers && p.kind == QLatin1String("influencer");
        revenue.push_back({p.key, centsToDouble(p.totals.revenue)});
        keep += p.recommendation == Recommendation::Keep ? 1 : 0;
        watch += p.recommendation == Recommendation::Watch ? 1 : 0;
        cut += p.recommendation == Recommendation::Cut ? 1 : 0;
    }
    const QString singular = allEmployees ? QStringLiteral("advocate")
                             : allInfluencers ? QStringLiteral("influencer")
                                              : QStringLiteral("person");
    const QString plural = allEmployees ? QStringLiteral("advocates")
                           : allInfluencers ? QStringLiteral("influencers")
                                            : QStringLiteral("people");
    addIf(list, concentrationSentence(revenue, singular, plural, QStringLiteral("attributed revenue")));
    addIf(list, activityVersusPerformanceSentence(people));
    // A person with a token cost (a gifted product) would "return" hundreds per unit spent;
    // only people carrying at least 1% of the cost are compared.
    Cents totalCost = 0;
    for (const PersonScore &p : people)
        totalCost += std::max<Cents>(p.totals.cost, 0);
    std::vector<NamedReturn> returns;
    for (const PersonScore &p : people)
        if (p.totals.cost > 0 && p.totals.cost * 100 >= totalCost)
            returns.push_back({p.key, p.totals.revenue, p.totals.cost});
    if (returns.size() >= 2)
        addIf(list, returnPerSpendSentence(returns, currency));
    if (!people.empty())
        list << QStringLiteral("Recommendation: keep %1, watch %2, cut %3.").arg(keep).arg(watch).arg(cut);
    return limited(list, limit);
}

QStringList groupFindings(const std::vector<GroupRow> &groups, const QString &singularNoun, const QString &pluralNoun,
                          const QString &currency, int limit)
{
    QStringList list;
    std::vector<NamedReturn> returns;
    std::vector<NamedAmount> revenue;
    const GroupRow *bestEngagement = nullptr;
    Cents totalCost = 0;
    for (const GroupRow &g : groups)
        totalCost += std::max<Cents>(g.totals.cost, 0);
    for (const GroupRow &g : groups) {
        // Cost that no channel or content carries ("(not linked)") cannot earn revenue by
        // definition; comparing its return would only state the obvious.
        const bool unlinked = g.key.isEmpty() || g.key.startsWith(QLatin1Char('('));
        // A token cost (a gifted product) would "return" hundreds per unit spent: only groups
        // carrying at least 1% of the cost are compared.
        if (!unlinked && g.totals.cost * 100 >= totalCost)
            returns.push_back({g.key, g.totals.revenue, g.totals.cost});
        revenue.push_back({g.key, centsToDouble(g.totals.revenue)});
        if (!unlinked && g.kpis.engagementRate
            && (!bestEngagement || *g.kpis.engagementRate > *bestEngagement->kpis.engagementRate))
            bestEngagement = &g;
    }
    if (std::count_if(returns.begin(), returns.end(), [](const NamedReturn &r) { return r.cost > 0; }) >= 2)
        addIf(list, returnPerSpendSentence(returns, currency));
    addIf(list, concentrationSentence(revenue, singularNoun, pluralNoun, QStringLiteral("attributed revenue")));
    if (bestEngagement && groups.size() >= 2)
        list << QStringLiteral("%1 has the highest engagement rate, %2 of reach.")
                    .arg(bestEngagement->key, percentText(*bestEngagement->kpis.engagementRate, 1));
    return limited(list, limit);
}

QStringList whenFindings(const WhenResult &when, const QString &currency, int limit)
{
    QStringList list;
    addIf(list, periodChangeSentence(when.periodOverPeriod, currency));
    addIf(list, peakSentence(when, currency));
    Cents total = 0;
    int bestMonth = -1;
    for (int m = 0; m < 12; ++m) {
        const Cents r = when.byMonth[static_cast<std::size_t>(m)].revenue;
        total += r;
        if (r > 0 && (bestMonth < 0 || r > when.byMonth[static_cast<std::size_t>(bestMonth)].revenue))
            bestMonth = m;
    }
    if (bestMonth >= 0 && total > 0)
        list << QStringLiteral("The strongest month is %1, with %2 of attributed revenue.")
                    .arg(monthName(bestMonth),
                         percentText(static_cast<double>(when.byMonth[static_cast<std::size_t>(bestMonth)].revenue)
                                     / static_cast<double>(total)));
    return limited(list, limit);
}

QStringList whyFindings(const WhyResult &why, int limit)
{
    QStringList list;
    if (!why.goals.empty()) {
        const auto onTrack = std::count_if(why.goals.begin(), why.goals.end(), [](const GoalStatus &g) { return g.onTrack; });
        QString sentence = QStringLiteral("%1 of %2 %3 on track")
                               .arg(countWord(onTrack, true), countWord(static_cast<qint64>(why.goals.size()), false),
                                    why.goals.size() == 1 ? QStringLiteral("goal is") : QStringLiteral("goals are"));
        QStringList behind;
        for (const GoalStatus &g : why.goals)
            if (!g.onTrack && g.attainment && behind.size() < 2)
                behind << goalPhrase(g, QString());
        if (!behind.isEmpty())
            sentence += QStringLiteral("; behind: ") + joinNames(behind);
        list << sentence + QLatin1Char('.');
    }
    addIf(list, whiteSpaceSentence(why));
    return limited(list, limit);
}

QString goalPhrase(const GoalStatus &goal, const QString &currency)
{
    const QString attained = goal.attainment ? percentText(*goal.attainment) : QStringLiteral("n/a");
    const MetricDef *def = findMetric(goal.metric.toStdString());
    if (goal.campaign.isEmpty() || !def || !(goal.target > 0.0))
        return QStringLiteral("%1 at %2 of target").arg(goal.description.isEmpty() ? goal.metric : goal.description, attained);
    QString target;
    switch (def->unit) {
    case MetricUnit::Currency:
        target = moneyWhole(goal.target, currency.isEmpty() ? QStringLiteral("EUR") : currency);
        break;
    case MetricUnit::Percent:
        target = percentText(goal.target, 1);
        break;
    case MetricUnit::Count:
        target = english().toString(std::round(goal.target), 'f', 0);
        break;
    case MetricUnit::Ratio:
        target = english().toString(goal.target, 'f', 2);
        break;
    }
    QString metric = QString::fromUtf8(def->name.data(), static_cast<qsizetype>(def->name.size())).toLower();
    QString phrase = QStringLiteral("%1 %2 at %3 of the %4 target").arg(goal.campaign, metric, attained, target);
    if (goal.deadlineDay != kNoDay)
        phrase += QStringLiteral(" (due %1)").arg(english().toString(fromEpochDay(goal.deadlineDay), QStringLiteral("d MMMM yyyy")));
    return phrase;
}

QStringList goalFindings(const std::vector<GoalStatus> &goals, const QString &currency, int limit)
{
    QStringList list;
    if (goals.empty())
        return list;
    const auto onTrack = std::count_if(goals.begin(), goals.end(), [](const GoalStatus &g) { return g.onTrack; });
    list << QStringLiteral("%1 of %2 %3 %4 on track.")
                .arg(countWord(onTrack, true), countWord(static_cast<qint64>(goals.size()), false),
                     goals.size() == 1 ? QStringLiteral("goal") : QStringLiteral("goals"),
                     onTrack == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    // The goals furthest behind, lowest attainment first: where the board's attention goes.
    std::vector<const GoalStatus *> behind;
    for (const GoalStatus &g : goals)
        if (!g.onTrack && g.attainment)
            behind.push_back(&g);
    std::stable_sort(behind.begin(), behind.end(),
                     [](const GoalStatus *a, const GoalStatus *b) { return *a->attainment < *b->attainment; });
    QStringList phrases;
    for (std::size_t i = 0; i < std::min<std::size_t>(behind.size(), 2); ++i)
        phrases << goalPhrase(*behind[i], currency);
    if (!phrases.isEmpty())
        list << QStringLiteral("Furthest behind: %1.").arg(joinNames(phrases));
    return limited(list, limit);
}

QStringList shareOfVoiceFindings(const WhyResult &why, int limit)
{
    QStringList list;
    addIf(list, whiteSpaceSentence(why));
    const TopicShare *strongest = nullptr;
    for (const TopicShare &t : why.topics)
        if (t.shareOfVoice && (!strongest || *t.shareOfVoice > *strongest->shareOfVoice))
            strongest = &t;
    if (strongest && !why.ownBrand.isEmpty()) {
        if (strongest->leadingBrand.compare(why.ownBrand, Qt::CaseInsensitive) == 0)
            list << QStringLiteral("%1 leads on %2 with %3 of mentions.")
                        .arg(why.ownBrand, strongest->topic, percentText(*strongest->shareOfVoice));
        else
            list << QStringLiteral("%1's strongest topic is %2, at %3 of mentions.")
                        .arg(why.ownBrand, strongest->topic, percentText(*strongest->shareOfVoice));
    }
    return limited(list, limit);
}

std::optional<QString> peakSentence(const WhenResult &when, const QString &currency)
{
    if (when.series.size() < 2)
        return std::nullopt;
    const SeriesPoint *peak = nullptr;
    for (const SeriesPoint &p : when.series)
        if (p.totals.revenue > 0 && (!peak || p.totals.revenue > peak->totals.revenue))
            peak = &p;
    if (!peak)
        return std::nullopt;
    const QDate day = fromEpochDay(peak->day);
    QString when_;
    switch (when.granularity) {
    case Granularity::Day:
        when_ = QStringLiteral("on ") + english().toString(day, QStringLiteral("d MMMM yyyy"));
        break;
    case Granularity::Week:
        when_ = QStringLiteral("in the week of ") + english().toString(day, QStringLiteral("d MMMM yyyy"));
        break;
    case Granularity::Month:
        when_ = QStringLiteral("in ") + english().toString(day, QStringLiteral("MMMM yyyy"));
        break;
    }
    return QStringLiteral("Revenue peaked %1 at %2.").arg(when_, moneyWhole(centsToDouble(peak->totals.revenue), currency));
}

QStringList funnelFindings(const FunnelResult &funnel, int limit)
{
    // "led to an order": the step's outcome in words; other steps fall back to the denominator.
    static const std::pair<const char *, const char *> kOutcome[] = {
        {"engagements", "an engagement"}, {"clicks", "a click"}, {"orders", "an order"}};
    QStringList list;
    const auto countOf = [&](const QString &metric) -> std::optional<qint64> {
        for (const FunnelStep &s : funnel.total.steps)
            if (s.metric == metric)
                return s.count;
        return std::nullopt;
    };
    for (const FunnelRate &rate : funnel.total.rates) {
        if (!rate.rate || list.size() >= limit)
            continue;
        const MetricDef *from = findMetric(rate.from.toStdString());
        const MetricDef *to = findMetric(rate.to.toStdString());
        const auto toCount = countOf(rate.to);
        const QString toName = to ? QString::fromUtf8(to->name.data(), static_cast<qsizetype>(to->name.size())).toLower()
                                  : rate.to;
        const QString counted = toCount ? QStringLiteral(" (%1 %2)").arg(countText(static_cast<double>(*toCount)), toName)
                                        : QString();
        QString outcome;
        for (const auto &[metric, words] : kOutcome)
            if (rate.to == QLatin1String(metric))
                outcome = QString::fromLatin1(words);
        if (!outcome.isEmpty() && from)
            list << QStringLiteral("%1 of %2 led to %3%4.")
                        .arg(percentText(*rate.rate, 1),
                             QString::fromUtf8(from->name.data(), static_cast<qsizetype>(from->name.size())).toLower(),
                             outcome, counted);
        else
            list << QStringLiteral("%1 %2%3.").arg(percentText(*rate.rate, 1), rate.denominator, counted);
    }
    return list;
}

QStringList howFindings(const HowResult &how, const QString &currency, int limit)
{
    QStringList list;
    addIf(list, overheadSentence(how, currency));
    const Kpis &k = how.costPerStage;
    QStringList costs;
    if (k.cpm)
        costs << QStringLiteral("%1 per thousand impressions").arg(moneyCents(*k.cpm, currency));
    if (k.cpc)
        costs << QStringLiteral("%1 per click").arg(moneyCents(*k.cpc, currency));
    if (k.cpa)
        costs << QStringLiteral("%1 per order").arg(moneyCents(*k.cpa, currency));
    if (!costs.isEmpty())
        list << QStringLiteral("Fully loaded, the programme costs %1.").arg(joinNames(costs));
    if (!how.people.empty() && how.people.front().total > 0 && how.total > 0)
        list << QStringLiteral("%1 is the most expensive person at %2 (%3 of cost).")
                    .arg(how.people.front().key, moneyWhole(centsToDouble(how.people.front().total), currency),
                         percentText(static_cast<double>(how.people.front().total) / static_cast<double>(how.total)));
    return limited(list, limit);
}

} // namespace iroi::report

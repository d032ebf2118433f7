#pragma once

#include "core/analysis/views.h"
#include "core/common/money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iroi::report {

// The board pack's "findings": two or three plain sentences per page, computed from the
// figures. Each builder returns nullopt when the data cannot support a statement (no
// revenue, one channel only, ...), so a page never carries an empty or misleading claim.
// Sentences are English; money uses core's formatMoney style ("€4.10"), large sums whole units.

struct NamedAmount
{
    QString name;
    double value = 0.0; // in currency units or counts; negative values are ignored
};

struct NamedReturn
{
    QString name;
    Cents revenue = 0;
    Cents cost = 0;
};

// "Three advocates drove 58% of attributed revenue: Anna, Ben and Cara." The group is the
// smallest set of top contributors reaching half the total; names list at most three.
std::optional<QString> concentrationSentence(std::vector<NamedAmount> contributions, const QString &singularNoun,
                                             const QString &pluralNoun, const QString &measure);

// "LinkedIn returns €4.10 per €1 spent, TikTok €1.30." Best and worst by revenue per unit of
// cost, over the entries with a cost; nullopt with fewer than one such entry.
std::optional<QString> returnPerSpendSentence(std::vector<NamedReturn> entries, const QString &currency);

// "€12,400 of cost returned €48,000 of attributed revenue: ROI 287%, ROAS 3.87."
std::optional<QString> roiSentence(Cents revenue, Cents cost, const QString &currency);

// "Earned media value adds €9,300 (rate card “Standard”, version 2), shown beside cash ROI, not in it."
std::optional<QString> emvSentence(double emvUnits, const QString &currency, int cardVersion, const QString &cardName);

// "Non-media costs are 34% of total cost (€4,200 of €12,400); the largest is product at €1,800."
std::optional<QString> overheadSentence(const HowResult &how, const QString &currency);

// "Dan posts the most (24 posts) but ranks 7th of 12 by revenue per post."
std::optional<QString> activityVersusPerformanceSentence(const std::vector<PersonScore> &people);

// "Revenue is up 12% on the previous period of the same length (€8,100 against €7,230)."
std::optional<QString> periodChangeSentence(const PeriodComparison &comparison, const QString &currency);

// "The strongest posting slot is Tuesday 19:00–20:00, with 14% of engagements."
std::optional<QString> bestSlotSentence(const std::array<std::array<qint64, 24>, 7> &heat, const QString &measure);

// "Posts published Tuesday 19:00–20:00 earn the highest engagement rate, 12.4% against 7.4%
// for all slots (38 posts)." Slots with fewer than minPosts posts are too thin to judge.
std::optional<QString> bestRateSlotSentence(const std::array<std::array<std::optional<double>, 24>, 7> &rate,
                                            const std::array<std::array<qint64, 24>, 7> &posts,
                                            const QString &measure, qint64 minPosts = 10);

// "The lowest share of voice is on sustainability (8%), where Rival leads: white space."
std::optional<QString> whiteSpaceSentence(const WhyResult &why);

// Findings per page, at most `limit` sentences, strongest first.
QStringList whoFindings(const std::vector<PersonScore> &people, const QString &currency, int limit = 3);
QStringList groupFindings(const std::vector<GroupRow> &groups, const QString &singularNoun, const QString &pluralNoun,
                          const QString &currency, int limit = 3);
QStringList whenFindings(const WhenResult &when, const QString &currency, int limit = 3);
QStringList whyFindings(const WhyResult &why, int limit = 3);
// "Ten of 18 goals are on track; behind: Spring launch impressions at 92% of the 15,100,000 target (due 31 May 2024)."
QStringList goalFindings(const std::vector<GoalStatus> &goals, const QString &currency, int limit = 2);
// White space first, then where the own brand leads: "Lumen leads on yoga mats with 45% of mentions."
QStringList shareOfVoiceFindings(const WhyResult &why, int limit = 3);
// "Revenue peaked in the week of 25 November 2024 at €69,800."
std::optional<QString> peakSentence(const WhenResult &when, const QString &currency);
// "3.7% of clicks led to an order (32,024 orders)."
QStringList funnelFindings(const FunnelResult &funnel, int limit = 3);
// A goal in words: "Spring launch impressions at 92% of the 15,100,000 target (due 31 May 2024)".
QString goalPhrase(const GoalStatus &goal, const QString &currency);
QStringList howFindings(const HowResult &how, const QString &currency, int limit = 3);

// Helpers, public for the report layout and the tests.
QString countWord(qint64 n, bool capital);                  // "Three", "three", "12"
QString joinNames(const QStringList &names);                // "A", "A and B", "A, B and C"
QString moneyWhole(double units, const QString &currency);  // "€48,000"
QString moneyCents(double units, const QString &currency);  // "€4.10"
QString percentText(double fraction, int decimals = 0);     // 0.583 -> "58%"
QString countText(double value);                            // 12345 -> "12,345"; 1.2e6 -> "1.2 million"

} // namespace iroi::report

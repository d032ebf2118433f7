#include "core/common/dates.h"
#include "core/report/findings.h"

#include <QTest>

using namespace iroi;
using namespace iroi::report;

// Every expected sentence below was worked out by hand from the figures in the test; the
// arithmetic is in the comments.
class TstFindings : public QObject
{
    Q_OBJECT

private slots:
    void helpers()
    {
        QCOMPARE(countWord(3, true), QStringLiteral("Three"));
        QCOMPARE(countWord(10, false), QStringLiteral("ten"));
        QCOMPARE(countWord(12, true), QStringLiteral("12"));
        QCOMPARE(countWord(1234, false), QStringLiteral("1,234"));
        QCOMPARE(joinNames({QStringLiteral("A")}), QStringLiteral("A"));
        QCOMPARE(joinNames({QStringLiteral("A"), QStringLiteral("B")}), QStringLiteral("A and B"));
        QCOMPARE(joinNames({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}), QStringLiteral("A, B and C"));
        QCOMPARE(moneyWhole(48000.4, QStringLiteral("EUR")), QStringLiteral("€48,000"));
        QCOMPARE(moneyWhole(-1250, QStringLiteral("USD")), QStringLiteral("-$1,250"));
        QCOMPARE(moneyCents(4.1, QStringLiteral("EUR")), QStringLiteral("€4.10"));
        QCOMPARE(percentText(0.5834), QStringLiteral("58%"));
        QCOMPARE(percentText(0.0834, 1), QStringLiteral("8.3%"));
        QCOMPARE(percentText(-0.001), QStringLiteral("0%"));
        QCOMPARE(countText(12345), QStringLiteral("12,345"));
        QCOMPARE(countText(1234567), QStringLiteral("1.2 million"));
    }

    void concentration_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QString>("expected");
        // 2500+2100+2100+2000+1300 = 10000; sorted 2500, 2100(D), 2100(E): 25%, 46%, 67% -> three reach half.
        QTest::newRow("three of five") << QList<double>{2500, 2000, 1300, 2100, 2100}
                                       << QStringLiteral("Three of 5 advocates drove 67% of attributed revenue: A, D and E.");
        // 2900+1500+1400+1000+800+400 = 8000; 2900 = 36%, +1500 = 4400 = 55% -> two.
        QTest::newRow("two of six") << QList<double>{2900, 1500, 1400, 1000, 800, 400}
                                    << QStringLiteral("Two of 6 advocates drove 55% of attributed revenue: A and B.");
        // 900 of 1000 = 90%; the negative value is ignored.
        QTest::newRow("one") << QList<double>{900, 100, -50}
                             << QStringLiteral("One advocate of 2 drove 90% of attributed revenue: A.");
        // Ten equal: five reach exactly 50%.
        QTest::newRow("flat") << QList<double>(10, 100.0)
                              << QStringLiteral("Five of 10 advocates drove 50% of attributed revenue, led by A, B and C.");
        QTest::newRow("single") << QList<double>{100} << QString();
        QTest::newRow("nothing") << QList<double>{0, 0, -3} << QString();
    }
    void concentration()
    {
        QFETCH(QList<double>, values);
        QFETCH(QString, expected);
        std::vector<NamedAmount> amounts;
        for (int i = 0; i < values.size(); ++i)
            amounts.push_back({QString(QChar(u'A' + i)), values[i]});
        const auto sentence = concentrationSentence(amounts, QStringLiteral("advocate"), QStringLiteral("advocates"),
                                                    QStringLiteral("attributed revenue"));
        QCOMPARE(sentence.value_or(QString()), expected);
    }

    void returnPerSpend()
    {
        // 410000/100000 = 4.10; 130000/100000 = 1.30; 250000/100000 = 2.50; Email has no cost.
        std::vector<NamedReturn> channels = {{QStringLiteral("Instagram"), 250000, 100000},
                                             {QStringLiteral("TikTok"), 130000, 100000},
                                             {QStringLiteral("LinkedIn"), 410000, 100000},
                                             {QStringLiteral("Email"), 90000, 0}};
        QCOMPARE(returnPerSpendSentence(channels, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("LinkedIn returns €4.10 per €1 spent, TikTok €1.30."));
        QCOMPARE(returnPerSpendSentence({channels[2]}, QStringLiteral("USD")).value_or(QString()),
                 QStringLiteral("LinkedIn returns $4.10 per $1 spent."));
        QVERIFY(!returnPerSpendSentence({channels[3]}, QStringLiteral("EUR")));
    }

    void roi()
    {
        // ROAS 48000 / 12400 = 3.8710; ROI = 2.8710 -> 287%.
        QCOMPARE(roiSentence(4800000, 1240000, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("€12,400 of cost returned €48,000 of attributed revenue: ROI 287%, ROAS 3.87."));
        // ROAS 500/1000 = 0.50; ROI -50%.
        QCOMPARE(roiSentence(50000, 100000, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("€1,000 of cost returned €500 of attributed revenue: ROI -50%, ROAS 0.50."));
        QVERIFY(!roiSentence(50000, 0, QStringLiteral("EUR")));
    }

    void emv()
    {
        QCOMPARE(emvSentence(9300.2, QStringLiteral("EUR"), 2, QStringLiteral("Standard")).value_or(QString()),
                 QStringLiteral("Earned media value adds €9,300 (rate card \u201cStandard\u201d, version 2), shown beside "
                                "cash ROI, never in it."));
        QVERIFY(!emvSentence(9300, QStringLiteral("EUR"), 0, QString()));
        QVERIFY(!emvSentence(0, QStringLiteral("EUR"), 1, QStringLiteral("x")));
    }

    void overhead()
    {
        HowResult how;
        // paid_boost 8200 is media; the rest 1000+1800+400+600+400 = 4200 of 12400 = 33.87% -> 34%.
        how.categories = {{QStringLiteral("fee"), 100000, {}, 0},      {QStringLiteral("product"), 180000, {}, 0},
                          {QStringLiteral("shipping"), 40000, {}, 0},  {QStringLiteral("travel"), 60000, {}, 0},
                          {QStringLiteral("production"), 40000, {}, 0}, {QStringLiteral("agency"), 0, {}, 0},
                          {QStringLiteral("staff_time"), 0, {}, 0},    {QStringLiteral("paid_boost"), 820000, {}, 0}};
        how.total = 1240000;
        how.overhead = 420000;
        QCOMPARE(overheadSentence(how, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("Non-media costs are 34% of total cost (€4,200 of €12,400); the largest is product at €1,800."));

        how.costPerStage.cpm = 12.5;
        how.costPerStage.cpc = 0.42;
        how.costPerStage.cpa = 18.2;
        how.people = {{7, QStringLiteral("Zoë"), 0, 0, 310000}};
        // 3100 / 12400 = 25%.
        const QStringList expected = {
            QStringLiteral("Non-media costs are 34% of total cost (€4,200 of €12,400); the largest is product at €1,800."),
            QStringLiteral("Fully loaded, the programme costs €12.50 per thousand impressions, €0.42 per click and €18.20 per order."),
            QStringLiteral("Zoë is the most expensive person at €3,100 (25% of cost).")};
        QCOMPARE(howFindings(how, QStringLiteral("EUR")), expected);
        QCOMPARE(howFindings(how, QStringLiteral("EUR"), 1), expected.mid(0, 1));

        HowResult staffOnly;
        staffOnly.categories = {{QStringLiteral("staff_time"), 50000, {}, 12.5}, {QStringLiteral("paid_boost"), 50000, {}, 0}};
        staffOnly.total = 100000;
        staffOnly.overhead = 50000;
        QCOMPARE(overheadSentence(staffOnly, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("Non-media costs are 50% of total cost (€500 of €1,000); the largest is staff time at €500."));
        QVERIFY(!overheadSentence(HowResult{}, QStringLiteral("EUR")));
    }

    void who()
    {
        std::vector<PersonScore> people(5);
        const char *names[] = {"Anna", "Ben", "Cara", "Dan", "Eve"};
        // revenue in euros: 3000, 1200, 900, 600, 300 = 6000; Anna 50% alone reaches half.
        const Cents revenue[] = {300000, 120000, 90000, 60000, 30000};
        const Cents cost[] = {50000, 40000, 30000, 60000, 0};
        const int activity[] = {2, 3, 4, 1, 5};
        const int performance[] = {1, 2, 3, 5, 4};
        const Recommendation rec[] = {Recommendation::Keep, Recommendation::Keep, Recommendation::Watch,
                                      Recommendation::Cut, Recommendation::Watch};
        for (int i = 0; i < 5; ++i) {
            people[i].key = QString::fromLatin1(names[i]);
            people[i].kind = QStringLiteral("employee");
            people[i].totals.revenue = revenue[i];
            people[i].totals.cost = cost[i];
            people[i].totals.posts = 24 - 4 * activity[i];
            people[i].activityRank = activity[i];
            people[i].performanceRank = performance[i];
            people[i].recommendation = rec[i];
        }
        people[3].totals.posts = 24;
        // Dan: activity 1st, performance 5th of 5 -> disagreement. Per euro: Anna 6.00, Ben 3.00,
        // Cara 3.00, Dan 1.00 (Eve has no cost).
        const QStringList expected = {
            QStringLiteral("One advocate of 5 drove 50% of attributed revenue: Anna."),
            QStringLiteral("Dan posts the most (24 posts) but ranks 5th of 5 by revenue per post."),
            QStringLiteral("Anna returns €6.00 per €1 spent, Dan €1.00."),
            QStringLiteral("Recommendation: keep 2, watch 2, cut 1.")};
        QCOMPARE(whoFindings(people, QStringLiteral("EUR"), 4), expected);
        QCOMPARE(whoFindings(people, QStringLiteral("EUR")).size(), 3);

        people[3].performanceRank = 3; // 1st vs 3rd: not a clear disagreement
        QVERIFY(!activityVersusPerformanceSentence(people));
        people[0].kind = QStringLiteral("influencer");
        QVERIFY(whoFindings(people, QStringLiteral("EUR")).front().startsWith(QStringLiteral("One person of 5")));
        QVERIFY(whoFindings({}, QStringLiteral("EUR")).isEmpty());
    }

    void groups()
    {
        std::vector<GroupRow> rows(3);
        rows[0].key = QStringLiteral("LinkedIn");
        rows[0].totals.revenue = 410000; // 4.10 per 1
        rows[0].totals.cost = 100000;
        rows[0].kpis.engagementRate = 0.042;
        rows[1].key = QStringLiteral("TikTok");
        rows[1].totals.revenue = 130000; // 1.30 per 1
        rows[1].totals.cost = 100000;
        rows[1].kpis.engagementRate = 0.061;
        rows[2].key = QStringLiteral("Instagram");
        rows[2].totals.revenue = 260000; // 2.60 per 1
        rows[2].totals.cost = 100000;
        // revenue 4100 + 1300 + 2600 = 8000; LinkedIn 51% alone reaches half.
        const QStringList expected = {QStringLiteral("LinkedIn returns €4.10 per €1 spent, TikTok €1.30."),
                                      QStringLiteral("One channel of 3 drove 51% of attributed revenue: LinkedIn."),
                                      QStringLiteral("TikTok has the highest engagement rate, 6.1% of reach.")};
        QCOMPARE(groupFindings(rows, QStringLiteral("channel"), QStringLiteral("channels"), QStringLiteral("EUR")), expected);

        // Cost no channel carries earns nothing by definition, and a token cost (below 1% of the
        // total) would claim a huge return: neither is the "worst" or "best" return.
        GroupRow unlinked;
        unlinked.key = QStringLiteral("(not linked)");
        unlinked.totals.cost = 100000;
        GroupRow token;
        token.key = QStringLiteral("Pinterest");
        token.totals.revenue = 50000;
        token.totals.cost = 100; // €1 of €4,001: 0.02%
        rows.push_back(unlinked);
        rows.push_back(token);
        QCOMPARE(groupFindings(rows, QStringLiteral("channel"), QStringLiteral("channels"), QStringLiteral("EUR"), 1),
                 QStringList{QStringLiteral("LinkedIn returns €4.10 per €1 spent, TikTok €1.30.")});
    }

    void goalsAndShareOfVoice()
    {
        GoalStatus a, b, c;
        a.onTrack = true;
        b.campaign = QStringLiteral("Spring launch");
        b.metric = QStringLiteral("impressions");
        b.target = 15100000;
        b.attainment = 0.92;
        b.deadlineDay = epochDayFromIso(QStringLiteral("2024-05-31"));
        c.campaign = QStringLiteral("Autumn");
        c.metric = QStringLiteral("revenue");
        c.target = 48000;
        c.attainment = 0.5;
        c.deadlineDay = epochDayFromIso(QStringLiteral("2024-10-01"));
        const QStringList expected = {
            QStringLiteral("One of three goals is on track."),
            QStringLiteral("Furthest behind: Autumn revenue at 50% of the €48,000 target (due 1 October 2024) and "
                           "Spring launch impressions at 92% of the 15,100,000 target (due 31 May 2024).")};
        QCOMPARE(goalFindings({a, b, c}, QStringLiteral("EUR")), expected);
        QVERIFY(goalFindings({}, QStringLiteral("EUR")).isEmpty());

        WhyResult why;
        why.ownBrand = QStringLiteral("Lumen");
        TopicShare mats, recovery;
        mats.topic = QStringLiteral("yoga mats");
        mats.shareOfVoice = 0.45;
        mats.leadingBrand = QStringLiteral("Lumen");
        recovery.topic = QStringLiteral("recovery");
        recovery.shareOfVoice = 0.06;
        recovery.leadingBrand = QStringLiteral("Asana Co");
        why.topics = {recovery, mats};
        why.whiteSpace = {QStringLiteral("recovery")};
        QCOMPARE(shareOfVoiceFindings(why),
                 (QStringList{QStringLiteral("The lowest share of voice is on recovery (6%), where Asana Co leads: white "
                                             "space to claim."),
                              QStringLiteral("Lumen leads on yoga mats with 45% of mentions.")}));
    }

    void funnel()
    {
        FunnelResult f;
        f.total.steps = {{QStringLiteral("impressions"), FunnelStage::Awareness, 1000000},
                         {QStringLiteral("engagements"), FunnelStage::Consideration, 50000},
                         {QStringLiteral("clicks"), FunnelStage::Consideration, 4000},
                         {QStringLiteral("orders"), FunnelStage::Purchase, 120}};
        f.total.rates = {{QStringLiteral("impressions"), QStringLiteral("engagements"), 0.05, QStringLiteral("engagements per impression")},
                         {QStringLiteral("engagements"), QStringLiteral("clicks"), 0.08, QStringLiteral("clicks per engagement")},
                         {QStringLiteral("clicks"), QStringLiteral("orders"), 0.03, QStringLiteral("orders per click")}};
        const QStringList expected = {QStringLiteral("5.0% of impressions led to an engagement (50,000 engagements)."),
                                      QStringLiteral("8.0% of engagements led to a click (4,000 clicks)."),
                                      QStringLiteral("3.0% of clicks led to an order (120 orders).")};
        QCOMPARE(funnelFindings(f), expected);
        QCOMPARE(funnelFindings(f, 1), expected.mid(0, 1));
    }

    void when()
    {
        WhenResult when;
        when.periodOverPeriod.revenueChange = 810000.0 / 723000.0 - 1.0; // +12.03%
        when.periodOverPeriod.current.revenue = 810000;
        when.periodOverPeriod.previous.revenue = 723000;
        when.engagementHeat[1][19] = 500; // Tuesday 19h: 500 of 1000 = 50%
        when.engagementHeat[0][9] = 300;
        when.engagementHeat[4][12] = 200;
        when.byMonth[2].revenue = 300000; // March: 3000 of 3000+1000 = 75%
        when.byMonth[10].revenue = 100000;
        // Two weekly buckets: the peak is the week of 6 January 2025 with €900.
        SeriesPoint w1, w2;
        w1.day = epochDayFromIso(QStringLiteral("2024-12-30"));
        w1.totals.revenue = 40000;
        w2.day = epochDayFromIso(QStringLiteral("2025-01-06"));
        w2.totals.revenue = 90000;
        when.series = {w1, w2};
        when.granularity = Granularity::Week;
        // The posting slot has its own page (the heatmap): the trend page leaves it out.
        const QStringList expected = {
            QStringLiteral("Revenue is up 12% on the previous period of the same length (€8,100 against €7,230)."),
            QStringLiteral("Revenue peaked in the week of 6 January 2025 at €900."),
            QStringLiteral("The strongest month is March, with 75% of attributed revenue.")};
        QCOMPARE(whenFindings(when, QStringLiteral("EUR")), expected);
        when.granularity = Granularity::Month;
        QCOMPARE(peakSentence(when, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("Revenue peaked in January 2025 at €900."));
        when.series.resize(1);
        QVERIFY(!peakSentence(when, QStringLiteral("EUR")));

        PeriodComparison down;
        down.revenueChange = 500.0 / 1000.0 - 1.0;
        down.current.revenue = 50000;
        down.previous.revenue = 100000;
        QCOMPARE(periodChangeSentence(down, QStringLiteral("EUR")).value_or(QString()),
                 QStringLiteral("Revenue is down 50% on the previous period of the same length (€500 against €1,000)."));
        std::array<std::array<qint64, 24>, 7> late{};
        late[6][23] = 1;
        QCOMPARE(bestSlotSentence(late, QStringLiteral("clicks")).value_or(QString()),
                 QStringLiteral("The strongest posting slot is Sunday 23:00\u201300:00, with 100% of clicks."));
        QVERIFY(whenFindings(WhenResult{}, QStringLiteral("EUR")).isEmpty());

        // Tuesday 19:00 has the best rate among slots with enough posts; Monday 08:00 is
        // higher but rests on 2 posts. Overall: (0.10*20 + 0.05*80 + 0.30*2) / 102 = 6.47%.
        std::array<std::array<std::optional<double>, 24>, 7> rate{};
        std::array<std::array<qint64, 24>, 7> posts{};
        rate[1][19] = 0.10;
        posts[1][19] = 20;
        rate[4][12] = 0.05;
        posts[4][12] = 80;
        rate[0][8] = 0.30;
        posts[0][8] = 2;
        QCOMPARE(bestRateSlotSentence(rate, posts, QStringLiteral("engagement rate")).value_or(QString()),
                 QStringLiteral("Posts published Tuesday 19:00\u201320:00 earn the highest engagement rate, 10.0% against "
                                "6.5% for all slots (20 posts)."));
        QVERIFY(!bestRateSlotSentence({}, {}, QStringLiteral("engagement rate")));
    }

    void why()
    {
        WhyResult why;
        why.ownBrand = QStringLiteral("Us");
        GoalStatus a, b, c;
        a.onTrack = true;
        b.onTrack = true;
        c.description = QStringLiteral("Q3 revenue");
        c.attainment = 0.62;
        why.goals = {a, b, c};
        TopicShare sustainability;
        sustainability.topic = QStringLiteral("sustainability");
        sustainability.shareOfVoice = 8.0 / 100.0;
        sustainability.leadingBrand = QStringLiteral("Rival");
        TopicShare price;
        price.topic = QStringLiteral("price");
        price.shareOfVoice = 0.3;
        price.leadingBrand = QStringLiteral("Us");
        why.topics = {sustainability, price};
        why.whiteSpace = {QStringLiteral("sustainability")};
        const QStringList expected = {
            QStringLiteral("Two of three goals are on track; behind: Q3 revenue at 62% of target."),
            QStringLiteral("The lowest share of voice is on sustainability (8%), where Rival leads: white space to claim.")};
        QCOMPARE(whyFindings(why), expected);
    }
};

QTEST_GUILESS_MAIN(TstFindings)
#include "tst_findings.moc"

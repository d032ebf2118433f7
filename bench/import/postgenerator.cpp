#include "bench/import/postgenerator.h"

#include <QFile>

#include <cstdio>
#include <string>

namespace iroi::bench {

namespace {

// A small fixed-seed generator (xorshift64*), so the file is the same on every machine.
struct Rng
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    quint64 next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1Dull;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
};

} // namespace

bool writePostMetricsCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const char *channels[] = {"Instagram", "TikTok", "LinkedIn", "YouTube"};
    static const char *types[] = {"Reel", "Short video", "Carousel", "Article", "Story", "Long video"};
    static const char *campaigns[] = {"Spring Launch 2025", "Summer Sale 2025", "Back to School",
                                      "Black Friday Push", "Holiday Gifting", "Always On Advocacy"};
    Rng rng;
    std::string buffer;
    buffer.reserve(1 << 20);
    buffer += "Date,Campaign,Person,Person type,Channel,Content type,Post ID,Impressions,Reach,Views,Likes,"
              "Comments,Shares,Saves,Clicks,Leads,Conversions,Revenue,Cost\n";
    char line[512];
    constexpr int kDaysPerPost = 30;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 post = i / kDaysPerPost;
        const int dayOfPost = static_cast<int>(i % kDaysPerPost);
        const int person = static_cast<int>((post * 7919) % 2000);
        const bool employee = person % 4 == 0;
        const int startDay = static_cast<int>((post * 37) % 700); // days after 2024-01-01
        // civil date of 2024-01-01 + startDay + dayOfPost, by walking months (cheap enough here)
        int d = startDay + dayOfPost;
        int year = 2024;
        int month = 1;
        static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (;;) {
            const bool leap = year % 4 == 0;
            const int len = lengths[month - 1] + (month == 2 && leap ? 1 : 0);
            if (d < len)
                break;
            d -= len;
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        const int impressions = 500 + rng.below(50000);
        const int reach = impressions * (60 + rng.below(30)) / 100;
        const int views = impressions * rng.below(80) / 100;
        const int likes = impressions * (1 + rng.below(8)) / 100;
        const int comments = likes / (5 + rng.below(20));
        const int shares = likes / (8 + rng.below(20));
        const int saves = likes / (6 + rng.below(20));
        const int clicks = impressions * rng.below(3) / 100;
        const int leads = clicks / (10 + rng.below(30));
        const int conversions = leads / (2 + rng.below(4));
        const int revenueCents = rng.below(10) == 0 ? 1000 + rng.below(50000) : 0;
        const int costCents = dayOfPost == 0 ? 5000 + rng.below(200000) : 0;
        const int n = std::snprintf(
            line, sizeof line,
            "%04d-%02d-%02d,%s,creator_%05d,%s,%s,%s,post_%07lld,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d.%02d,%d.%02d\n",
            year, month, d + 1, campaigns[post % 6], person, employee ? "employee" : "influencer",
            channels[person % 4], types[post % 6], static_cast<long long>(post), impressions, reach, views, likes,
            comments, shares, saves, clicks, leads, conversions, revenueCents / 100, revenueCents % 100,
            costCents / 100, costCents % 100);
        buffer.append(line, static_cast<size_t>(n));
        if (buffer.size() > (1 << 20) - 512) {
            if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
}

} // namespace iroi::bench

#pragma once

#include "core/common/dates.h"
#include "core/demo/random.h"

#include <QString>

#include <vector>

namespace iroi::demo {

// The fixed world of the demo (channels, content types, campaigns, people and their
// hidden performance parameters). The planted truths of docs/demo-data.md live here.

constexpr EpochDay kFirstDay = 19723; // 2024-01-01, a Monday
constexpr EpochDay kLastDay = 20453;  // 2025-12-31
constexpr int kDays = kLastDay - kFirstDay + 1;

struct ChannelDef
{
    int id = 0;
    QString name;
    QString slug;       // utm_source
    int window = 0;     // days of metric rows after publishing
    double decay = 0.0; // day-over-day ratio of impressions
    double reach = 0.0; // impressions of one post per follower
    double engagement = 0.0; // engagements per impression
    double ctr = 0.0;        // clicks per impression
};

struct ContentTypeDef
{
    int id = 0;
    QString name;
    bool video = false;
    double engagement = 1.0; // multipliers
    double conversion = 1.0;
};

struct CampaignDef
{
    int id = 0;
    QString name;
    QString slug; // utm_campaign
    EpochDay start = 0;
    EpochDay end = 0; // also the deadline of its goals
    qint64 budgetCents = 0;
    QString objective;
    bool advocacy = false;
};

struct ShareDef
{
    QString dimension;
    QString value;
    double share = 0.0;
};

enum class Role { Regular, Superstar, QuietStar, BusyLaggard, PoorFit, Loyalist };

struct PersonDef
{
    int id = 0;
    QString handle;
    QString displayName;
    bool employee = false;
    Role role = Role::Regular;
    int channel = 0;        // primary channel id
    int secondChannel = 0;  // posts there now and then
    qint64 followers = 0;
    QString department;
    QString location;
    bool local = true;      // based in the Netherlands (no travel costs)
    qint64 hourlyRateCents = 0;
    QString code;           // discount code (influencers only)
    int posts = 0;          // at scale 1
    double reachFactor = 1.0;
    double engagementFactor = 1.0;
    double ctrFactor = 1.0;
    double conversion = 0.0; // orders per click
    double leadRate = 0.0;   // leads per click
    double aovFactor = 1.0;
    double repeatMean = 0.35; // later orders per acquired customer
    std::vector<ShareDef> audience;
    std::vector<int> contentTypes; // ids the person posts
};

struct Cast
{
    std::vector<ChannelDef> channels;
    std::vector<ContentTypeDef> contentTypes;
    std::vector<CampaignDef> campaigns;
    std::vector<PersonDef> people; // influencers first, then employees; id = index + 1
};

Cast buildCast(Random &random);

// Index into Cast::channels / campaigns by id (ids are 1-based and dense).
inline const ChannelDef &channelById(const Cast &cast, int id)
{
    return cast.channels[static_cast<size_t>(id - 1)];
}

// The influencer campaign running on a day (the advocacy campaign is separate).
int influencerCampaignOn(const Cast &cast, EpochDay day);
int advocacyCampaignId(const Cast &cast);

// Seasonal multiplier of engagement, clicks and orders: January peak, spring bump,
// quiet summer and holidays.
double seasonFactor(EpochDay day);
// Engagement and click multiplier by local publishing weekday (0 = Monday) and hour.
double slotFactor(int weekday, int hour);
// "+01:00" or "+02:00" (Central European summer time), by local day.
QString utcOffsetOn(EpochDay day);

} // namespace iroi::demo

#include "core/demo/democast.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>

namespace iroi::demo {

namespace {

EpochDay day(int year, int month, int dayOfMonth)
{
    return toEpochDay(QDate(year, month, dayOfMonth));
}

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

// "van der meer" -> "van der Meer", the Dutch way of writing a surname after a first name.
QString dutchSurname(const QString &surname)
{
    QStringList parts = surname.split(QLatin1Char(' '));
    parts.last() = capitalized(parts.last());
    return parts.join(QLatin1Char(' '));
}

struct Weighted
{
    const char *value;
    double weight;
};

// Shares of one audience dimension: base weights with per-person noise, normalised and
// rounded to four decimals so they read well in exports.
void addShares(std::vector<ShareDef> &out, const char *dimension, const std::vector<Weighted> &base, Random &random,
               double noise)
{
    std::vector<double> weights;
    double total = 0.0;
    for (const Weighted &w : base) {
        const double value = w.weight * (noise > 0.0 ? random.logNormal(0.0, noise) : 1.0);
        weights.push_back(value);
        total += value;
    }
    for (size_t i = 0; i < base.size(); ++i) {
        const double share = std::floor(weights[i] / total * 10000.0) / 10000.0;
        out.push_back({QString::fromLatin1(dimension), QString::fromLatin1(base[i].value), share});
    }
}

const std::vector<Weighted> kAdultAges = {{"13-17", 0.02}, {"18-24", 0.22}, {"25-34", 0.38},
                                          {"35-44", 0.24}, {"45-54", 0.10}, {"55+", 0.04}};
const std::vector<Weighted> kYoungAges = {{"13-17", 0.05}, {"18-24", 0.38}, {"25-34", 0.33},
                                          {"35-44", 0.15}, {"45-54", 0.06}, {"55+", 0.03}};
const std::vector<Weighted> kCreatorInterests = {{"yoga", 0.30},      {"fitness", 0.25},   {"wellness", 0.20},
                                                 {"meditation", 0.10}, {"nutrition", 0.10}, {"fashion", 0.05}};
const std::vector<Weighted> kStaffInterests = {{"yoga", 0.12},     {"fitness", 0.14},  {"wellness", 0.16},
                                               {"business", 0.38}, {"technology", 0.20}};
const std::array<const char *, 6> kCountries = {"NL", "DE", "BE", "GB", "FR", "US"};

void addAudience(PersonDef &person, Random &random, bool young)
{
    addShares(person.audience, "age", young ? kYoungAges : kAdultAges, random, 0.25);
    const double female = random.uniform(0.55, 0.85);
    addShares(person.audience, "gender", {{"female", female}, {"male", 0.98 - female}, {"other", 0.02}}, random, 0.0);
    const QString home = person.location.right(2);
    std::vector<Weighted> countries;
    const double homeShare = random.uniform(0.45, 0.70);
    for (const char *country : kCountries)
        countries.push_back({country, QLatin1String(country) == home ? homeShare * 5.0 : 0.2 + random.uniform()});
    addShares(person.audience, "country", countries, random, 0.0);
    addShares(person.audience, "interest", person.employee ? kStaffInterests : kCreatorInterests, random, 0.3);
}

const std::array<const char *, 53> kCreatorNames = {
    "amber", "bo",    "chloe", "daan",  "elif",  "fenna", "gwen",   "hugo", "iris", "jasmijn", "kim",
    "lars",  "mila",  "nina",  "olivia", "pim",  "quinn", "rosa",   "sara", "tess", "uma",     "vera",
    "wes",   "xena",  "yara",  "zara",  "anouk", "bram",  "cato",   "dewi", "esmee", "floor",  "guus",
    "hanna", "ilse",  "joris", "kiki",  "lieke", "mats",  "nova",   "otis", "puck", "roos",    "sem",
    "tara",  "luna",  "ivy",   "femke", "jules", "lotte", "milan",  "nora", "robin"};
const std::array<const char *, 13> kCreatorSuffixes = {"flows", "moves",  "stretch", "zen",  "fit",
                                                       "yoga",  "breathes", "balance", "glow", "strong",
                                                       "asana", "wellness", "mindful"};
const std::array<const char *, 38> kStaffFirst = {
    "anna",  "bas",   "carmen", "dirk",  "emma",  "floris", "greet",    "hamid",  "ines",   "jeroen",
    "karin", "lucas", "marloes", "niels", "oscar", "petra", "ricardo", "sofie",  "thijs",  "ursula",
    "vincent", "wendy", "yusuf", "zoe",  "aylin", "bart",  "charlotte", "daniel", "eline", "frank",
    "gijs",  "helen", "ivo",    "julia", "koen",  "laura", "mark",     "nadia"};
const std::array<const char *, 38> kStaffLast = {
    "de vries", "van dijk", "visser",   "smit",     "meijer",     "de boer",  "mulder",    "de groot",
    "bos",      "vos",      "peters",   "hendriks", "van leeuwen", "dekker",  "brouwer",   "de wit",
    "dijkstra", "smits",    "de graaf", "van der meer", "kok",    "jacobs",   "de haan",   "vermeulen",
    "van den berg", "schouten", "willems", "hoekstra", "koster",  "prins",    "huisman",   "peeters",
    "kuipers",  "van wijk", "post",     "kramer",   "van der linden", "maas"};

struct Department
{
    const char *name;
    qint64 hourlyRateCents;
};
const std::array<Department, 8> kDepartments = {{{"Sales", 5500},
                                                 {"Marketing", 5000},
                                                 {"Product", 6500},
                                                 {"Customer Care", 3800},
                                                 {"Studio", 4200},
                                                 {"Operations", 4500},
                                                 {"People", 4800},
                                                 {"Engineering", 7000}}};

const std::array<const char *, 5> kDutchCities = {"Amsterdam, NL", "Utrecht, NL", "Rotterdam, NL", "Haarlem, NL",
                                                  "Eindhoven, NL"};
const std::array<const char *, 5> kForeignCities = {"Berlin, DE", "Hamburg, DE", "Antwerp, BE", "London, GB",
                                                    "Paris, FR"};

int pickCreatorChannel(Random &random)
{
    // Instagram 45 %, TikTok 25 %, YouTube 15 %, Pinterest 8 %, Facebook 7 %.
    const double u = random.uniform();
    if (u < 0.45)
        return 1;
    if (u < 0.70)
        return 2;
    if (u < 0.85)
        return 3;
    if (u < 0.93)
        return 6;
    return 5;
}

int otherChannel(Random &random, int primary, const std::vector<int> &options)
{
    int channel = primary;
    while (channel == primary)
        channel = options[static_cast<size_t>(random.uniformInt(0, static_cast<int>(options.size()) - 1))];
    return channel;
}

PersonDef makeCreator(Random &random, const QString &first, const QString &suffix)
{
    PersonDef p;
    p.handle = first + QLatin1Char('.') + suffix;
    p.displayName = capitalized(first) + QLatin1Char(' ') + capitalized(suffix);
    p.channel = pickCreatorChannel(random);
    p.secondChannel = otherChannel(random, p.channel, {1, 2, 3, 5, 6});
    p.followers = std::clamp(static_cast<qint64>(random.logNormal(std::log(35000.0), 0.75)), qint64(6000),
                             qint64(120000));
    p.local = random.chance(0.55);
    p.location = QString::fromLatin1(p.local ? kDutchCities[static_cast<size_t>(random.uniformInt(0, 4))]
                                             : kForeignCities[static_cast<size_t>(random.uniformInt(0, 4))]);
    p.code = first.toUpper() + QStringLiteral("15");
    p.posts = random.uniformInt(30, 50);
    p.engagementFactor = random.logNormal(0.0, 0.2);
    p.ctrFactor = random.logNormal(0.0, 0.25);
    p.conversion = 0.025 * random.logNormal(0.0, 0.25);
    p.leadRate = 0.02;
    return p;
}

} // namespace

Cast buildCast(Random &random)
{
    Cast cast;
    cast.channels = {
        {1, QStringLiteral("Instagram"), QStringLiteral("instagram"), 30, 0.72, 0.35, 0.045, 0.008},
        {2, QStringLiteral("TikTok"), QStringLiteral("tiktok"), 21, 0.65, 0.60, 0.060, 0.006},
        {3, QStringLiteral("YouTube"), QStringLiteral("youtube"), 60, 0.90, 0.45, 0.035, 0.010},
        {4, QStringLiteral("LinkedIn"), QStringLiteral("linkedin"), 14, 0.60, 0.50, 0.030, 0.015},
        {5, QStringLiteral("Facebook"), QStringLiteral("facebook"), 21, 0.65, 0.15, 0.025, 0.007},
        {6, QStringLiteral("Pinterest"), QStringLiteral("pinterest"), 45, 0.85, 0.25, 0.020, 0.012},
    };
    cast.contentTypes = {
        {1, QStringLiteral("Reel"), true, 1.20, 1.00},
        {2, QStringLiteral("Short video"), true, 1.15, 0.90},
        {3, QStringLiteral("Long video"), true, 0.90, 1.20},
        {4, QStringLiteral("Tutorial"), true, 1.00, 1.30},
        {5, QStringLiteral("Review"), false, 0.90, 1.25},
        {6, QStringLiteral("Giveaway"), false, 1.80, 0.60},
        {7, QStringLiteral("Product collaboration"), false, 1.00, 1.40},
        {8, QStringLiteral("Text post"), false, 0.80, 1.00},
        {9, QStringLiteral("Carousel"), false, 1.10, 1.00},
    };
    cast.campaigns = {
        {1, QStringLiteral("New Year Reset 2024"), QStringLiteral("new-year-reset-2024"), day(2024, 1, 1),
         day(2024, 2, 29), 6000000, QStringLiteral("sales"), false},
        {2, QStringLiteral("Spring Flow 2024"), QStringLiteral("spring-flow-2024"), day(2024, 3, 1), day(2024, 5, 31),
         5500000, QStringLiteral("awareness"), false},
        {3, QStringLiteral("Summer Outdoors 2024"), QStringLiteral("summer-outdoors-2024"), day(2024, 6, 1),
         day(2024, 8, 31), 4000000, QStringLiteral("consideration"), false},
        {4, QStringLiteral("Mindful Autumn 2024"), QStringLiteral("mindful-autumn-2024"), day(2024, 9, 1),
         day(2024, 12, 31), 5000000, QStringLiteral("sales"), false},
        {5, QStringLiteral("New Year Reset 2025"), QStringLiteral("new-year-reset-2025"), day(2025, 1, 1),
         day(2025, 2, 28), 7000000, QStringLiteral("sales"), false},
        {6, QStringLiteral("Spring Flow 2025"), QStringLiteral("spring-flow-2025"), day(2025, 3, 1), day(2025, 5, 31),
         6000000, QStringLiteral("awareness"), false},
        {7, QStringLiteral("Pro Mat Launch 2025"), QStringLiteral("pro-mat-launch-2025"), day(2025, 6, 1),
         day(2025, 10, 31), 8000000, QStringLiteral("sales"), false},
        {8, QStringLiteral("Winter Glow 2025"), QStringLiteral("winter-glow-2025"), day(2025, 11, 1), day(2026, 1, 31),
         5000000, QStringLiteral("sales"), false},
        {9, QStringLiteral("Lumen Team Voices"), QStringLiteral("team-voices"), day(2024, 1, 1), day(2026, 3, 31),
         2500000, QStringLiteral("leads"), true},
    };

    // Influencers: five superstars, the poor-fit giant, the loyalist, then the regulars.
    struct Star
    {
        const char *first;
        const char *suffix;
        int channel;
        qint64 followers;
    };
    const std::array<Star, 5> stars = {{{"maya", "moves", 1, 520000},
                                        {"zoe", "zenlife", 3, 410000},
                                        {"lina", "breathes", 1, 360000},
                                        {"ruby", "balance", 2, 330000},
                                        {"kai", "strong", 3, 300000}}};
    for (const Star &star : stars) {
        PersonDef p = makeCreator(random, QString::fromLatin1(star.first), QString::fromLatin1(star.suffix));
        p.role = Role::Superstar;
        p.channel = star.channel;
        p.secondChannel = star.channel == 1 ? 2 : 1;
        p.followers = star.followers;
        p.code = p.code.left(p.code.size() - 2) + QStringLiteral("20");
        p.posts = 60;
        p.engagementFactor = 1.1;
        p.ctrFactor = 1.0;
        p.conversion = 0.045;
        cast.people.push_back(p);
    }
    {
        PersonDef p = makeCreator(random, QStringLiteral("snackattack"), QStringLiteral("sam"));
        p.displayName = QStringLiteral("Sam Snackattack");
        p.role = Role::PoorFit;
        p.channel = 2;
        p.secondChannel = 1;
        p.followers = 1850000;
        p.local = false;
        p.location = QStringLiteral("London, GB");
        p.code = QStringLiteral("SNACK15");
        p.posts = 30;
        p.engagementFactor = 1.3;
        p.ctrFactor = 0.6;
        p.conversion = 0.0008;
        cast.people.push_back(p);
    }
    {
        PersonDef p = makeCreator(random, QStringLiteral("noor"), QStringLiteral("flows"));
        p.role = Role::Loyalist;
        p.channel = 1;
        p.secondChannel = 6;
        p.followers = 48000;
        p.local = true;
        p.location = QStringLiteral("Utrecht, NL");
        p.posts = 40;
        p.ctrFactor = 1.0;
        p.conversion = 0.03;
        p.repeatMean = 3.0;
        cast.people.push_back(p);
    }
    for (size_t i = 0; i < kCreatorNames.size(); ++i) {
        const char *suffix = kCreatorSuffixes[(i * 5 + 3) % kCreatorSuffixes.size()];
        cast.people.push_back(makeCreator(random, QString::fromLatin1(kCreatorNames[i]), QString::fromLatin1(suffix)));
    }
    for (PersonDef &p : cast.people) {
        if (p.role == Role::PoorFit)
            continue; // its audience is written by hand below
        addAudience(p, random, p.channel == 2);
    }
    PersonDef &sam = *std::find_if(cast.people.begin(), cast.people.end(),
                                   [](const PersonDef &p) { return p.role == Role::PoorFit; });
    addShares(sam.audience, "age",
              {{"13-17", 0.42}, {"18-24", 0.38}, {"25-34", 0.12}, {"35-44", 0.05}, {"45-54", 0.02}, {"55+", 0.01}},
              random, 0.0);
    addShares(sam.audience, "gender", {{"female", 0.38}, {"male", 0.60}, {"other", 0.02}}, random, 0.0);
    addShares(sam.audience, "country",
              {{"NL", 0.06}, {"DE", 0.06}, {"BE", 0.02}, {"GB", 0.28}, {"FR", 0.04}, {"US", 0.54}}, random, 0.0);
    addShares(sam.audience, "interest",
              {{"candy", 0.42}, {"fast food", 0.30}, {"gaming", 0.14}, {"fashion", 0.08}, {"fitness", 0.04},
               {"yoga", 0.02}},
              random, 0.0);

    // Employee advocates: the quiet star, the busy laggard, then the regulars.
    auto makeStaff = [&random](const QString &first, const QString &last, const Department &department) {
        PersonDef p;
        p.employee = true;
        p.handle = first + QLatin1Char('.') + QString(last).remove(QLatin1Char(' '));
        p.displayName = capitalized(first) + QLatin1Char(' ') + dutchSurname(last);
        p.department = QString::fromLatin1(department.name);
        p.hourlyRateCents = department.hourlyRateCents;
        const double u = random.uniform();
        p.channel = u < 0.7 ? 4 : (u < 0.9 ? 1 : 5);
        p.secondChannel = p.channel == 4 ? 1 : 4;
        p.followers = std::clamp(static_cast<qint64>(random.logNormal(std::log(1800.0), 0.5)), qint64(1000),
                                 qint64(8000));
        p.local = random.chance(0.9);
        p.location = QString::fromLatin1(p.local ? kDutchCities[static_cast<size_t>(random.uniformInt(0, 4))]
                                                 : kForeignCities[static_cast<size_t>(random.uniformInt(0, 2))]);
        p.posts = random.uniformInt(14, 32);
        p.engagementFactor = std::clamp(random.logNormal(0.0, 0.2), 0.85, 1.3);
        p.ctrFactor = std::clamp(random.logNormal(0.0, 0.2), 0.85, 1.3);
        p.conversion = 0.08 * std::clamp(random.logNormal(0.0, 0.2), 0.85, 1.3);
        p.leadRate = 0.08;
        return p;
    };
    {
        PersonDef p = makeStaff(QStringLiteral("sanne"), QStringLiteral("bakker"), kDepartments[4]);
        p.role = Role::QuietStar;
        p.channel = 1;
        p.secondChannel = 4;
        p.followers = 4200;
        p.location = QStringLiteral("Amsterdam, NL");
        p.local = true;
        p.posts = 6;
        p.reachFactor = 8.0;
        p.ctrFactor = 8.75;
        p.conversion = 0.09;
        p.aovFactor = 1.5;
        p.contentTypes = {4};
        cast.people.push_back(p);
    }
    {
        PersonDef p = makeStaff(QStringLiteral("tom"), QStringLiteral("jansen"), kDepartments[0]);
        p.role = Role::BusyLaggard;
        p.channel = 4;
        p.secondChannel = 5;
        p.followers = 2600;
        p.location = QStringLiteral("Rotterdam, NL");
        p.local = true;
        p.posts = 150;
        p.ctrFactor = 0.35;
        p.conversion = 0.0012;
        p.leadRate = 0.01;
        p.contentTypes = {8};
        cast.people.push_back(p);
    }
    for (size_t i = 0; i < kStaffFirst.size(); ++i) {
        const Department &department = kDepartments[(i * 3 + 1) % kDepartments.size()];
        cast.people.push_back(
            makeStaff(QString::fromLatin1(kStaffFirst[i]), QString::fromLatin1(kStaffLast[i]), department));
    }
    for (PersonDef &p : cast.people) {
        if (p.employee)
            addAudience(p, random, false);
    }
    for (size_t i = 0; i < cast.people.size(); ++i)
        cast.people[i].id = static_cast<int>(i) + 1;
    return cast;
}

int influencerCampaignOn(const Cast &cast, EpochDay onDay)
{
    for (const CampaignDef &c : cast.campaigns) {
        if (!c.advocacy && onDay >= c.start && onDay <= c.end)
            return c.id;
    }
    return 0;
}

int advocacyCampaignId(const Cast &cast)
{
    for (const CampaignDef &c : cast.campaigns) {
        if (c.advocacy)
            return c.id;
    }
    return 0;
}

double seasonFactor(EpochDay onDay)
{
    static constexpr std::array<double, 12> kMonths = {1.60, 1.15, 1.00, 1.30, 1.35, 0.95,
                                                       0.85, 0.85, 1.00, 1.00, 0.90, 0.70};
    return kMonths[static_cast<size_t>(fromEpochDay(onDay).month() - 1)];
}

double slotFactor(int weekday, int hour)
{
    if (weekday == 1 && hour == 19)
        return 2.0;
    double factor = 0.9;
    if (hour >= 17 && hour <= 21)
        factor = 1.1;
    else if (hour >= 7 && hour <= 9)
        factor = 1.0;
    if (weekday >= 5)
        factor *= 0.95;
    return factor;
}

QString utcOffsetOn(EpochDay onDay)
{
    const QDate date = fromEpochDay(onDay);
    auto lastSunday = [](int year, int month) {
        const QDate last(year, month, 31);
        return toEpochDay(last.addDays(-(last.dayOfWeek() % 7)));
    };
    const bool summer = onDay >= lastSunday(date.year(), 3) && onDay < lastSunday(date.year(), 10);
    return summer ? QStringLiteral("+02:00") : QStringLiteral("+01:00");
}

} // namespace iroi::demo

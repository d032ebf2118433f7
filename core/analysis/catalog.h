#pragma once

#include "core/analysis/filter.h"
#include "core/common/dates.h"
#include "core/common/money.h"

#include <QString>

#include <optional>
#include <vector>

namespace iroi {

// The named things of a workspace a filter can pick, read once when the engine loads.
// Lists are sorted by name (case-insensitive); ids are the workspace row ids.
struct Catalog
{
    struct Item
    {
        qint64 id = 0;
        QString name;
    };
    struct Campaign
    {
        qint64 id = 0;
        QString name;
        EpochDay startDay = kNoDay;
        EpochDay endDay = kNoDay;
        std::optional<Cents> budget;
        QString objective;
    };
    struct Person
    {
        qint64 id = 0;
        QString handle;      // unique; what the command line matches on
        QString displayName; // may be empty; the UI shows it when present
        PersonKind kind = PersonKind::Influencer;
        qint64 channelId = 0; // 0 = none
        std::optional<qint64> followers;
        QString department;
        QString location;
    };

    std::vector<Campaign> campaigns;
    std::vector<Item> channels;
    std::vector<Person> people;
    std::vector<Item> contentTypes;
    QStringList topics;               // brand_mention topics
    QString ownBrand;                 // setting 'brand.own' ("" when unset)
    QString currency = QStringLiteral("EUR"); // setting 'workspace.currency'
    EpochDay firstDay = kNoDay;       // earliest day of any metric, order or cost row
    EpochDay lastDay = kNoDay;        // latest such day; "today" for pacing

    // Name lookups for the command line and the filter bar (case-insensitive, exact);
    // nullopt when the name is unknown.
    std::optional<qint64> campaignId(const QString &name) const;
    std::optional<qint64> channelId(const QString &name) const;
    std::optional<qint64> personId(const QString &handle) const;
    std::optional<qint64> contentTypeId(const QString &name) const;

    // Display names by id; "" when unknown (0 gives "").
    QString campaignName(qint64 id) const;
    QString channelName(qint64 id) const;
    QString personName(qint64 id) const; // display name, else handle
    QString contentTypeName(qint64 id) const;
};

} // namespace iroi

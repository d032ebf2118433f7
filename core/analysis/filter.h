#pragma once

#include "core/common/dates.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace iroi {

enum class PersonKind { Influencer, Employee };

// What every view is restricted to. Empty lists mean "all". Ids are the workspace's row
// ids (campaign.id, channel.id, person.id, content_type.id); names are resolved to ids by
// the caller (command line, filter bar) so views never match on display text.
struct Filter
{
    std::vector<qint64> campaignIds;
    std::vector<qint64> channelIds;
    std::vector<qint64> personIds;
    std::vector<qint64> contentTypeIds;
    std::optional<PersonKind> personKind;
    EpochDay from = kNoDay; // inclusive; kNoDay = open
    EpochDay to = kNoDay;   // inclusive; kNoDay = open

    bool operator==(const Filter &) const = default;
    bool isEmpty() const { return *this == Filter{}; }

    // Versioned JSON, used to remember the filter per workspace and in scenarios.
    QJsonObject toJson() const;
    static std::optional<Filter> fromJson(const QJsonObject &json); // nullopt when invalid
};

} // namespace iroi

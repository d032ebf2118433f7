#include "core/analysis/catalog.h"

namespace iroi {

namespace {

template<typename List, typename NameOf>
std::optional<qint64> findByName(const List &list, const QString &name, NameOf nameOf)
{
    for (const auto &item : list) {
        if (nameOf(item).compare(name, Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return std::nullopt;
}

template<typename List, typename NameOf>
QString nameById(const List &list, qint64 id, NameOf nameOf)
{
    for (const auto &item : list) {
        if (item.id == id)
            return nameOf(item);
    }
    return {};
}

const auto kItemName = [](const Catalog::Item &item) { return item.name; };
const auto kCampaignName = [](const Catalog::Campaign &item) { return item.name; };

} // namespace

std::optional<qint64> Catalog::campaignId(const QString &name) const
{
    return findByName(campaigns, name, kCampaignName);
}

std::optional<qint64> Catalog::channelId(const QString &name) const
{
    return findByName(channels, name, kItemName);
}

std::optional<qint64> Catalog::personId(const QString &handle) const
{
    const QString bare = handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    if (auto id = findByName(people, handle, [](const Person &p) { return p.handle; }))
        return id;
    return findByName(people, bare, [](const Person &p) { return p.handle; });
}

std::optional<qint64> Catalog::contentTypeId(const QString &name) const
{
    return findByName(contentTypes, name, kItemName);
}

QString Catalog::campaignName(qint64 id) const
{
    return nameById(campaigns, id, kCampaignName);
}

QString Catalog::channelName(qint64 id) const
{
    return nameById(channels, id, kItemName);
}

QString Catalog::personName(qint64 id) const
{
    return nameById(people, id, [](const Person &p) { return p.displayName.isEmpty() ? p.handle : p.displayName; });
}

QString Catalog::contentTypeName(qint64 id) const
{
    return nameById(contentTypes, id, kItemName);
}

} // namespace iroi

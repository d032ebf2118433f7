#include "app/cli/filteroptions.h"

#include "app/cli/cliio.h"
#include "core/analysis/catalog.h"
#include "core/common/dates.h"

namespace iroi::cli {

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({campaign, channel, person, contentType, personKind, from, to});
}

std::optional<Filter> FilterOptions::resolve(const QCommandLineParser &parser, const Catalog &catalog) const
{
    Filter filter;
    const auto ids = [&](const QCommandLineOption &option, const QString &what, auto lookup,
                         std::vector<qint64> &out) -> bool {
        for (const QString &name : parser.values(option)) {
            const std::optional<qint64> id = lookup(name);
            if (!id) {
                fail(Error::badInput(QStringLiteral("unknown %1 \"%2\"").arg(what, name)));
                return false;
            }
            out.push_back(*id);
        }
        return true;
    };
    if (!ids(campaign, QStringLiteral("campaign"), [&](const QString &n) { return catalog.campaignId(n); },
             filter.campaignIds)
        || !ids(channel, QStringLiteral("channel"), [&](const QString &n) { return catalog.channelId(n); },
                filter.channelIds)
        || !ids(person, QStringLiteral("person"), [&](const QString &n) { return catalog.personId(n); },
                filter.personIds)
        || !ids(contentType, QStringLiteral("content type"), [&](const QString &n) { return catalog.contentTypeId(n); },
                filter.contentTypeIds))
        return std::nullopt;
    if (parser.isSet(personKind)) {
        const QString kind = parser.value(personKind);
        if (kind == QLatin1String("influencer")) {
            filter.personKind = PersonKind::Influencer;
        } else if (kind == QLatin1String("employee")) {
            filter.personKind = PersonKind::Employee;
        } else {
            fail(Error::badInput(QStringLiteral("unknown person kind \"%1\" (influencer or employee)").arg(kind)));
            return std::nullopt;
        }
    }
    for (auto [option, day] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = epochDayFromIso(parser.value(*option));
        if (*day == kNoDay) {
            fail(Error::badInput(QStringLiteral("--%1 \"%2\" is not a date (YYYY-MM-DD)")
                                     .arg(option->names().constFirst(), parser.value(*option))));
            return std::nullopt;
        }
    }
    if (filter.from != kNoDay && filter.to != kNoDay && filter.from > filter.to) {
        fail(Error::badInput(QStringLiteral("--from is after --to")));
        return std::nullopt;
    }
    return filter;
}

} // namespace iroi::cli

#include "core/analysis/filter.h"

#include <QJsonArray>

namespace iroi {

namespace {

constexpr int kFilterFormat = 1;

QJsonArray toArray(const std::vector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

bool fromArray(const QJsonValue &value, std::vector<qint64> &ids)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isDouble())
            return false;
        ids.push_back(static_cast<qint64>(item.toDouble()));
    }
    return true;
}

} // namespace

QJsonObject Filter::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("format")] = kFilterFormat;
    json[QStringLiteral("campaigns")] = toArray(campaignIds);
    json[QStringLiteral("channels")] = toArray(channelIds);
    json[QStringLiteral("people")] = toArray(personIds);
    json[QStringLiteral("content_types")] = toArray(contentTypeIds);
    if (personKind)
        json[QStringLiteral("person_kind")] =
            *personKind == PersonKind::Influencer ? QStringLiteral("influencer") : QStringLiteral("employee");
    if (from != kNoDay)
        json[QStringLiteral("from")] = epochDayToIso(from);
    if (to != kNoDay)
        json[QStringLiteral("to")] = epochDayToIso(to);
    return json;
}

std::optional<Filter> Filter::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toInt() != kFilterFormat)
        return std::nullopt;
    Filter filter;
    if (!fromArray(json.value(QStringLiteral("campaigns")), filter.campaignIds) ||
        !fromArray(json.value(QStringLiteral("channels")), filter.channelIds) ||
        !fromArray(json.value(QStringLiteral("people")), filter.personIds) ||
        !fromArray(json.value(QStringLiteral("content_types")), filter.contentTypeIds))
        return std::nullopt;
    const QString kind = json.value(QStringLiteral("person_kind")).toString();
    if (kind == QLatin1String("influencer"))
        filter.personKind = PersonKind::Influencer;
    else if (kind == QLatin1String("employee"))
        filter.personKind = PersonKind::Employee;
    else if (!kind.isEmpty())
        return std::nullopt;
    for (auto [key, day] : {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        const QString iso = json.value(key).toString();
        if (iso.isEmpty())
            continue;
        *day = epochDayFromIso(iso);
        if (*day == kNoDay)
            return std::nullopt;
    }
    return filter;
}

} // namespace iroi

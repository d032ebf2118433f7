#include "core/planning/flighting.h"

namespace iroi {

std::vector<double> flightingWeights(Flighting pattern, int weeks)
{
    std::vector<double> w;
    if (pattern == Flighting::Even || weeks <= 0)
        return w;
    w.reserve(static_cast<std::size_t>(weeks));
    for (int t = 0; t < weeks; ++t) {
        // Position of the week's middle in the period, 0..1.
        const double at = (t + 0.5) / weeks;
        switch (pattern) {
        case Flighting::FrontLoaded:
            w.push_back(1.5 - at);
            break;
        case Flighting::BackLoaded:
            w.push_back(0.5 + at);
            break;
        case Flighting::Pulsed:
            w.push_back(t % 3 == 2 ? 0.0 : 1.0);
            break;
        case Flighting::Even:
            break;
        }
    }
    double sum = 0.0;
    for (double v : w)
        sum += v;
    for (double &v : w)
        v /= sum;
    return w;
}

QString flightingName(Flighting pattern)
{
    switch (pattern) {
    case Flighting::Even:
        return QStringLiteral("even");
    case Flighting::FrontLoaded:
        return QStringLiteral("front");
    case Flighting::BackLoaded:
        return QStringLiteral("back");
    case Flighting::Pulsed:
        return QStringLiteral("pulsed");
    }
    return {};
}

std::optional<Flighting> flightingFromName(const QString &name)
{
    for (Flighting f : {Flighting::Even, Flighting::FrontLoaded, Flighting::BackLoaded, Flighting::Pulsed})
        if (name == flightingName(f))
            return f;
    return std::nullopt;
}

QStringList flightingNames()
{
    return {QStringLiteral("even"), QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("pulsed")};
}

} // namespace iroi

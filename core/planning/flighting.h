#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iroi {

// How a plan's budget is spread over its weeks. The optimiser and the curves take the
// weights as given (PlanRequest::flighting); these are the patterns a planner offers.
enum class Flighting {
    Even,        // the same spend every week
    FrontLoaded, // a launch: weights fall linearly from 1.5 to 0.5
    BackLoaded,  // a build-up to a season or a launch at the end: 0.5 rising to 1.5
    Pulsed,      // bursts: two weeks on, one week dark, repeated
};

// Weight per week, summing to 1; empty for Even, which the optimiser and the curves read
// as equal weeks.
std::vector<double> flightingWeights(Flighting pattern, int weeks);

QString flightingName(Flighting pattern); // "even", "front", "back", "pulsed"
std::optional<Flighting> flightingFromName(const QString &name);
QStringList flightingNames();

} // namespace iroi

#pragma once

#include "core/common/dates.h"
#include "core/common/money.h"

#include <QtGlobal>

#include <optional>
#include <span>
#include <string_view>

namespace iroi::import {

// Fast, allocation-free readers for the cell values exports contain. They work on the
// UTF-8 views a RecordReader hands out, so a million-row import never builds a QString
// per cell. Each returns nullopt for "empty" cells ("", "--", "-", "NaN", "n/a") and sets
// `bad` for text that is not a value of the type.

bool isEmptyValue(std::string_view text);

// "1,234", "1.234.567", "3.3k", "475.8m", "29.0b", "12%", "€ 1.234,50", "(12.5)"
// Decimal separator: the last of ',' / '.' when both occur; a lone ',' followed by exactly
// three digits groups thousands, otherwise it is the decimal comma.
std::optional<double> parseNumber(std::string_view text, bool &bad);
// Whole counts; fractions are rounded half away from zero ("3.3k" = 3300).
std::optional<qint64> parseCount(std::string_view text, bool &bad);
// Money in cents, exact for up to two decimals (no binary rounding on the way).
std::optional<Cents> parseCents(std::string_view text, bool &bad);

// How the numeric d-m-y / m-d-y dates of one column are read (ISO and YYYYMMDD are read
// the same whatever the order).
enum class DayOrder : quint8 {
    Auto,       // each value alone: day first, unless the middle part is > 12
    DayFirst,   // 03/04/2025 = 3 April; 04/13/2025 is not a date
    MonthFirst, // 03/04/2025 = 4 March; 13/04/2025 is not a date
};

// A calendar day: 2025-01-31, 2025-01-31T10:00:00+01:00, "2025-05-11 09:55:16 -0400",
// 20250131, 31-01-2025, 31/01/2025, 31.01.2025 (see DayOrder).
// `hour` gets the hour of day when the text holds a time.
std::optional<EpochDay> parseDay(std::string_view text, bool &bad, int *hour = nullptr,
                                 DayOrder order = DayOrder::Auto);

// The order of a column, decided from its values: a first part > 12 votes day first, a
// middle part > 12 month first. Values that fit both decide nothing; when no value
// decides, the column is read day first and `ambiguous` is set, for the user to check.
// Values of both kinds: `conflicting`, and each value is read alone (Auto).
struct DayOrderGuess
{
    DayOrder order = DayOrder::Auto;
    int dayFirstVotes = 0;
    int monthFirstVotes = 0;
    int undecided = 0; // d-m-y values with both parts <= 12
    bool ambiguous() const { return dayFirstVotes == 0 && monthFirstVotes == 0 && undecided > 0; }
    bool conflicting() const { return dayFirstVotes > 0 && monthFirstVotes > 0; }
};
DayOrderGuess guessDayOrder(std::span<const std::string_view> values);

// Days since 1970-01-01 for a proleptic Gregorian date (no QDate in the hot loop).
EpochDay epochDayFromCivil(int year, int month, int day);

std::string_view trimmed(std::string_view text);

} // namespace iroi::import

#pragma once

#include "core/common/dates.h"

#include <QtGlobal>

#include <optional>
#include <span>
#include <string_view>

// Locale-independent parsing of the numbers and dates found in marketing exports.
// Pure functions on UTF-8 string_views; no allocation, no QLocale.
namespace iroi::import {

enum class NumberStyle {
    DecimalPoint, // 1,234,567.89   1 234 567.89   1'234'567.89
    DecimalComma, // 1.234.567,89   1 234 567,89   1'234'567,89
};

struct ParsedNumber
{
    enum class Kind {
        Number,   // value is set
        Missing,  // "", "-", "--", "N/A", "n/a", "NA", "NaN", "null", "none", "—", "–": no value, not an error
        Censored, // "< 10%", "> 90%", "<5": a bound, not a number; reason says why
        Invalid,  // not a number
    };
    Kind kind = Kind::Invalid;
    double value = 0.0;       // the number; a percentage is already divided by 100
    bool percent = false;     // a '%' was seen ("1.39%" -> value 0.0139, percent true)
    double multiplier = 1.0;  // from a K/M/B suffix ("3.3k" -> value 3300, multiplier 1000)
    bool currency = false;    // a currency symbol or ISO code (€ $ £ ¥ EUR USD GBP ...) was seen
    bool negative = false;    // a leading '-' or parentheses "(12.50)"
    double bound = 0.0;       // Censored: the bound as a number (percent applied), e.g. 0.10 for "< 10%"
    std::string_view reason;  // Censored / Invalid: static English text, e.g. "censored value (below a reporting threshold)"

    bool isNumber() const { return kind == Kind::Number; }
};

// Full parse, saying why a text is not a number.
// Accepts: surrounding spaces (incl. NBSP), leading +/-, "(1,234.50)" negatives, thousands
// separators (',' or '.' opposite the decimal mark, space, NBSP, U+202F, apostrophe) in
// groups of three, currency before/after ("$1,234", "1.234,50 €", "EUR 12", "12 USD"),
// '%' suffix, K/M/B suffix (either case: "3.3k", "475.8m" = 475.8 million, "29.0b",
// "1,2K" with decimal comma), exponent ("1E-3"). "m" means million, never milli.
ParsedNumber parseNumberDetailed(std::string_view text, NumberStyle style);

// The value, or nullopt for Missing, Censored and Invalid alike.
std::optional<double> parseNumber(std::string_view text, NumberStyle style);

// "", "-", "--", "N/A", "NaN", "null", "—" ... (trimmed, case-insensitive).
bool isMissingValue(std::string_view text);

// Decides per column whether ',' or '.' is the decimal mark. Unambiguous samples vote
// ("1.234,5", "3,14", "1,234,567", "0.5"); "1,234" or "1.234" alone decides nothing.
// No decisive sample: DecimalPoint.
struct NumberStyleGuess
{
    NumberStyle style = NumberStyle::DecimalPoint;
    int pointVotes = 0;
    int commaVotes = 0;
    bool decided() const { return pointVotes != commaVotes; }
};
NumberStyleGuess guessNumberStyle(std::span<const std::string_view> samples);
inline NumberStyle detectNumberStyle(std::span<const std::string_view> samples)
{
    return guessNumberStyle(samples).style;
}

enum class DateOrder {
    Iso,     // 2025-01-14, 2025/01/14, 2025-01-14T19:30:00Z
    DMY,     // 14/01/2025, 14-01-2025, 14.01.2025, 14/01/25
    MDY,     // 01/14/2025
    Compact, // 20250114 (YYYYMMDD)
};

struct DateOrderGuess
{
    DateOrder order = DateOrder::Iso;
    // Every numeric d/m vs m/d sample fits both (all day numbers <= 12): order is then
    // DMY by default and the user should be asked.
    bool ambiguous = false;
    int matched = 0; // samples that parse with `order`
    int total = 0;   // non-missing samples looked at
};
// Empty / missing samples are ignored. Samples with month names ("14 Jan 2025",
// "Jan 14, 2025", "14-mrt-2025") parse under every order and do not vote.
DateOrderGuess detectDateOrder(std::span<const std::string_view> samples);

struct ParsedDateTime
{
    EpochDay day = kNoDay;
    std::optional<qint32> secondOfDay;      // set when a time was present (0..86399)
    std::optional<qint32> utcOffsetMinutes; // set for "Z" (0) or "+01:00" / "-0530"
};

// ISO dates and date-times ("2025-01-14", "2025-01-14T19:30:00Z", "2025-01-14 19:30",
// "2025-01-14T19:30:00.123+01:00") are accepted whatever the order; otherwise the order
// decides between d/m/y and m/d/y (separators / - . and space, 2- or 4-digit years with
// 2-digit years mapped to 1970..2069), Compact reads YYYYMMDD. Month names in English
// and Dutch, full or 3-4 letters with optional dot (Jan, January, jan., mrt, mei, okt,
// Sept) in "14 Jan 2025", "14-jan-2025", "Jan 14, 2025", "January 14 2025".
// A time may follow the date ("19:30", "19:30:05", "7:30 PM").
std::optional<ParsedDateTime> parseDate(std::string_view text, DateOrder order);

// Excel's 1900 date system: serial 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious
// 1900-02-29 (nullopt), 61 = 1900-03-01, 45658 = 2025-01-01; the fraction is the time of
// day. With date1904: serial 0 = 1904-01-01. Out of range (< 1, > 9999-12-31): nullopt.
std::optional<ParsedDateTime> parseExcelSerial(double serial, bool date1904 = false);

} // namespace iroi::import

#include "core/import/reader/values.h"

#include <array>
#include <charconv>
#include <cmath>

namespace iroi::import {

namespace {

using namespace std::string_view_literals;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// Spaces that may surround a value or separate thousands: ASCII blanks, NBSP, thin and
// narrow no-break spaces. Returns the length of the space at the front of s, or 0.
std::size_t spaceAt(std::string_view s)
{
    if (s.empty())
        return 0;
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n')
        return 1;
    if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0')
        return 2;
    if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\xAF' || s[2] == '\x89'))
        return 3;
    return 0;
}

std::size_t spaceBefore(std::string_view s)
{
    if (s.empty())
        return 0;
    const char c = s.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && c == '\xA0')
        return 2;
    if (s.size() >= 3 && s[s.size() - 3] == '\xE2' && s[s.size() - 2] == '\x80' && (c == '\xAF' || c == '\x89'))
        return 3;
    return 0;
}

std::string_view trim(std::string_view s)
{
    while (std::size_t n = spaceAt(s))
        s.remove_prefix(n);
    while (std::size_t n = spaceBefore(s))
        s.remove_suffix(n);
    return s;
}

constexpr std::array kCurrencySymbols{"US$"sv, "R$"sv, "$"sv, "\xE2\x82\xAC"sv /* € */, "\xC2\xA3"sv /* £ */,
                                      "\xC2\xA5"sv /* ¥ */, "\xE2\x82\xB9"sv /* ₹ */};
constexpr std::array kCurrencyCodes{"EUR"sv, "USD"sv, "GBP"sv, "JPY"sv, "CHF"sv, "CAD"sv, "AUD"sv, "NZD"sv,
                                    "SEK"sv, "NOK"sv, "DKK"sv, "PLN"sv, "CZK"sv, "HUF"sv, "INR"sv, "CNY"sv,
                                    "BRL"sv, "MXN"sv, "ZAR"sv, "SGD"sv, "HKD"sv};

std::size_t currencyPrefix(std::string_view s)
{
    for (std::string_view symbol : kCurrencySymbols) {
        if (s.starts_with(symbol))
            return symbol.size();
    }
    for (std::string_view code : kCurrencyCodes) {
        if (s.size() >= 3 && equalsIgnoreCase(s.substr(0, 3), code) && (s.size() == 3 || !(s[3] >= 'A' && s[3] <= 'z')))
            return 3;
    }
    return 0;
}

std::size_t currencySuffix(std::string_view s)
{
    for (std::string_view symbol : kCurrencySymbols) {
        if (s.ends_with(symbol))
            return symbol.size();
    }
    for (std::string_view code : kCurrencyCodes) {
        if (s.size() >= 3 && equalsIgnoreCase(s.substr(s.size() - 3), code)
            && (s.size() == 3 || !(s[s.size() - 4] >= 'A' && s[s.size() - 4] <= 'z')))
            return 3;
    }
    return 0;
}

std::size_t minusAt(std::string_view s)
{
    if (!s.empty() && s[0] == '-')
        return 1;
    if (s.starts_with("\xE2\x88\x92"sv)) // U+2212 MINUS SIGN
        return 3;
    return 0;
}

// Length of a group separator at the front of s for the style, or 0.
std::size_t groupSeparatorAt(std::string_view s, NumberStyle style)
{
    if (s.empty())
        return 0;
    const char other = style == NumberStyle::DecimalPoint ? ',' : '.';
    if (s[0] == other || s[0] == '\'' || s[0] == ' ')
        return 1;
    if (s.starts_with("\xE2\x80\x99"sv)) // right single quotation mark, Swiss style
        return 3;
    if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0')
        return 2;
    if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\xAF' || s[2] == '\x89'))
        return 3;
    return 0;
}

ParsedNumber invalid(std::string_view reason)
{
    ParsedNumber result;
    result.kind = ParsedNumber::Kind::Invalid;
    result.reason = reason;
    return result;
}

// The bare number: digits, group separators in threes, decimal mark, exponent.
std::optional<double> parseDigits(std::string_view s, NumberStyle style)
{
    const char decimalMark = style == NumberStyle::DecimalPoint ? '.' : ',';
    char clean[128];
    std::size_t n = 0;
    std::size_t i = 0;
    int groupDigits = 0;  // digits since the last group separator
    int groups = 0;       // separators seen
    std::string_view separator;
    bool anyDigit = false;
    while (i < s.size()) {
        if (isDigit(s[i])) {
            if (n >= sizeof clean - 8)
                return std::nullopt;
            clean[n++] = s[i++];
            ++groupDigits;
            anyDigit = true;
            continue;
        }
        const std::size_t sep = groupSeparatorAt(s.substr(i), style);
        if (sep == 0)
            break;
        const std::string_view thisSeparator = s.substr(i, sep);
        if (groupDigits == 0 || (groups == 0 && groupDigits > 3) || (groups > 0 && groupDigits != 3))
            return std::nullopt;
        if (groups > 0 && thisSeparator != separator)
            return std::nullopt;
        separator = thisSeparator;
        ++groups;
        groupDigits = 0;
        i += sep;
        if (i >= s.size() || !isDigit(s[i]))
            return std::nullopt;
    }
    if (groups > 0 && groupDigits != 3)
        return std::nullopt;
    if (i < s.size() && s[i] == decimalMark) {
        clean[n++] = '.';
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            if (n >= sizeof clean - 8)
                return std::nullopt;
            clean[n++] = s[i++];
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E') && groups == 0) {
        std::size_t j = i + 1;
        std::size_t exponentStart = n;
        clean[n++] = 'e';
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            clean[n++] = s[j++];
        const std::size_t digitsStart = j;
        while (j < s.size() && isDigit(s[j]) && j - digitsStart < 5)
            clean[n++] = s[j++];
        if (j == digitsStart)
            n = exponentStart; // not an exponent after all; the caller sees the rest
        else
            i = j;
    }
    if (i != s.size())
        return std::nullopt;
    double value = 0;
    const auto parsed = std::from_chars(clean, clean + n, value);
    if (parsed.ec != std::errc() || parsed.ptr != clean + n || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

bool isMissingValue(std::string_view text)
{
    const std::string_view s = trim(text);
    if (s.empty())
        return true;
    static constexpr std::array kMissing{"-"sv,   "--"sv,   "---"sv,  "n/a"sv,  "na"sv,   "nan"sv,  "null"sv,
                                         "none"sv, "#n/a"sv, "n.a."sv, "nil"sv,  "\xE2\x80\x94"sv /* — */,
                                         "\xE2\x80\x93"sv /* – */, "(not set)"sv};
    for (std::string_view word : kMissing) {
        if (equalsIgnoreCase(s, word))
            return true;
    }
    return false;
}

ParsedNumber parseNumberDetailed(std::string_view text, NumberStyle style)
{
    ParsedNumber result;
    // Fast path for the common "1234.5" / "-12": millions of cells go through here. A '.'
    // under decimal comma is a group separator, so that case takes the long way.
    if (!text.empty() && (isDigit(text[0]) || (text[0] == '-' && text.size() > 1 && isDigit(text[1])))) {
        double value = 0;
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
        if (parsed.ec == std::errc() && parsed.ptr == text.data() + text.size() && std::isfinite(value)
            && (style == NumberStyle::DecimalPoint || text.find('.') == std::string_view::npos)) {
            result.kind = ParsedNumber::Kind::Number;
            result.value = value;
            result.negative = text[0] == '-';
            return result;
        }
    }

    std::string_view s = trim(text);
    if (isMissingValue(s)) {
        result.kind = ParsedNumber::Kind::Missing;
        return result;
    }

    // "< 10%", "> 90%", "<=5", "≤ 5": a bound reported instead of the value.
    int censored = 0; // -1 below, +1 above
    if (s.starts_with("\xE2\x89\xA4"sv) || s.starts_with("\xE2\x89\xA5"sv)) {
        censored = s[2] == '\xA4' ? -1 : 1;
        s.remove_prefix(3);
    } else if (!s.empty() && (s[0] == '<' || s[0] == '>')) {
        censored = s[0] == '<' ? -1 : 1;
        s.remove_prefix(s.size() > 1 && s[1] == '=' ? 2 : 1);
    }
    if (censored != 0) {
        const ParsedNumber bound = parseNumberDetailed(s, style);
        if (bound.kind != ParsedNumber::Kind::Number)
            return invalid("a comparison sign followed by something that is not a number");
        result = bound;
        result.kind = ParsedNumber::Kind::Censored;
        result.bound = bound.value;
        result.value = 0;
        result.reason = censored < 0 ? "censored value: only an upper bound is given (below a reporting threshold)"sv
                                     : "censored value: only a lower bound is given (above a reporting threshold)"sv;
        return result;
    }

    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        s = trim(s.substr(1, s.size() - 2));
    }
    // Prefixes in any order: one sign, one currency.
    bool sawSign = false;
    for (;;) {
        if (std::size_t n = spaceAt(s)) {
            s.remove_prefix(n);
        } else if (std::size_t m = minusAt(s); m && !sawSign) {
            negative = !negative;
            sawSign = true;
            s.remove_prefix(m);
        } else if (!s.empty() && s[0] == '+' && !sawSign) {
            sawSign = true;
            s.remove_prefix(1);
        } else if (std::size_t c = currencyPrefix(s); c && !result.currency) {
            result.currency = true;
            s.remove_prefix(c);
        } else {
            break;
        }
    }
    // Suffixes in any order: one '%', one currency; then a K/M/B multiplier.
    for (;;) {
        if (std::size_t n = spaceBefore(s)) {
            s.remove_suffix(n);
        } else if (!s.empty() && s.back() == '%' && !result.percent) {
            result.percent = true;
            s.remove_suffix(1);
        } else if (std::size_t c = currencySuffix(s); c && !result.currency) {
            result.currency = true;
            s.remove_suffix(c);
        } else {
            break;
        }
    }
    if (s.size() >= 2) {
        const char last = lower(s.back());
        const double multiplier = last == 'k' ? 1e3 : last == 'm' ? 1e6 : last == 'b' ? 1e9 : 0.0;
        if (multiplier != 0.0) {
            std::string_view rest = s.substr(0, s.size() - 1);
            while (std::size_t n = spaceBefore(rest))
                rest.remove_suffix(n);
            if (!rest.empty() && isDigit(rest.back())) {
                result.multiplier = multiplier;
                s = rest;
            }
        }
    }
    if (s.empty())
        return invalid("no digits");
    const std::optional<double> digits = parseDigits(s, style);
    if (!digits) {
        return invalid(style == NumberStyle::DecimalPoint
                           ? "not a number (expected digits, ',' between thousands and '.' before decimals)"sv
                           : "not a number (expected digits, '.' between thousands and ',' before decimals)"sv);
    }
    double value = *digits * result.multiplier;
    if (result.percent)
        value /= 100.0;
    result.kind = ParsedNumber::Kind::Number;
    result.negative = negative;
    result.value = negative ? -value : value;
    return result;
}

std::optional<double> parseNumber(std::string_view text, NumberStyle style)
{
    const ParsedNumber parsed = parseNumberDetailed(text, style);
    if (parsed.kind != ParsedNumber::Kind::Number)
        return std::nullopt;
    return parsed.value;
}

NumberStyleGuess guessNumberStyle(std::span<const std::string_view> samples)
{
    NumberStyleGuess guess;
    for (std::string_view sample : samples) {
        // Only the marks between digits matter ("1.234,5"); a trailing "k." or a dot in
        // "n.a." does not vote.
        int points = 0;
        int commas = 0;
        char lastMark = 0;
        int digitsAfterLast = 0;
        bool betweenDigits = true;
        for (std::size_t i = 0; i < sample.size(); ++i) {
            const char c = sample[i];
            if (c == '.' || c == ',') {
                const bool digitBefore = i > 0 && isDigit(sample[i - 1]);
                const bool digitAfter = i + 1 < sample.size() && isDigit(sample[i + 1]);
                if (!digitBefore || !digitAfter) {
                    betweenDigits = false;
                    continue;
                }
                (c == '.' ? points : commas)++;
                lastMark = c;
                digitsAfterLast = 0;
            } else if (isDigit(c)) {
                ++digitsAfterLast;
            } else if (lastMark != 0) {
                // The digit run after the last mark ends here.
                break;
            }
        }
        (void)betweenDigits;
        if (points > 0 && commas > 0) {
            (lastMark == '.' ? guess.pointVotes : guess.commaVotes)++;
        } else if (commas >= 2) {
            ++guess.pointVotes;
        } else if (points >= 2) {
            ++guess.commaVotes;
        } else if (commas == 1 && digitsAfterLast != 3) {
            ++guess.commaVotes;
        } else if (points == 1 && digitsAfterLast != 3) {
            ++guess.pointVotes;
        }
    }
    guess.style = guess.commaVotes > guess.pointVotes ? NumberStyle::DecimalComma : NumberStyle::DecimalPoint;
    return guess;
}

// ---------------------------------------------------------------- dates

namespace {

constexpr qint64 kMaxEpochDay = 2932896; // 9999-12-31

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::optional<EpochDay> epochDay(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return EpochDay(era * 146097 + doe - 719468);
}

// Reads 1..maxDigits digits; returns the count read (0 when none).
int readNumber(std::string_view s, std::size_t &i, int maxDigits, int &value)
{
    int count = 0;
    value = 0;
    while (i < s.size() && isDigit(s[i]) && count < maxDigits) {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++count;
    }
    return count;
}

struct MonthName
{
    std::string_view name;
    int month;
};

// English and Dutch (and the German spellings that differ little), full and short.
constexpr std::array kMonthNames{
    MonthName{"january", 1},  MonthName{"januari", 1},   MonthName{"jan", 1},  MonthName{"february", 2},
    MonthName{"februari", 2}, MonthName{"feb", 2},       MonthName{"march", 3}, MonthName{"maart", 3},
    MonthName{"mar", 3},      MonthName{"mrt", 3},       MonthName{"april", 4}, MonthName{"apr", 4},
    MonthName{"may", 5},      MonthName{"mei", 5},       MonthName{"mai", 5},   MonthName{"june", 6},
    MonthName{"juni", 6},     MonthName{"jun", 6},       MonthName{"july", 7},  MonthName{"juli", 7},
    MonthName{"jul", 7},      MonthName{"august", 8},    MonthName{"augustus", 8}, MonthName{"aug", 8},
    MonthName{"september", 9}, MonthName{"sept", 9},     MonthName{"sep", 9},   MonthName{"october", 10},
    MonthName{"oktober", 10}, MonthName{"oct", 10},      MonthName{"okt", 10},  MonthName{"november", 11},
    MonthName{"nov", 11},     MonthName{"december", 12}, MonthName{"dec", 12},  MonthName{"dez", 12},
};

int monthFromName(std::string_view word)
{
    if (word.ends_with('.'))
        word.remove_suffix(1);
    for (const MonthName &month : kMonthNames) {
        if (equalsIgnoreCase(word, month.name))
            return month.month;
    }
    return 0;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int expandYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

// Time and zone after a date: "T19:30", " 19:30:05.123", " 7:30 PM", "Z", "+01:00", " UTC".
bool parseTimeTail(std::string_view s, ParsedDateTime &out)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
        ++i;
        while (i < s.size() && s[i] == ' ')
            ++i;
    } else if (!s.empty()) {
        return false;
    }
    if (i == s.size())
        return s.empty() || s.find_first_not_of(' ') == std::string_view::npos;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (readNumber(s, i, 2, hour) == 0 || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (readNumber(s, i, 2, minute) != 2)
        return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (readNumber(s, i, 2, second) != 2)
            return false;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            int fraction = 0;
            if (readNumber(s, i, 9, fraction) == 0)
                return false;
        }
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ')
        ++j;
    if (j + 1 < s.size() && (lower(s[j]) == 'a' || lower(s[j]) == 'p') && lower(s[j + 1]) == 'm') {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = lower(s[j]) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        i = j + 2;
        while (i < s.size() && s[i] == '.')
            ++i;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    out.secondOfDay = hour * 3600 + minute * 60 + std::min(second, 59);

    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i == s.size())
        return true;
    if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == s.size()) {
        out.utcOffsetMinutes = 0;
        return true;
    }
    if (equalsIgnoreCase(s.substr(i), "UTC") || equalsIgnoreCase(s.substr(i), "GMT")) {
        out.utcOffsetMinutes = 0;
        return true;
    }
    if (s[i] == '+' || s[i] == '-') {
        const int sign = s[i] == '-' ? -1 : 1;
        ++i;
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (readNumber(s, i, 2, offsetHours) != 2)
            return false;
        if (i < s.size() && s[i] == ':')
            ++i;
        if (i < s.size() && readNumber(s, i, 2, offsetMinutes) != 2)
            return false;
        if (i != s.size() || offsetHours > 18 || offsetMinutes > 59)
            return false;
        out.utcOffsetMinutes = sign * (offsetHours * 60 + offsetMinutes);
        return true;
    }
    return false;
}

enum class Shape { None, Iso, Compact, Numeric, Named };

// Parses a date with month names: "14 Jan 2025", "14-jan-2025", "Jan 14, 2025", "January 14 2025".
std::optional<ParsedDateTime> parseNamed(std::string_view s)
{
    // Tokens: up to three words/numbers separated by space, '-', '/', '.', ','.
    std::size_t i = 0;
    std::string_view tokens[3];
    int count = 0;
    while (i < s.size() && count < 3) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '/' || s[i] == ','))
            ++i;
        const std::size_t start = i;
        if (i < s.size() && isDigit(s[i])) {
            while (i < s.size() && isDigit(s[i]))
                ++i;
        } else {
            while (i < s.size() && (isLetter(s[i]) || s[i] == '.'))
                ++i;
        }
        if (i == start)
            break;
        tokens[count++] = s.substr(start, i - start);
    }
    if (count != 3)
        return std::nullopt;
    auto number = [](std::string_view t, int &value) {
        if (t.empty() || t.size() > 4)
            return false;
        value = 0;
        for (char c : t) {
            if (!isDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    };
    int day = 0;
    int month = 0;
    int year = 0;
    std::string_view yearToken;
    if ((month = monthFromName(tokens[1])) && number(tokens[0], day) && tokens[0].size() <= 2 && number(tokens[2], year)) {
        yearToken = tokens[2];
    } else if ((month = monthFromName(tokens[0])) && number(tokens[1], day) && tokens[1].size() <= 2
               && number(tokens[2], year)) {
        yearToken = tokens[2];
    } else {
        return std::nullopt;
    }
    if (yearToken.size() != 2 && yearToken.size() != 4)
        return std::nullopt;
    year = expandYear(year, int(yearToken.size()));
    const auto d = epochDay(year, month, day);
    if (!d)
        return std::nullopt;
    ParsedDateTime out;
    out.day = *d;
    std::string_view rest = s.substr(std::size_t(yearToken.data() + yearToken.size() - s.data()));
    if (!parseTimeTail(rest, out))
        return std::nullopt;
    return out;
}

// A numeric date a-b-c; the order says what a and b are (c is the year; ISO has it first).
std::optional<ParsedDateTime> parseNumeric(std::string_view s, DateOrder order, Shape *shape)
{
    std::size_t i = 0;
    int a = 0;
    int b = 0;
    int c = 0;
    const int aDigits = readNumber(s, i, 4, a);
    if (aDigits == 0)
        return std::nullopt;
    if (aDigits == 4 && i < s.size() && isDigit(s[i])) {
        // YYYYMMDD
        int rest = 0;
        if (readNumber(s, i, 4, rest) != 4)
            return std::nullopt;
        *shape = Shape::Compact;
        if (order != DateOrder::Compact)
            return std::nullopt;
        const auto d = epochDay(a, rest / 100, rest % 100);
        if (!d)
            return std::nullopt;
        ParsedDateTime out;
        out.day = *d;
        if (!parseTimeTail(s.substr(i), out))
            return std::nullopt;
        return out;
    }
    if (i >= s.size())
        return std::nullopt;
    const char separator = s[i];
    if (separator != '-' && separator != '/' && separator != '.')
        return std::nullopt;
    ++i;
    const int bDigits = readNumber(s, i, 2, b);
    if (bDigits == 0 || i >= s.size() || s[i] != separator)
        return std::nullopt;
    ++i;
    const int cDigits = readNumber(s, i, 4, c);
    std::optional<EpochDay> d;
    if (aDigits == 4) {
        *shape = Shape::Iso;
        if (cDigits == 0 || cDigits > 2)
            return std::nullopt;
        d = epochDay(a, b, c);
    } else {
        *shape = Shape::Numeric;
        if (aDigits > 2 || (cDigits != 2 && cDigits != 4))
            return std::nullopt;
        const int year = expandYear(c, cDigits);
        if (order == DateOrder::DMY)
            d = epochDay(year, b, a);
        else if (order == DateOrder::MDY)
            d = epochDay(year, a, b);
        else
            return std::nullopt;
    }
    if (!d)
        return std::nullopt;
    ParsedDateTime out;
    out.day = *d;
    if (!parseTimeTail(s.substr(i), out))
        return std::nullopt;
    return out;
}

std::optional<ParsedDateTime> parseWithShape(std::string_view text, DateOrder order, Shape *shape)
{
    *shape = Shape::None;
    const std::string_view s = trim(text);
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    if (isDigit(s[0])) {
        if (auto numeric = parseNumeric(s, order, shape))
            return numeric;
        if (*shape != Shape::None)
            return std::nullopt;
    }
    if (auto named = parseNamed(s)) {
        *shape = Shape::Named;
        return named;
    }
    return std::nullopt;
}

} // namespace

std::optional<ParsedDateTime> parseDate(std::string_view text, DateOrder order)
{
    Shape shape = Shape::None;
    return parseWithShape(text, order, &shape);
}

DateOrderGuess detectDateOrder(std::span<const std::string_view> samples)
{
    int iso = 0;
    int compact = 0;
    int dmy = 0;
    int mdy = 0;
    int numeric = 0;
    int named = 0;
    DateOrderGuess guess;
    for (std::string_view sample : samples) {
        if (isMissingValue(sample))
            continue;
        ++guess.total;
        Shape shape = Shape::None;
        if (parseWithShape(sample, DateOrder::Iso, &shape)) {
            (shape == Shape::Named ? named : iso)++;
            continue;
        }
        if (shape == Shape::Compact) {
            if (parseWithShape(sample, DateOrder::Compact, &shape))
                ++compact;
            continue;
        }
        if (shape == Shape::Numeric) {
            ++numeric;
            dmy += parseWithShape(sample, DateOrder::DMY, &shape).has_value();
            mdy += parseWithShape(sample, DateOrder::MDY, &shape).has_value();
        }
    }
    if (numeric > 0 && dmy + mdy > 0) {
        if (mdy > dmy) {
            guess.order = DateOrder::MDY;
            guess.matched = mdy + iso + named;
        } else {
            guess.order = DateOrder::DMY;
            guess.matched = dmy + iso + named;
            guess.ambiguous = dmy == mdy;
        }
    } else if (compact > iso) {
        guess.order = DateOrder::Compact;
        guess.matched = compact + named;
    } else {
        guess.order = DateOrder::Iso;
        guess.matched = iso + named;
    }
    return guess;
}

std::optional<ParsedDateTime> parseExcelSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6)
        return std::nullopt;
    qint64 whole = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(whole)) * 86400.0));
    if (seconds >= 86400) {
        ++whole;
        seconds -= 86400;
    }
    qint64 day = 0;
    if (date1904) {
        day = whole - 24107; // serial 0 = 1904-01-01
    } else {
        // Excel counts a 1900-02-29 that never was (serial 60), copied from Lotus 1-2-3.
        if (whole < 1 || whole == 60)
            return std::nullopt;
        day = whole < 60 ? whole - 25568 : whole - 25569;
    }
    if (day > kMaxEpochDay)
        return std::nullopt;
    ParsedDateTime out;
    out.day = EpochDay(day);
    if (seconds > 0)
        out.secondOfDay = qint32(seconds);
    return out;
}

} // namespace iroi::import

#include "core/import/fieldvalue.h"

#include <cmath>

namespace iroi::import {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// The digits of a number with its separators resolved: integer part, fraction digits and
// the scale the suffix or percent sign applies.
struct Decimal
{
    bool negative = false;
    qint64 integer = 0;
    qint64 fraction = 0; // the fraction digits as an integer ...
    int fractionDigits = 0; // ... and how many there were
    double scale = 1;
};

// Strips currency words and symbols that exports put around amounts.
std::string_view stripDecorations(std::string_view s)
{
    s = trimmed(s);
    static constexpr std::string_view prefixes[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "EUR", "USD", "GBP"};
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view p : prefixes) {
            if (s.size() >= p.size() && s.substr(0, p.size()) == p) {
                s = trimmed(s.substr(p.size()));
                changed = true;
            }
            if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) {
                s = trimmed(s.substr(0, s.size() - p.size()));
                changed = true;
            }
        }
    }
    return s;
}

bool parseDecimal(std::string_view text, Decimal &d)
{
    std::string_view s = stripDecorations(text);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') { // accountants' negative
        d.negative = true;
        s = trimmed(s.substr(1, s.size() - 2));
    }
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        d.negative = d.negative != (s.front() == '-');
        s = stripDecorations(s.substr(1));
    }
    if (s.empty())
        return false;
    const char last = s.back();
    if (last == '%') {
        d.scale = 0.01;
        s = trimmed(s.substr(0, s.size() - 1));
    } else if (last == 'k' || last == 'K') {
        d.scale = 1e3;
        s = trimmed(s.substr(0, s.size() - 1));
    } else if (last == 'm' || last == 'M') {
        d.scale = 1e6;
        s = trimmed(s.substr(0, s.size() - 1));
    } else if (last == 'b' || last == 'B') {
        d.scale = 1e9;
        s = trimmed(s.substr(0, s.size() - 1));
    }
    if (s.empty())
        return false;

    // Find the decimal separator.
    size_t lastComma = s.rfind(',');
    size_t lastDot = s.rfind('.');
    size_t decimalPos = std::string_view::npos;
    char group = 0;
    if (lastComma != std::string_view::npos && lastDot != std::string_view::npos) {
        decimalPos = std::max(lastComma, lastDot);
        group = decimalPos == lastComma ? '.' : ',';
    } else if (lastComma != std::string_view::npos) {
        const bool single = s.find(',') == lastComma;
        const size_t after = s.size() - lastComma - 1;
        if (single && after != 3)
            decimalPos = lastComma;
        else
            group = ',';
    } else if (lastDot != std::string_view::npos) {
        const bool single = s.find('.') == lastDot;
        if (single)
            decimalPos = lastDot;
        else
            group = '.';
    }

    bool anyDigit = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (isDigit(c)) {
            anyDigit = true;
            if (decimalPos != std::string_view::npos && i > decimalPos) {
                if (d.fractionDigits < 15) {
                    d.fraction = d.fraction * 10 + (c - '0');
                    ++d.fractionDigits;
                }
            } else {
                if (d.integer > (INT64_MAX - 9) / 10)
                    return false;
                d.integer = d.integer * 10 + (c - '0');
            }
        } else if (i == decimalPos) {
            continue;
        } else if (c == group || c == ' ' || c == '\'') {
            if (decimalPos != std::string_view::npos && i > decimalPos)
                return false;
            continue;
        } else {
            return false;
        }
    }
    return anyDigit;
}

double toDouble(const Decimal &d)
{
    double v = static_cast<double>(d.integer);
    if (d.fractionDigits > 0)
        v += static_cast<double>(d.fraction) / std::pow(10.0, d.fractionDigits);
    v *= d.scale;
    return d.negative ? -v : v;
}

int digits(std::string_view s, size_t pos, size_t count, bool &ok)
{
    if (pos + count > s.size()) {
        ok = false;
        return 0;
    }
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i])) {
            ok = false;
            return 0;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool validCivil(int y, int m, int d)
{
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isEmptyValue(std::string_view text)
{
    const std::string_view s = trimmed(text);
    return s.empty() || s == "--" || s == "-" || equalsIgnoreCase(s, "nan") || equalsIgnoreCase(s, "n/a") ||
           equalsIgnoreCase(s, "null") || equalsIgnoreCase(s, "none");
}

std::optional<double> parseNumber(std::string_view text, bool &bad)
{
    bad = false;
    if (isEmptyValue(text))
        return std::nullopt;
    Decimal d;
    if (!parseDecimal(text, d)) {
        bad = true;
        return std::nullopt;
    }
    return toDouble(d);
}

std::optional<qint64> parseCount(std::string_view text, bool &bad)
{
    bad = false;
    const std::string_view s = trimmed(text);
    // Fast path: plain digits, the common case in big files.
    if (!s.empty() && s.size() < 19) {
        qint64 v = 0;
        bool plain = true;
        for (char c : s) {
            if (!isDigit(c)) {
                plain = false;
                break;
            }
            v = v * 10 + (c - '0');
        }
        if (plain)
            return v;
    }
    if (isEmptyValue(s))
        return std::nullopt;
    Decimal d;
    if (!parseDecimal(s, d) || d.scale < 1) {
        bad = true;
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(toDouble(d)));
}

std::optional<Cents> parseCents(std::string_view text, bool &bad)
{
    bad = false;
    // Fast path for what machines write, "1234", "12.5", "1234.50": digits, then at most
    // a point and one or two digits (three could be a thousands group: the full parser decides).
    if (!text.empty() && text.size() < 16 && isDigit(text.front())) {
        qint64 units = 0;
        std::size_t i = 0;
        while (i < text.size() && isDigit(text[i]))
            units = units * 10 + (text[i++] - '0');
        if (i == text.size())
            return units * 100;
        const std::size_t fractionDigits = text.size() - i - 1;
        if (text[i] == '.' && (fractionDigits == 1 || fractionDigits == 2) && isDigit(text[i + 1]) &&
            (fractionDigits == 1 || isDigit(text[i + 2])))
            return units * 100 + (text[i + 1] - '0') * 10 + (fractionDigits == 2 ? text[i + 2] - '0' : 0);
    }
    if (isEmptyValue(text))
        return std::nullopt;
    Decimal d;
    if (!parseDecimal(text, d) || d.scale < 1) {
        bad = true;
        return std::nullopt;
    }
    if (d.scale != 1)
        return centsFromDouble(toDouble(d));
    // Exact: integer * 100 + the first two fraction digits, rounded by the third.
    qint64 frac = d.fraction;
    int fd = d.fractionDigits;
    while (fd > 3) {
        frac /= 10;
        --fd;
    }
    qint64 cents = 0;
    if (fd == 0)
        cents = 0;
    else if (fd == 1)
        cents = frac * 10;
    else if (fd == 2)
        cents = frac;
    else
        cents = (frac + 5) / 10;
    if (d.integer > INT64_MAX / 100 - 1) {
        bad = true;
        return std::nullopt;
    }
    const Cents total = d.integer * 100 + cents;
    return d.negative ? -total : total;
}

EpochDay epochDayFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: a closed formula over 400-year eras.
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<EpochDay> parseDay(std::string_view text, bool &bad, int *hour, DayOrder order)
{
    bad = false;
    const std::string_view s = trimmed(text);
    if (isEmptyValue(s))
        return std::nullopt;
    bool ok = true;
    int y = 0;
    int m = 0;
    int d = 0;
    size_t timePos = std::string_view::npos;
    if (s.size() >= 10 && isDigit(s[0]) && isDigit(s[3]) && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
        y = digits(s, 0, 4, ok);
        m = digits(s, 5, 2, ok);
        d = digits(s, 8, 2, ok);
        ok = ok && s[7] == s[4];
        timePos = 10;
    } else if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string_view::npos) {
        y = digits(s, 0, 4, ok);
        m = digits(s, 4, 2, ok);
        d = digits(s, 6, 2, ok);
    } else if (s.size() >= 8) {
        // d-m-yyyy with one- or two-digit parts
        size_t p = 0;
        int parts[3] = {0, 0, 0};
        char sep = 0;
        for (int i = 0; i < 3 && ok; ++i) {
            const size_t start = p;
            while (p < s.size() && isDigit(s[p]))
                ++p;
            const size_t len = p - start;
            if (len == 0 || len > 4) {
                ok = false;
                break;
            }
            parts[i] = digits(s, start, len, ok);
            if (i < 2) {
                if (p >= s.size() || (s[p] != '-' && s[p] != '/' && s[p] != '.') || (sep && s[p] != sep)) {
                    ok = false;
                    break;
                }
                sep = s[p];
                ++p;
            } else if (len != 4) {
                ok = false;
            }
        }
        if (ok) {
            y = parts[2];
            d = parts[0];
            m = parts[1];
            if (order == DayOrder::MonthFirst || (order == DayOrder::Auto && m > 12 && d <= 12))
                std::swap(d, m);
            timePos = p;
        }
    } else {
        ok = false;
    }
    if (!ok || !validCivil(y, m, d)) {
        bad = true;
        return std::nullopt;
    }
    if (hour && timePos != std::string_view::npos && timePos + 3 <= s.size() &&
        (s[timePos] == 'T' || s[timePos] == ' ')) {
        bool hourOk = true;
        const int h = digits(s, timePos + 1, 2, hourOk);
        if (hourOk && h < 24)
            *hour = h;
    }
    return epochDayFromCivil(y, m, d);
}

} // namespace iroi::import

namespace iroi::import {

DayOrderGuess guessDayOrder(std::span<const std::string_view> values)
{
    DayOrderGuess guess;
    for (std::string_view v : values) {
        bool bad = false;
        const auto dayFirst = parseDay(v, bad, nullptr, DayOrder::DayFirst);
        const auto monthFirst = parseDay(v, bad, nullptr, DayOrder::MonthFirst);
        if (dayFirst && monthFirst) {
            if (*dayFirst != *monthFirst)
                ++guess.undecided; // ISO, YYYYMMDD and 05/05/2025 read the same either way
        } else if (dayFirst) {
            ++guess.dayFirstVotes;
        } else if (monthFirst) {
            ++guess.monthFirstVotes;
        }
    }
    if (guess.conflicting())
        guess.order = DayOrder::Auto;
    else if (guess.monthFirstVotes > 0)
        guess.order = DayOrder::MonthFirst;
    else if (guess.dayFirstVotes > 0 || guess.undecided > 0)
        guess.order = DayOrder::DayFirst;
    return guess;
}

} // namespace iroi::import

// libFuzzer harness for the value parsers (the readers' and the import pipeline's fast
// ones in core/import/fieldvalue.h) and the table locator. Each line of the input
// is a value; invariants (finite numbers, dates in range) abort when broken.
#include "core/import/fieldvalue.h"
#include "core/import/reader/tablelocator.h"
#include "core/import/reader/values.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

using namespace iroi::import;

namespace {

void checkDate(const std::optional<ParsedDateTime> &date)
{
    if (!date)
        return;
    if (date->day < -719162 || date->day > 2932896) // 0001-01-01 .. 9999-12-31
        std::abort();
    if (date->secondOfDay && (*date->secondOfDay < 0 || *date->secondOfDay >= 86400))
        std::abort();
    if (date->utcOffsetMinutes && std::abs(*date->utcOffsetMinutes) > 18 * 60 + 59)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= input.size()) {
        const std::size_t end = input.find('\n', start);
        const std::size_t stop = end == std::string_view::npos ? input.size() : end;
        lines.push_back(input.substr(start, stop - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    for (std::string_view line : lines) {
        for (NumberStyle style : {NumberStyle::DecimalPoint, NumberStyle::DecimalComma}) {
            const ParsedNumber number = parseNumberDetailed(line, style);
            if (number.kind == ParsedNumber::Kind::Number && !std::isfinite(number.value))
                std::abort();
            if (number.kind != ParsedNumber::Kind::Number && number.kind != ParsedNumber::Kind::Missing
                && number.reason.empty())
                std::abort();
            if (parseNumber(line, style).has_value() != (number.kind == ParsedNumber::Kind::Number))
                std::abort();
        }
        (void)isMissingValue(line);
        // The import pipeline's readers: days in range, hours of a day, and the plain-amount
        // fast path of parseCents agreeing with the general parser on the same text.
        for (DayOrder order : {DayOrder::Auto, DayOrder::DayFirst, DayOrder::MonthFirst}) {
            bool bad = false;
            int hour = -1;
            const auto day = parseDay(line, bad, &hour, order);
            if (day && (*day < -719162 || *day > 2932896))
                std::abort();
            if (hour < -1 || hour > 23 || (day && bad))
                std::abort();
        }
        bool badCents = false;
        const auto cents = parseCents(line, badCents);
        bool badNumber = false;
        const auto number = iroi::import::parseNumber(line, badNumber);
        if (cents && !badNumber && number && std::fabs(*number) < 1e12 &&
            std::fabs(double(*cents) - *number * 100.0) > 1.0 + std::fabs(*number) * 1e-9)
            std::abort();
        bool badCount = false;
        (void)parseCount(line, badCount);
        for (DateOrder order : {DateOrder::Iso, DateOrder::DMY, DateOrder::MDY, DateOrder::Compact})
            checkDate(parseDate(line, order));
    }
    (void)guessNumberStyle(lines);
    const DayOrderGuess dayGuess = guessDayOrder(lines);
    if (dayGuess.conflicting() && dayGuess.order != DayOrder::Auto)
        std::abort();
    const DateOrderGuess guess = detectDateOrder(lines);
    if (guess.matched > guess.total)
        std::abort();
    if (size >= sizeof(double)) {
        double serial = 0;
        std::memcpy(&serial, data, sizeof serial);
        checkDate(parseExcelSerial(serial, false));
        checkDate(parseExcelSerial(serial, true));
    }

    // Lines as comma-separated records for the table locator.
    std::vector<OwnedRecord> sample;
    for (std::size_t i = 0; i < lines.size() && i < 60; ++i) {
        OwnedRecord record;
        record.row = qint64(i) + 1;
        std::string_view line = lines[i];
        std::size_t from = 0;
        while (true) {
            const std::size_t comma = line.find(',', from);
            record.fields.emplace_back(line.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
            if (comma == std::string_view::npos)
                break;
            from = comma + 1;
        }
        const std::vector<std::string_view> views(record.fields.begin(), record.fields.end());
        (void)classifyRow(views);
        sample.push_back(std::move(record));
    }
    const TableLayout layout = locateTable(sample);
    if (layout.headerIndex >= int(sample.size()) || layout.dataIndex > int(sample.size()) || layout.fieldCount < 0)
        std::abort();
    return 0;
}

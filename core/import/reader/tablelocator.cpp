#include "core/import/reader/tablelocator.h"

#include "core/import/reader/values.h"

#include <algorithm>
#include <array>

namespace iroi::import {

namespace {

using namespace std::string_view_literals;

std::string_view trimmed(std::string_view s)
{
    if (s.starts_with("\xEF\xBB\xBF"sv))
        s.remove_prefix(3);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return out;
}

QString quoted(std::string_view text)
{
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60)));
    if (text.size() > 60)
        shown += QStringLiteral("...");
    return QStringLiteral("\"%1\"").arg(shown);
}

enum class Cell { Empty, Missing, Number, Date, Text };

Cell classify(std::string_view raw)
{
    const std::string_view s = trimmed(raw);
    if (s.empty())
        return Cell::Empty;
    if (isMissingValue(s))
        return Cell::Missing;
    for (NumberStyle style : {NumberStyle::DecimalPoint, NumberStyle::DecimalComma}) {
        const ParsedNumber number = parseNumberDetailed(s, style);
        if (number.kind == ParsedNumber::Kind::Number || number.kind == ParsedNumber::Kind::Censored)
            return Cell::Number;
    }
    for (DateOrder order : {DateOrder::Iso, DateOrder::DMY, DateOrder::MDY}) {
        if (parseDate(s, order))
            return Cell::Date;
    }
    return Cell::Text;
}

struct Profile
{
    int fields = 0;   // as read
    int width = 0;    // up to the last non-empty cell
    int nonEmpty = 0;
    int text = 0;
    int valued = 0;   // numbers and dates
    int missing = 0;
    bool blank() const { return nonEmpty == 0; }
    double textShare() const { return nonEmpty ? double(text) / nonEmpty : 0.0; }
    // Share of numbers/dates among the cells that hold something other than "--".
    double valueShare() const { return nonEmpty - missing > 0 ? double(valued) / (nonEmpty - missing) : 0.0; }
};

Profile profile(const OwnedRecord &record)
{
    Profile p;
    p.fields = int(record.fields.size());
    for (int i = 0; i < p.fields; ++i) {
        const Cell cell = classify(record.fields[std::size_t(i)]);
        if (cell == Cell::Empty)
            continue;
        p.width = i + 1;
        ++p.nonEmpty;
        p.text += cell == Cell::Text;
        p.valued += cell == Cell::Number || cell == Cell::Date;
        p.missing += cell == Cell::Missing;
    }
    return p;
}

std::vector<std::string_view> views(const OwnedRecord &record)
{
    return {record.fields.begin(), record.fields.end()};
}

bool sameShape(const Profile &header, const Profile &row)
{
    if (row.fields == header.fields)
        return true;
    // Spreadsheets drop trailing empty cells; a row may also stop early.
    return row.width <= std::max(header.width, header.fields) && row.width * 2 > header.width;
}

constexpr int kLookAhead = 6;

} // namespace

std::vector<OwnedRecord> readSample(RecordReader &reader, int count)
{
    std::vector<OwnedRecord> sample;
    RecordView view;
    while (int(sample.size()) < count && reader.next(view)) {
        OwnedRecord record;
        record.row = view.row;
        record.fields.reserve(view.fields.size());
        for (std::string_view field : view.fields)
            record.fields.emplace_back(field);
        sample.push_back(std::move(record));
    }
    return sample;
}

bool isBlankRow(std::span<const std::string_view> fields)
{
    return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trimmed(f).empty(); });
}

RowClass classifyRow(std::span<const std::string_view> fields)
{
    if (isBlankRow(fields))
        return {RowKind::Blank, QStringLiteral("blank row")};
    // The label sits in the first cell, or in the second when the first is left empty.
    std::string_view label;
    for (std::size_t i = 0; i < std::min<std::size_t>(2, fields.size()); ++i) {
        label = trimmed(fields[i]);
        if (!label.empty())
            break;
    }
    // Every label below starts with one of these letters: most rows (a date, a name, a
    // number) are told apart here without building a lowered copy.
    if (label.empty() || std::string_view("tTgGsSeEiIoO").find(label.front()) == std::string_view::npos)
        return {RowKind::Data, {}};
    const std::string text = lowered(label);
    std::string_view word = text;
    // "Total", "Total:", "Total: Campaigns", "Grand total", "Totaal generaal".
    static constexpr std::array kAlone{"total"sv,    "totals"sv,   "totaal"sv,      "totalen"sv,     "grand total"sv,
                                       "subtotal"sv, "sub-total"sv, "sub total"sv,  "sum"sv,         "summe"sv,
                                       "gesamt"sv,   "insgesamt"sv, "gesamtsumme"sv, "eindtotaal"sv, "subtotaal"sv,
                                       "totaal generaal"sv, "overall total"sv, "total général"sv, "totale"sv};
    std::string_view head = word;
    if (const std::size_t colon = word.find(':'); colon != std::string_view::npos)
        head = trimmed(word.substr(0, colon));
    for (std::string_view candidate : kAlone) {
        const bool alone = trimmed(word) == candidate || head == candidate;
        const bool grand = (candidate == "grand total"sv || candidate == "subtotal"sv) && word.starts_with(candidate);
        if (alone || grand)
            return {RowKind::Summary, QStringLiteral("summary row %1").arg(quoted(label))};
    }
    return {RowKind::Data, {}};
}

TableLayout locateTable(std::span<const OwnedRecord> sample)
{
    TableLayout layout;
    std::vector<Profile> profiles;
    profiles.reserve(sample.size());
    for (const OwnedRecord &record : sample)
        profiles.push_back(profile(record));

    auto isSummary = [&](std::size_t i) {
        const auto fields = views(sample[i]);
        return classifyRow(fields).kind == RowKind::Summary;
    };

    int header = -1;
    for (std::size_t i = 0; i < sample.size() && header < 0; ++i) {
        const Profile &h = profiles[i];
        if (h.blank() || h.nonEmpty < 2 || h.textShare() < 0.75)
            continue;
        int looked = 0;
        int matching = 0;
        double valueShares = 0;
        for (std::size_t j = i + 1; j < sample.size() && looked < kLookAhead; ++j) {
            if (profiles[j].blank() || isSummary(j))
                continue;
            ++looked;
            if (sameShape(h, profiles[j])) {
                ++matching;
                valueShares += profiles[j].valueShare();
            }
        }
        if (looked == 0 || matching * 5 < looked * 3)
            continue;
        const double meanShare = valueShares / matching;
        if (meanShare >= 0.3 && meanShare > h.valueShare() + 0.2)
            header = int(i);
    }
    if (header < 0) {
        // Text-only tables (names, handles, countries): the first non-blank all-text row.
        for (std::size_t i = 0; i < sample.size(); ++i) {
            if (profiles[i].blank())
                continue;
            if (profiles[i].text == profiles[i].nonEmpty && profiles[i].nonEmpty >= 1)
                header = int(i);
            break;
        }
    }

    const int firstData = header >= 0 ? header : [&] {
        for (std::size_t i = 0; i < sample.size(); ++i) {
            if (!profiles[i].blank())
                return int(i);
        }
        return int(sample.size());
    }();
    for (int i = 0; i < firstData; ++i) {
        const OwnedRecord &record = sample[std::size_t(i)];
        if (profiles[std::size_t(i)].blank()) {
            layout.skipped.push_back({record.row, QStringLiteral("blank row before the table")});
            continue;
        }
        std::string text;
        for (const std::string &field : record.fields) {
            const std::string_view t = trimmed(field);
            if (t.empty())
                continue;
            if (!text.empty())
                text += ' ';
            text += t;
        }
        layout.skipped.push_back({record.row, QStringLiteral("preamble before the header (report title, filter or "
                                                             "date-range line): %1")
                                                  .arg(quoted(text))});
    }

    if (header >= 0) {
        const OwnedRecord &record = sample[std::size_t(header)];
        layout.headerIndex = header;
        layout.headerRow = record.row;
        layout.dataIndex = header + 1;
        for (const std::string &field : record.fields)
            layout.header.emplace_back(trimmed(field));
        while (!layout.header.empty() && layout.header.back().empty())
            layout.header.pop_back();
        layout.fieldCount = int(layout.header.size());
    } else {
        layout.dataIndex = firstData;
        int width = 0;
        for (const Profile &p : profiles)
            width = std::max(width, p.width);
        layout.fieldCount = width;
    }
    return layout;
}

} // namespace iroi::import

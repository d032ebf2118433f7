// libFuzzer harness for CsvReader. The first byte picks the options (encoding, forced
// delimiter, chunk size); the rest is the file. Every input is read twice, with a tiny
// chunk size and with the default one: both must give the same records, rows and error,
// which catches state lost at chunk boundaries.
#include "core/import/reader/csvreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

using namespace iroi::import;

namespace {

struct Outcome
{
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> rows;
    bool failed = false;
    qint64 errorRow = -2;
};

Outcome readAll(const QByteArray &bytes, const CsvOptions &options)
{
    Outcome outcome;
    auto reader = CsvReader::fromBytes(bytes, options);
    if (!reader) {
        outcome.failed = true;
        return outcome;
    }
    RecordView record;
    qint64 lastRow = 0;
    while ((*reader)->next(record)) {
        if (record.row <= lastRow)
            std::abort(); // rows must increase
        lastRow = record.row;
        outcome.records.emplace_back(record.fields.begin(), record.fields.end());
        outcome.rows.push_back(record.row);
    }
    if ((*reader)->error()) {
        outcome.failed = true;
        outcome.errorRow = (*reader)->error()->row;
    }
    if ((*reader)->position() < 0)
        std::abort();
    (void)(*reader)->notes();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    CsvOptions options;
    static constexpr TextEncoding kEncodings[] = {TextEncoding::Auto, TextEncoding::Auto, TextEncoding::Utf8,
                                                  TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                                  TextEncoding::Windows1252, TextEncoding::Auto, TextEncoding::Auto};
    static constexpr char kDelimiters[] = {0, 0, 0, 0, ',', ';', '\t', '|'};
    options.encoding = kEncodings[control & 7];
    options.delimiter = kDelimiters[(control >> 3) & 7];
    options.maxRecordBytes = 1 << 20;

    CsvOptions small = options;
    small.chunkBytes = 16 + (control >> 6) * 7;
    const Outcome a = readAll(bytes, small);
    const Outcome b = readAll(bytes, options);
    if (a.failed != b.failed || a.errorRow != b.errorRow || a.rows != b.rows || a.records != b.records)
        std::abort();
    return 0;
}

#include "core/import/reader/csvreader.h"

#include "core/import/reader/textcodec.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace iroi::import {

namespace {

// SIMD loads may read this far past the end of the data; the buffer is padded so they
// stay inside the allocation.
constexpr qsizetype kPadding = 64;
constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr int kSniffLines = 50;

// First byte in [p, end) equal to a, b or c, or end. Reads up to 15 bytes past end.
inline const char *findAny(const char *p, const char *end, char a, char b, char c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    const __m128i vc = _mm_set1_epi8(c);
    while (p < end) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                         _mm_cmpeq_epi8(x, vc));
        const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask != 0) {
            const char *q = p + __builtin_ctz(mask);
            return q < end ? q : end;
        }
        p += 16;
    }
    return end;
#else
    for (; p < end; ++p) {
        if (*p == a || *p == b || *p == c)
            return p;
    }
    return end;
#endif
}

QString delimiterName(char c)
{
    switch (c) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }
}

// Picks the delimiter giving the most consistent field count above one over the first
// complete lines; quoted parts are ignored (they may hold any delimiter or line break).
char sniffDelimiter(const char *data, qsizetype size, bool atEof)
{
    constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool inQuote = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < size && int(lines.size()) < kSniffLines; ++i) {
        const char c = data[i];
        if (c == '"') {
            inQuote = !inQuote;
            lineHasText = true;
            continue;
        }
        if (inQuote)
            continue;
        if (c == '\n' || c == '\r') {
            if (lineHasText)
                lines.push_back(counts);
            counts = {};
            lineHasText = false;
            continue;
        }
        lineHasText = true;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    // A line cut by the end of the window still counts when it is all there is, so a
    // file whose first line is longer than the window gets a delimiter all the same.
    if ((atEof || lines.empty()) && lineHasText && !inQuote && int(lines.size()) < kSniffLines)
        lines.push_back(counts);

    char best = ',';
    int bestFrequency = 0;
    int bestFields = 1;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        // Mode of the field count among lines, and how many lines have it.
        std::vector<int> fieldCounts;
        fieldCounts.reserve(lines.size());
        for (const auto &line : lines)
            fieldCounts.push_back(line[k] + 1);
        std::sort(fieldCounts.begin(), fieldCounts.end());
        int modeFields = 1;
        int modeFrequency = 0;
        for (std::size_t i = 0; i < fieldCounts.size();) {
            std::size_t j = i;
            while (j < fieldCounts.size() && fieldCounts[j] == fieldCounts[i])
                ++j;
            const int frequency = int(j - i);
            if (fieldCounts[i] > 1 && (frequency > modeFrequency || (frequency == modeFrequency && fieldCounts[i] > modeFields))) {
                modeFrequency = frequency;
                modeFields = fieldCounts[i];
            }
            i = j;
        }
        if (modeFields > 1
            && (modeFrequency > bestFrequency || (modeFrequency == bestFrequency && modeFields > bestFields))) {
            best = candidates[k];
            bestFrequency = modeFrequency;
            bestFields = modeFields;
        }
    }
    return best;
}

TextEncoding sniffEncoding(const char *data, qsizetype size, qsizetype *bomLength)
{
    const auto *u = reinterpret_cast<const unsigned char *>(data);
    *bomLength = 0;
    if (size >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *bomLength = 3;
        return TextEncoding::Utf8;
    }
    if (size >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *bomLength = 2;
        return TextEncoding::Utf16LE;
    }
    if (size >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *bomLength = 2;
        return TextEncoding::Utf16BE;
    }
    // UTF-16 without a BOM: text in the Latin range has a NUL in every other byte.
    const qsizetype pairs = std::min<qsizetype>(size, 4096) / 2;
    if (pairs >= 2) {
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZeros += u[2 * i] == 0;
            oddZeros += u[2 * i + 1] == 0;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs)
            return TextEncoding::Utf16LE;
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs)
            return TextEncoding::Utf16BE;
    }
    return TextEncoding::Utf8;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("automatic");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

struct CsvReader::Impl
{
    std::unique_ptr<QIODevice> device;
    QString fileName;
    CsvOptions options;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    bool bom = false;
    qint64 totalSize = 0;
    qint64 rawRead = 0;
    bool rawEof = false;
    std::optional<Error> error;
    QStringList notes;

    // UTF-8 text: [pos, end) is not parsed yet; kPadding bytes follow the capacity.
    std::unique_ptr<char[]> buffer;
    qsizetype capacity = 0;
    qsizetype pos = 0;
    qsizetype end = 0;

    std::unique_ptr<char[]> raw; // the bytes as read, before transcoding
    qsizetype rawCapacity = 0;
    TextDecoder decoder;

    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool quoted;
        bool escaped; // needs unescaping ("" inside, or text after the closing quote)
    };
    std::vector<Span> spans;
    std::vector<std::string_view> fields;
    qint64 line = 1;

    void fail(Error e)
    {
        if (!error) {
            e.file = fileName;
            error = std::move(e);
        }
    }

    void ensureCapacity(qsizetype needed)
    {
        if (needed <= capacity)
            return;
        qsizetype newCapacity = std::max<qsizetype>(capacity * 2, needed);
        // Not zero-filled: a 4 MiB memset per reader is the main cost for small files.
        std::unique_ptr<char[]> grown(new char[std::size_t(newCapacity + kPadding)]);
        if (end > pos)
            std::memcpy(grown.get(), buffer.get() + pos, std::size_t(end - pos));
        end -= pos;
        pos = 0;
        buffer = std::move(grown);
        capacity = newCapacity;
    }

    // Moves the unparsed tail to the front and appends the next chunk, transcoded to
    // UTF-8. false at end of input (nothing appended) or on a read error.
    bool fill()
    {
        if (rawEof)
            return false;
        if (pos > 0) {
            std::memmove(buffer.get(), buffer.get() + pos, std::size_t(end - pos));
            end -= pos;
            pos = 0;
        }
        // A record longer than a chunk makes the read size grow with it, so rescanning
        // an incomplete record stays linear overall; small inputs get small buffers.
        qsizetype chunk = std::max(options.chunkBytes, end - pos);
        if (totalSize > 0)
            chunk = std::min(chunk, std::max<qsizetype>(totalSize - rawRead + 1, 16));
        // Worst case growth: 1 byte of Windows-1252 becomes 3 bytes of UTF-8.
        ensureCapacity(end + 3 * chunk + 64);
        if (rawCapacity < chunk) {
            raw.reset(new char[std::size_t(chunk)]);
            rawCapacity = chunk;
        }
        const qint64 got = device->read(raw.get(), chunk);
        if (got < 0) {
            fail(Error::io(QStringLiteral("cannot read the file: %1").arg(device->errorString())));
            rawEof = true;
            return false;
        }
        rawRead += got;
        if (got == 0)
            rawEof = true;
        const qsizetype before = end;
        end += decoder.decode(raw.get(), qsizetype(got), rawEof, buffer.get() + end);
        // SIMD scans read up to 15 bytes past the end: keep them defined.
        std::memset(buffer.get() + end, 0, kPadding);
        if (rawEof)
            device->close();
        return end > before || !rawEof;
    }

    enum class Parse { Record, NeedMore, Error };

    // Finds the next record's fields in [pos, end) without changing the buffer, so a
    // record cut by the chunk boundary can be rescanned after fill().
    Parse scan(qsizetype *recordEnd, qint64 *linesInside)
    {
        const char *const base = buffer.get();
        const char *p = base + pos;
        const char *const stop = base + end;
        const char d = delimiter;
        spans.clear();
        qint64 newlines = 0;

        if (p < stop && (*p == '\n' || *p == '\r')) {
            // Blank line: a record without fields.
            if (*p == '\r') {
                if (p + 1 == stop && !rawEof)
                    return Parse::NeedMore;
                p += (p + 1 < stop && p[1] == '\n') ? 2 : 1;
            } else {
                ++p;
            }
            *recordEnd = p - base;
            *linesInside = 0;
            return Parse::Record;
        }

        for (;;) {
            const char *fieldStart = p;
            bool quoted = false;
            bool escaped = false;
            if (p < stop && *p == '"') {
                quoted = true;
                ++p;
                for (;;) {
                    p = findAny(p, stop, '"', '\n', '\r');
                    if (p == stop) {
                        if (!rawEof)
                            return Parse::NeedMore;
                        Error e = Error::badInput(QStringLiteral("a quoted field is never closed"));
                        e.row = line;
                        e.expected = QStringLiteral("a closing double quote");
                        fail(std::move(e));
                        return Parse::Error;
                    }
                    if (*p == '\n') {
                        ++newlines;
                        ++p;
                        continue;
                    }
                    if (*p == '\r') {
                        if (p + 1 == stop && !rawEof)
                            return Parse::NeedMore;
                        ++newlines;
                        p += (p + 1 < stop && p[1] == '\n') ? 2 : 1;
                        continue;
                    }
                    // A quote: doubled means a literal quote, single closes the field.
                    if (p + 1 == stop && !rawEof)
                        return Parse::NeedMore;
                    if (p + 1 < stop && p[1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (p < stop && *p != d && *p != '\n' && *p != '\r') {
                    // Sloppy export: text after the closing quote is kept as is.
                    escaped = true;
                    p = findAny(p, stop, d, '\n', '\r');
                }
            } else {
                p = findAny(p, stop, d, '\n', '\r');
            }
            if (p == stop && !rawEof)
                return Parse::NeedMore;
            spans.push_back(Span{fieldStart - base, p - base, quoted, escaped});
            if (p == stop)
                break;
            if (*p == d) {
                ++p;
                if (p == stop) {
                    if (!rawEof)
                        return Parse::NeedMore;
                    spans.push_back(Span{p - base, p - base, false, false});
                    break;
                }
                continue;
            }
            if (*p == '\n') {
                ++p;
                break;
            }
            // '\r', alone or followed by '\n'
            if (p + 1 == stop && !rawEof)
                return Parse::NeedMore;
            p += (p + 1 < stop && p[1] == '\n') ? 2 : 1;
            break;
        }
        *recordEnd = p - base;
        *linesInside = newlines;
        return Parse::Record;
    }

    std::string_view view(const Span &span)
    {
        char *const base = buffer.get();
        if (!span.quoted)
            return {base + span.begin, std::size_t(span.end - span.begin)};
        if (!span.escaped)
            return {base + span.begin + 1, std::size_t(span.end - span.begin - 2)};
        // Unescape in place: the result is never longer than the source.
        char *out = base + span.begin;
        const char *in = base + span.begin + 1;
        const char *const last = base + span.end;
        bool inQuote = true;
        while (in < last) {
            if (inQuote && *in == '"') {
                if (in + 1 < last && in[1] == '"') {
                    *out++ = '"';
                    in += 2;
                } else {
                    inQuote = false;
                    ++in;
                }
                continue;
            }
            *out++ = *in++;
        }
        return {base + span.begin, std::size_t(out - (base + span.begin))};
    }
};

CsvReader::CsvReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CsvReader::~CsvReader() = default;

namespace {

Result<std::unique_ptr<CsvReader>> checkOptions(const CsvOptions &options)
{
    if (options.delimiter == '"' || options.delimiter == '\n' || options.delimiter == '\r')
        return Error::usage(QStringLiteral("the delimiter cannot be a quote or a line break"));
    if (options.chunkBytes < 16 || options.maxRecordBytes < options.chunkBytes)
        return Error::usage(QStringLiteral("invalid CSV buffer sizes"));
    return std::unique_ptr<CsvReader>();
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const CsvOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot open the file: %1").arg(file->errorString()), path);
    auto device = std::unique_ptr<QIODevice>(std::move(file));
    return create(std::move(device), options, path);
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(const QByteArray &bytes, const CsvOptions &options,
                                                        const QString &displayName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return create(std::unique_ptr<QIODevice>(std::move(buffer)), options, displayName);
}

Result<std::unique_ptr<CsvReader>> CsvReader::create(std::unique_ptr<QIODevice> device, const CsvOptions &options,
                                                     const QString &name)
{
    auto checked = checkOptions(options);
    if (!checked)
        return checked.error();
    auto impl = std::make_unique<Impl>();
    impl->fileName = name;
    impl->options = options;
    impl->totalSize = device->size();
    impl->device = std::move(device);

    // Sniff the encoding on the first bytes, then hand them to the decoder like any chunk.
    QByteArray head = impl->device->peek(kSniffBytes);
    qsizetype bomLength = 0;
    TextEncoding detected = sniffEncoding(head.constData(), head.size(), &bomLength);
    impl->bom = bomLength > 0;
    TextEncoding encoding = options.encoding == TextEncoding::Auto ? detected : options.encoding;
    if (bomLength > 0 && encoding == detected) {
        impl->device->skip(bomLength);
        impl->rawRead = bomLength;
    }
    else
        impl->bom = false;
    if (options.encoding == TextEncoding::Auto && encoding == TextEncoding::Utf8 && !impl->bom) {
        // Invalid UTF-8 in the first bytes: the file is almost surely Windows-1252.
        if (!isValidUtf8Prefix(head.constData(), head.size()))
            encoding = TextEncoding::Windows1252;
    }
    impl->encoding = encoding;
    impl->decoder.reset(encoding);
    impl->notes << QStringLiteral("encoding: %1%2")
                       .arg(encodingName(encoding),
                            impl->bom ? QStringLiteral(" (byte order mark)")
                            : options.encoding != TextEncoding::Auto ? QStringLiteral(" (as requested)")
                                                                     : QStringLiteral(" (detected)"));

    impl->capacity = 0;
    impl->fill();
    while (impl->end < kSniffBytes && impl->fill()) {
    }
    if (impl->error)
        return *impl->error;

    if (options.delimiter != 0) {
        impl->delimiter = options.delimiter;
        impl->notes << QStringLiteral("delimiter: %1 (as requested)").arg(delimiterName(impl->delimiter));
    } else {
        // Sniff exactly the first kSniffBytes of text (or all of it when shorter), never
        // whatever the chunk size happened to read past them: the choice must not depend
        // on how the file is read.
        const qsizetype window = std::min(impl->end, kSniffBytes);
        impl->delimiter = sniffDelimiter(impl->buffer.get(), window, impl->end < kSniffBytes);
        impl->notes << QStringLiteral("delimiter: %1 (detected)").arg(delimiterName(impl->delimiter));
    }
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl)));
}

bool CsvReader::next(RecordView &record)
{
    Impl &d = *m_impl;
    if (d.error)
        return false;
    for (;;) {
        qsizetype recordEnd = 0;
        qint64 linesInside = 0;
        if (d.pos == d.end) {
            if (!d.fill() && d.pos == d.end)
                return false;
            continue;
        }
        const Impl::Parse parsed = d.scan(&recordEnd, &linesInside);
        if (parsed == Impl::Parse::Error)
            return false;
        if (parsed == Impl::Parse::NeedMore) {
            if (d.end - d.pos >= d.options.maxRecordBytes) {
                Error e = Error::badInput(QStringLiteral("a record is longer than %1 bytes (unbalanced quotes?)")
                                              .arg(d.options.maxRecordBytes));
                e.row = d.line;
                d.fail(std::move(e));
                return false;
            }
            if (!d.fill() && d.error)
                return false;
            continue;
        }
        if (recordEnd - d.pos > d.options.maxRecordBytes) {
            Error e = Error::badInput(QStringLiteral("a record is longer than %1 bytes (unbalanced quotes?)")
                                          .arg(d.options.maxRecordBytes));
            e.row = d.line;
            d.fail(std::move(e));
            return false;
        }
        d.fields.resize(d.spans.size());
        for (std::size_t i = 0; i < d.spans.size(); ++i)
            d.fields[i] = d.view(d.spans[i]);
        record.row = d.line;
        record.fields = std::span<const std::string_view>(d.fields.data(), d.fields.size());
        d.line += 1 + linesInside;
        d.pos = recordEnd;
        return true;
    }
}

const std::optional<Error> &CsvReader::error() const
{
    return m_impl->error;
}

qint64 CsvReader::position() const
{
    const Impl &d = *m_impl;
    if (d.encoding == TextEncoding::Utf8)
        return std::max<qint64>(0, d.rawRead - (d.end - d.pos));
    return d.rawRead;
}

qint64 CsvReader::size() const
{
    return m_impl->totalSize;
}

QStringList CsvReader::notes() const
{
    QStringList all = m_impl->notes;
    if (m_impl->decoder.replacedBytes() > 0)
        all << QStringLiteral("%1 bytes of invalid UTF-8 were read as Windows-1252").arg(m_impl->decoder.replacedBytes());
    return all;
}

TextEncoding CsvReader::encoding() const
{
    return m_impl->encoding;
}

char CsvReader::delimiter() const
{
    return m_impl->delimiter;
}

bool CsvReader::hadByteOrderMark() const
{
    return m_impl->bom;
}

} // namespace iroi::import

#include "core/import/reader/textcodec.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace iroi::import {

namespace {

// Windows-1252 bytes 0x80..0x9F; the five unassigned ones map to the C1 controls, as
// browsers do.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char *putCodePoint(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

inline char *putCp1252(char *out, unsigned char c)
{
    if (c >= 0x80 && c < 0xA0)
        return putCodePoint(out, kCp1252High[c - 0x80]);
    return putCodePoint(out, c);
}

// Length of the valid UTF-8 sequence at p; 0 when invalid; -1 when valid so far but cut
// off by the end of the available bytes.
inline int utf8Sequence(const unsigned char *p, qsizetype available)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // overlong
        if (c == 0xED)
            high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return -1;
        const unsigned char b = p[i];
        const unsigned char lo = i == 1 ? low : 0x80;
        const unsigned char hi = i == 1 ? high : 0xBF;
        if (b < lo || b > hi)
            return 0;
    }
    return length;
}

} // namespace

bool isValidUtf8Prefix(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8Sequence(p + i, size - i);
        if (length < 0)
            return true;
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

void TextDecoder::reset(TextEncoding encoding)
{
    m_encoding = encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding;
    m_carryLength = 0;
    m_replaced = 0;
}

qsizetype TextDecoder::decode(const char *in, qsizetype size, bool atEnd, char *out)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(in);
    char *const start = out;
    if (m_carryLength > 0) {
        // Finish the sequence cut at the previous boundary with the first new bytes.
        unsigned char joined[16];
        const int carried = m_carryLength;
        const qsizetype taken = std::min<qsizetype>(size, 8);
        std::memcpy(joined, m_carry, std::size_t(carried));
        std::memcpy(joined + carried, bytes, std::size_t(taken));
        qsizetype consumed = 0;
        m_carryLength = 0;
        out += decodeSome(joined, carried + taken, atEnd && taken == size, out, &consumed);
        if (consumed < carried) {
            // Still incomplete: keep everything (only possible when the input is tiny).
            const qsizetype keep = carried + taken - consumed;
            std::memcpy(m_carry, joined + consumed, std::size_t(keep));
            m_carryLength = int(keep);
            return out - start;
        }
        bytes += consumed - carried;
        size -= consumed - carried;
    }
    qsizetype consumed = 0;
    out += decodeSome(bytes, size, atEnd, out, &consumed);
    const qsizetype rest = size - consumed;
    if (rest > 0) {
        std::memcpy(m_carry, bytes + consumed, std::size_t(rest));
        m_carryLength = int(rest);
    }
    return out - start;
}

qsizetype TextDecoder::decodeSome(const unsigned char *in, qsizetype size, bool atEnd, char *out,
                                  qsizetype *consumed)
{
    char *const start = out;
    qsizetype i = 0;
    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        while (i < size) {
#if defined(__SSE2__)
            while (i + 16 <= size) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
                if (_mm_movemask_epi8(x) != 0)
                    break;
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out), x);
                out += 16;
                i += 16;
            }
            if (i >= size)
                break;
#endif
            const unsigned char c = in[i];
            if (c < 0x80) {
                *out++ = char(c);
                ++i;
                continue;
            }
            const int length = utf8Sequence(in + i, size - i);
            if (length < 0 && !atEnd)
                break; // carried to the next call
            if (length <= 0) {
                out = putCp1252(out, c);
                ++m_replaced;
                ++i;
                continue;
            }
            std::memcpy(out, in + i, std::size_t(length));
            out += length;
            i += length;
        }
        break;
    case TextEncoding::Windows1252:
        for (; i < size; ++i)
            out = putCp1252(out, in[i]);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = m_encoding == TextEncoding::Utf16LE;
        auto unitAt = [&](qsizetype k) -> char16_t {
            return little ? char16_t(in[k] | (in[k + 1] << 8)) : char16_t((in[k] << 8) | in[k + 1]);
        };
        while (i + 2 <= size) {
            const char16_t unit = unitAt(i);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (i + 4 > size) {
                    if (!atEnd)
                        break;
                    out = putCodePoint(out, 0xFFFD);
                    i += 2;
                    continue;
                }
                const char16_t low = unitAt(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    out = putCodePoint(out, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00));
                    i += 4;
                } else {
                    out = putCodePoint(out, 0xFFFD);
                    i += 2;
                }
                continue;
            }
            out = putCodePoint(out, (unit >= 0xDC00 && unit <= 0xDFFF) ? char32_t(0xFFFD) : char32_t(unit));
            i += 2;
        }
        if (atEnd && i < size && size - i == 1) {
            out = putCodePoint(out, 0xFFFD);
            ++i;
        }
        break;
    }
    }
    *consumed = i;
    return out - start;
}

} // namespace iroi::import

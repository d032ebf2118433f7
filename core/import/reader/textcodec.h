#pragma once

#include "core/import/reader/csvreader.h"

#include <QtGlobal>

namespace iroi::import {

// Streaming conversion of UTF-8 (validated), UTF-16 LE/BE and Windows-1252 to UTF-8.
// Internal to the CSV reader. A sequence cut by a chunk boundary is carried over to
// the next call. Invalid UTF-8 bytes are read as Windows-1252 (and counted); broken
// UTF-16 becomes U+FFFD.
class TextDecoder
{
public:
    void reset(TextEncoding encoding);
    // Writes at most 3 * size + 8 bytes to `out`, and returns how many it wrote.
    qsizetype decode(const char *in, qsizetype size, bool atEnd, char *out);
    qint64 replacedBytes() const { return m_replaced; }

private:
    qsizetype decodeSome(const unsigned char *in, qsizetype size, bool atEnd, char *out, qsizetype *consumed);

    TextEncoding m_encoding = TextEncoding::Utf8;
    unsigned char m_carry[8] = {};
    int m_carryLength = 0;
    qint64 m_replaced = 0;
};

// True when `size` bytes are valid UTF-8, a sequence cut at the very end allowed.
bool isValidUtf8Prefix(const char *data, qsizetype size);

} // namespace iroi::import

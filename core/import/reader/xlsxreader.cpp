#include "core/import/reader/xlsxreader.h"

#include "core/import/reader/values.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace iroi::import {

namespace {

constexpr qint64 kFeedBytes = 64 * 1024;
// Small parts compress extremely well (repeated empty styled cells); the ratio guard
// only makes sense for entries large enough to hurt.
constexpr qint64 kRatioExemptBytes = 1 << 20;

// A zip entry parsed as XML while it is decompressed, in 64 KiB steps, with the size
// guards enforced on the bytes actually produced (headers can lie).
class ZipXmlStream
{
public:
    ZipXmlStream(QuaZip *zip, const XlsxOptions &options) : m_file(zip), m_options(options) {}

    // false with an error when the entry is missing or breaks a guard.
    bool open(const QString &entry, Error *error)
    {
        m_entry = entry;
        QuaZip *zip = m_file.getZip();
        if (!zip->setCurrentFile(entry, QuaZip::csInsensitive)) {
            *error = Error::badInput(QStringLiteral("the workbook has no part \"%1\"").arg(entry));
            return false;
        }
        QuaZipFileInfo64 info;
        if (!zip->getCurrentFileInfo(&info)) {
            *error = Error::badInput(QStringLiteral("cannot read the zip entry \"%1\"").arg(entry));
            return false;
        }
        m_declaredSize = qint64(info.uncompressedSize);
        if (info.uncompressedSize > quint64(m_options.maxEntryBytes)) {
            *error = tooBig(qint64(info.uncompressedSize));
            return false;
        }
        if (info.uncompressedSize > quint64(kRatioExemptBytes)
            && double(info.uncompressedSize) > m_options.maxCompressionRatio * double(std::max<quint64>(info.compressedSize, 1))) {
            *error = Error::badInput(QStringLiteral("the zip entry \"%1\" expands %2 times (more than %3:1): refused as a "
                                                    "possible zip bomb")
                                         .arg(entry)
                                         .arg(qint64(info.uncompressedSize / std::max<quint64>(info.compressedSize, 1)))
                                         .arg(m_options.maxCompressionRatio));
            return false;
        }
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = Error::badInput(QStringLiteral("cannot open the zip entry \"%1\" (encrypted or damaged)").arg(entry));
            return false;
        }
        return true;
    }

    // The next token; on Invalid, check error(). Feeds decompressed data as needed.
    QXmlStreamReader::TokenType readNext(Error *error)
    {
        for (;;) {
            const auto token = m_xml.readNext();
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_finished) {
                *error = Error::badInput(QStringLiteral("the part \"%1\" is not well-formed XML: %2")
                                             .arg(m_entry, m_xml.errorString()));
                return token;
            }
            if (!feed(error))
                return QXmlStreamReader::Invalid;
        }
    }

    QXmlStreamReader &xml() { return m_xml; }
    qint64 consumed() const { return m_consumed; }
    qint64 declaredSize() const { return m_declaredSize; }

private:
    Error tooBig(qint64 size) const
    {
        return Error::badInput(QStringLiteral("the zip entry \"%1\" is %2 MiB uncompressed (the limit is %3 MiB): "
                                              "refused as a possible zip bomb")
                                   .arg(m_entry)
                                   .arg(size >> 20)
                                   .arg(m_options.maxEntryBytes >> 20));
    }

    bool feed(Error *error)
    {
        QByteArray chunk(kFeedBytes, Qt::Uninitialized);
        const qint64 got = m_file.read(chunk.data(), chunk.size());
        if (got < 0) {
            *error = Error::badInput(QStringLiteral("the zip entry \"%1\" is damaged").arg(m_entry));
            return false;
        }
        if (got == 0) {
            m_finished = true;
            m_file.close();
            if (m_file.getZipError() != 0) {
                *error = Error::badInput(QStringLiteral("the zip entry \"%1\" is damaged (CRC or data error)").arg(m_entry));
                return false;
            }
            m_xml.addData(QByteArray()); // let the reader report the real end
            return true;
        }
        m_consumed += got;
        if (m_consumed > m_options.maxEntryBytes) {
            *error = tooBig(m_consumed);
            return false;
        }
        chunk.truncate(got);
        m_xml.addData(chunk);
        return true;
    }

    QuaZipFile m_file;
    const XlsxOptions &m_options;
    QXmlStreamReader m_xml;
    QString m_entry;
    qint64 m_consumed = 0;
    qint64 m_declaredSize = 0;
    bool m_finished = false;
};

// Resolves a relationship target against the folder of the part that owns the rels.
QString resolvePart(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = baseFolder.isEmpty() ? QStringList() : baseFolder.split(QLatin1Char('/'));
    for (const QString &piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        }
        else if (piece != QLatin1String(".") && !piece.isEmpty())
            parts << piece;
    }
    return parts.join(QLatin1Char('/'));
}

// 0-based column of a cell reference ("C5" -> 2), or -1.
int columnOfRef(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar ch : ref) {
        const char16_t c = ch.unicode();
        char16_t upper = c;
        if (c >= u'a' && c <= u'z')
            upper = char16_t(c - 32);
        if (upper >= u'A' && upper <= u'Z') {
            column = column * 26 + (upper - u'A' + 1);
            if (++letters > 4)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

bool isDateFormatCode(const QString &code)
{
    bool inQuote = false;
    bool inBracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
            continue;
        }
        if (inBracket) {
            inBracket = c != QLatin1Char(']');
            continue;
        }
        if (c == QLatin1Char('"'))
            inQuote = true;
        else if (c == QLatin1Char('['))
            inBracket = true;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i; // escaped or padding character
        else if (c == QLatin1Char('y') || c == QLatin1Char('Y') || c == QLatin1Char('d') || c == QLatin1Char('D'))
            return true;
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

bool attributeIsTrue(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    const QStringView value = attributes.value(name);
    return value == QLatin1String("1") || value == QLatin1String("true");
}

struct Workbook
{
    QList<XlsxSheet> sheets;
    bool date1904 = false;
    QString stylesPart;
    QString sharedStringsPart;
};

Result<Workbook> readWorkbook(QuaZip *zip, const XlsxOptions &options)
{
    Error error;
    // The package rels say where the workbook is (nearly always xl/workbook.xml).
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    {
        ZipXmlStream rels(zip, options);
        if (rels.open(QStringLiteral("_rels/.rels"), &error)) {
            for (auto t = rels.readNext(&error); t != QXmlStreamReader::Invalid && t != QXmlStreamReader::EndDocument;
                 t = rels.readNext(&error)) {
                if (t == QXmlStreamReader::StartElement && rels.xml().name() == QLatin1String("Relationship")
                    && rels.xml().attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument"))) {
                    workbookPart = resolvePart(QString(), rels.xml().attributes().value(QLatin1String("Target")).toString());
                }
            }
        }
    }
    const QString workbookFolder = workbookPart.section(QLatin1Char('/'), 0, -2);
    const QString relsPart = workbookFolder + QStringLiteral("/_rels/")
                             + workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");

    Workbook book;
    QHash<QString, QString> targets;
    {
        ZipXmlStream rels(zip, options);
        if (!rels.open(relsPart, &error))
            return error;
        for (auto t = rels.readNext(&error); t != QXmlStreamReader::EndDocument; t = rels.readNext(&error)) {
            if (t == QXmlStreamReader::Invalid)
                return error;
            if (t != QXmlStreamReader::StartElement || rels.xml().name() != QLatin1String("Relationship"))
                continue;
            const auto attributes = rels.xml().attributes();
            const QString target = resolvePart(workbookFolder, attributes.value(QLatin1String("Target")).toString());
            const QStringView type = attributes.value(QLatin1String("Type"));
            targets.insert(attributes.value(QLatin1String("Id")).toString(), target);
            if (type.endsWith(QLatin1String("/styles")))
                book.stylesPart = target;
            else if (type.endsWith(QLatin1String("/sharedStrings")))
                book.sharedStringsPart = target;
        }
    }
    {
        ZipXmlStream wb(zip, options);
        if (!wb.open(workbookPart, &error))
            return error;
        for (auto t = wb.readNext(&error); t != QXmlStreamReader::EndDocument; t = wb.readNext(&error)) {
            if (t == QXmlStreamReader::Invalid)
                return error;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = wb.xml().attributes();
            if (wb.xml().name() == QLatin1String("workbookPr")) {
                book.date1904 = attributeIsTrue(attributes, QLatin1String("date1904"));
            } else if (wb.xml().name() == QLatin1String("sheet")) {
                XlsxSheet sheet;
                sheet.name = attributes.value(QLatin1String("name")).toString();
                sheet.hidden = !attributes.value(QLatin1String("state")).isEmpty()
                               && attributes.value(QLatin1String("state")) != QLatin1String("visible");
                // r:id in the relationships namespace, whatever its prefix.
                for (const auto &attribute : attributes) {
                    if (attribute.name() == QLatin1String("id") && attribute.namespaceUri().endsWith(QLatin1String("/relationships")))
                        sheet.part = targets.value(attribute.value().toString());
                }
                if (!sheet.part.isEmpty())
                    book.sheets << sheet;
            }
        }
    }
    if (book.sheets.isEmpty())
        return Error::badInput(QStringLiteral("the workbook has no worksheets"));
    return book;
}

// Per cell style index (cellXfs order): is it a date format?
Result<std::vector<bool>> readDateStyles(QuaZip *zip, const QString &part, const XlsxOptions &options)
{
    std::vector<bool> dateStyles;
    if (part.isEmpty())
        return dateStyles;
    Error error;
    ZipXmlStream styles(zip, options);
    if (!styles.open(part, &error))
        return error;
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    for (auto t = styles.readNext(&error); t != QXmlStreamReader::EndDocument; t = styles.readNext(&error)) {
        if (t == QXmlStreamReader::Invalid)
            return error;
        const QStringView name = styles.xml().name();
        if (t == QXmlStreamReader::EndElement && name == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = styles.xml().attributes();
        if (name == QLatin1String("numFmt")) {
            customDate.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                              isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && name == QLatin1String("xf")) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            dateStyles.push_back(customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id));
            if (dateStyles.size() > 1000000)
                return Error::badInput(QStringLiteral("the workbook has too many cell styles"));
        }
    }
    return dateStyles;
}

// Shared strings packed in one UTF-8 arena: a million strings must not be a million allocations.
struct SharedStrings
{
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> spans; // offset, length
    std::string_view at(std::size_t i) const
    {
        return i < spans.size() ? std::string_view(text).substr(spans[i].first, spans[i].second) : std::string_view();
    }
};

// Text of <si> / <is>: all <t> elements, phonetic runs (<rPh>) excluded.
Status readSharedStrings(QuaZip *zip, const QString &part, const XlsxOptions &options, SharedStrings *out)
{
    if (part.isEmpty())
        return success();
    Error error;
    ZipXmlStream strings(zip, options);
    if (!strings.open(part, &error))
        return error;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0;
    std::size_t start = 0;
    for (auto t = strings.readNext(&error); t != QXmlStreamReader::EndDocument; t = strings.readNext(&error)) {
        if (t == QXmlStreamReader::Invalid)
            return error;
        const QStringView name = t == QXmlStreamReader::Characters ? QStringView() : strings.xml().name();
        if (t == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("si")) {
                inItem = true;
                start = out->text.size();
            } else if (name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (name == QLatin1String("t") && inItem && phonetic == 0) {
                inText = true;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("si")) {
                inItem = false;
                out->spans.emplace_back(start, out->text.size() - start);
            } else if (name == QLatin1String("rPh")) {
                --phonetic;
            } else if (name == QLatin1String("t")) {
                inText = false;
            }
        } else if (t == QXmlStreamReader::Characters && inText) {
            out->text += strings.xml().text().toUtf8().toStdString();
        }
    }
    return success();
}

} // namespace

struct XlsxReader::Impl
{
    QByteArray bytes; // fromBytes(): the archive in memory
    QBuffer buffer;
    std::unique_ptr<QuaZip> zip;
    XlsxOptions options;
    QString fileName;
    Workbook book;
    XlsxSheet sheet;
    std::vector<bool> dateStyles;
    SharedStrings shared;
    std::unique_ptr<ZipXmlStream> stream;
    std::optional<Error> error;
    QStringList notes;
    bool finished = false;

    // The current row: cell texts in one arena, addressed per column.
    std::string arena;
    struct Slot
    {
        std::size_t offset = 0;
        std::size_t length = 0;
        bool date = false;
    };
    std::vector<Slot> cellSlots;
    std::vector<std::string_view> fields;
    std::vector<bool> dateFlags;
    qint64 lastRow = 0;
    int previousWidth = 0;
    qint64 dateCells = 0;

    void fail(Error e, qint64 row = -1, const QString &column = {})
    {
        if (!error) {
            e.file = fileName;
            e.row = row;
            e.column = column;
            error = std::move(e);
        }
    }
};

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
XlsxReader::~XlsxReader() = default;

namespace {

Result<std::unique_ptr<QuaZip>> openZip(QIODevice *device, const QString &path, const QString &name)
{
    auto zip = device ? std::make_unique<QuaZip>(device) : std::make_unique<QuaZip>(path);
    if (!zip->open(QuaZip::mdUnzip)) {
        Error e = Error::badInput(QStringLiteral("not an .xlsx workbook (the zip archive cannot be opened)"));
        e.file = name;
        if (!device && !QFile::exists(path))
            e = Error::io(QStringLiteral("the file does not exist"), name);
        return e;
    }
    return zip;
}

Result<QList<XlsxSheet>> listSheets(QIODevice *device, const QString &path)
{
    auto zip = openZip(device, path, path);
    if (!zip)
        return zip.error();
    auto book = readWorkbook(zip->get(), XlsxOptions{});
    if (!book) {
        Error e = book.error();
        e.file = path;
        return e;
    }
    return book->sheets;
}

} // namespace

Result<QList<XlsxSheet>> XlsxReader::sheets(const QString &path)
{
    return listSheets(nullptr, path);
}

Result<QList<XlsxSheet>> XlsxReader::sheetsFromBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return listSheets(&buffer, QString());
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheetName,
                                                     const XlsxOptions &options)
{
    auto impl = std::make_unique<Impl>();
    impl->fileName = path;
    auto zip = openZip(nullptr, path, path);
    if (!zip)
        return zip.error();
    impl->zip = std::move(*zip);
    return start(std::move(impl), sheetName, options);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::fromBytes(const QByteArray &bytes, const QString &sheetName,
                                                          const XlsxOptions &options)
{
    auto impl = std::make_unique<Impl>();
    impl->bytes = bytes;
    impl->buffer.setBuffer(&impl->bytes);
    impl->buffer.open(QIODevice::ReadOnly);
    auto zip = openZip(&impl->buffer, QString(), QString());
    if (!zip)
        return zip.error();
    impl->zip = std::move(*zip);
    return start(std::move(impl), sheetName, options);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::start(std::unique_ptr<Impl> impl, const QString &sheetName,
                                                      const XlsxOptions &options)
{
    auto withFile = [&impl](Error e) {
        e.file = impl->fileName;
        return e;
    };
    impl->options = options;
    auto book = readWorkbook(impl->zip.get(), impl->options);
    if (!book)
        return withFile(book.error());
    impl->book = std::move(*book);
    bool found = false;
    for (const XlsxSheet &candidate : std::as_const(impl->book.sheets)) {
        if (sheetName.isEmpty() || candidate.name.compare(sheetName, Qt::CaseInsensitive) == 0) {
            impl->sheet = candidate;
            found = true;
            break;
        }
    }
    if (!found) {
        QStringList names;
        for (const XlsxSheet &candidate : std::as_const(impl->book.sheets))
            names << candidate.name;
        Error e = Error::usage(QStringLiteral("the workbook has no sheet \"%1\"").arg(sheetName));
        e.value = sheetName;
        e.expected = names.join(QStringLiteral(", "));
        return withFile(e);
    }
    auto styles = readDateStyles(impl->zip.get(), impl->book.stylesPart, impl->options);
    if (!styles)
        return withFile(styles.error());
    impl->dateStyles = std::move(*styles);
    const Status strings = readSharedStrings(impl->zip.get(), impl->book.sharedStringsPart, impl->options, &impl->shared);
    if (!strings)
        return withFile(strings.error());

    impl->stream = std::make_unique<ZipXmlStream>(impl->zip.get(), impl->options);
    Error error;
    if (!impl->stream->open(impl->sheet.part, &error))
        return withFile(error);
    impl->notes << QStringLiteral("sheet: %1 (of %2)").arg(impl->sheet.name).arg(impl->book.sheets.size());
    if (impl->book.date1904)
        impl->notes << QStringLiteral("dates use the 1904 date system");
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(impl)));
}

bool XlsxReader::next(RecordView &record)
{
    Impl &d = *m_impl;
    if (d.error || d.finished)
        return false;
    ZipXmlStream &stream = *d.stream;
    QXmlStreamReader &xml = stream.xml();

    enum class Capture { None, Value, InlineText };
    bool inRow = false;
    bool inCell = false;
    bool inInline = false;
    int phonetic = 0;
    Capture capture = Capture::None;
    qint64 rowNumber = 0;
    int column = -1;
    int width = 0;
    QString cellType;
    bool cellIsDate = false;
    std::string cellText;
    Error error;

    d.arena.clear();
    for (;;) {
        const auto token = stream.readNext(&error);
        if (token == QXmlStreamReader::Invalid) {
            d.fail(error, inRow ? rowNumber : d.lastRow + 1);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            d.finished = true;
            if (d.dateCells > 0)
                d.notes << QStringLiteral("%1 date-formatted cells read as ISO dates").arg(d.dateCells);
            return false;
        }
        if (token == QXmlStreamReader::Characters) {
            if (capture != Capture::None)
                cellText += xml.text().toUtf8().toStdString();
            continue;
        }
        if (token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndElement)
            continue;
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("row")) {
                inRow = true;
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                bool ok = false;
                rowNumber = r.isEmpty() ? d.lastRow + 1 : r.toLongLong(&ok);
                if (!r.isEmpty() && !ok)
                    rowNumber = d.lastRow + 1;
                if (rowNumber < 1 || rowNumber > d.options.maxRows) {
                    d.fail(Error::badInput(QStringLiteral("the sheet has more than %1 rows").arg(d.options.maxRows)), rowNumber);
                    return false;
                }
                column = -1;
                width = 0;
                // Only the previous row's cells can be set: a wide row once must not
                // make every later row pay for its width.
                for (int i = 0; i < d.previousWidth; ++i)
                    d.cellSlots[std::size_t(i)] = Impl::Slot{};
            } else if (name == QLatin1String("c") && inRow) {
                inCell = true;
                const auto attributes = xml.attributes();
                const QStringView ref = attributes.value(QLatin1String("r"));
                const int refColumn = ref.isEmpty() ? -1 : columnOfRef(ref);
                column = refColumn >= 0 ? refColumn : column + 1;
                if (column >= d.options.maxColumns) {
                    d.fail(Error::badInput(QStringLiteral("the sheet has more than %1 columns").arg(d.options.maxColumns)),
                           rowNumber, ref.toString());
                    return false;
                }
                cellType = attributes.value(QLatin1String("t")).toString();
                const QStringView style = attributes.value(QLatin1String("s"));
                const qsizetype styleIndex = style.isEmpty() ? 0 : style.toLongLong();
                cellIsDate = styleIndex >= 0 && std::size_t(styleIndex) < d.dateStyles.size() && d.dateStyles[std::size_t(styleIndex)];
                cellText.clear();
                capture = Capture::None;
            } else if (inCell && name == QLatin1String("v")) {
                capture = Capture::Value;
            } else if (inCell && name == QLatin1String("is")) {
                inInline = true;
            } else if (inInline && name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (inInline && phonetic == 0 && name == QLatin1String("t")) {
                capture = Capture::InlineText;
            }
            continue;
        }
        // EndElement
        if (name == QLatin1String("v") || name == QLatin1String("t")) {
            capture = Capture::None;
        } else if (name == QLatin1String("rPh")) {
            --phonetic;
        } else if (name == QLatin1String("is")) {
            inInline = false;
        } else if (name == QLatin1String("c") && inCell) {
            inCell = false;
            std::string_view text = cellText;
            std::string converted;
            bool isDate = false;
            if (cellType == QLatin1String("s")) {
                std::size_t index = 0;
                const auto parsed = std::from_chars(cellText.data(), cellText.data() + cellText.size(), index);
                if (parsed.ec != std::errc() || index >= d.shared.spans.size()) {
                    d.fail(Error::badInput(QStringLiteral("a cell refers to a shared string that does not exist")), rowNumber);
                    return false;
                }
                text = d.shared.at(index);
            } else if (cellType == QLatin1String("b")) {
                text = cellText == "1" ? std::string_view("TRUE") : cellText == "0" ? std::string_view("FALSE") : text;
            } else if (cellType == QLatin1String("d")) {
                isDate = !text.empty();
            } else if (cellIsDate && !text.empty() && (cellType.isEmpty() || cellType == QLatin1String("n"))) {
                double serial = 0;
                const auto parsed = std::from_chars(cellText.data(), cellText.data() + cellText.size(), serial);
                if (parsed.ec == std::errc() && parsed.ptr == cellText.data() + cellText.size()) {
                    if (const auto date = parseExcelSerial(serial, d.book.date1904)) {
                        converted = epochDayToIso(date->day).toStdString();
                        if (date->secondOfDay && *date->secondOfDay != 0) {
                            const int s = *date->secondOfDay;
                            char time[32];
                            std::snprintf(time, sizeof time, "T%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
                            converted += time;
                        }
                        text = converted;
                        isDate = true;
                    }
                }
            }
            if (!text.empty()) {
                if (std::size_t(column) >= d.cellSlots.size())
                    d.cellSlots.resize(std::size_t(column) + 1);
                d.cellSlots[std::size_t(column)] = Impl::Slot{d.arena.size(), text.size(), isDate};
                d.arena.append(text);
                width = std::max(width, column + 1);
                d.dateCells += isDate;
            }
        } else if (name == QLatin1String("row") && inRow) {
            d.fields.resize(std::size_t(width));
            d.dateFlags.assign(std::size_t(width), false);
            for (int i = 0; i < width; ++i) {
                const Impl::Slot &slot = d.cellSlots[std::size_t(i)];
                d.fields[std::size_t(i)] = std::string_view(d.arena).substr(slot.offset, slot.length);
                d.dateFlags[std::size_t(i)] = slot.date;
            }
            d.lastRow = rowNumber;
            d.previousWidth = width;
            record.row = rowNumber;
            record.fields = std::span<const std::string_view>(d.fields.data(), d.fields.size());
            return true;
        } else if (name == QLatin1String("sheetData")) {
            d.finished = true;
            if (d.dateCells > 0)
                d.notes << QStringLiteral("%1 date-formatted cells read as ISO dates").arg(d.dateCells);
            return false;
        }
    }
}

const std::optional<Error> &XlsxReader::error() const
{
    return m_impl->error;
}

qint64 XlsxReader::position() const
{
    return m_impl->stream ? m_impl->stream->consumed() : 0;
}

qint64 XlsxReader::size() const
{
    return m_impl->stream ? m_impl->stream->declaredSize() : 0;
}

QStringList XlsxReader::notes() const
{
    return m_impl->notes;
}

QString XlsxReader::sheetName() const
{
    return m_impl->sheet.name;
}

bool XlsxReader::isDateCell(qsizetype field) const
{
    return field >= 0 && std::size_t(field) < m_impl->dateFlags.size() && m_impl->dateFlags[std::size_t(field)];
}

} // namespace iroi::import

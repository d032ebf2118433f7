// libFuzzer harness for XlsxReader. First byte even: the rest is taken as an .xlsx file.
// First byte odd: the rest is split at "\0\0" into sheet XML, shared strings XML and
// styles XML, which are zipped with a fixed workbook around them, so the fuzzer spends
// its time in the XML handling rather than in zip CRC checks.
#include "core/import/reader/xlsxreader.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdint>
#include <cstdlib>

using namespace iroi::import;

namespace {

const char kContentTypes[] = "<?xml version=\"1.0\"?><Types "
                             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const char kRels[] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                     "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                     "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
const char kWorkbook[] = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                         "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                         "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char kWorkbookRels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

bool add(QuaZip &zip, const char *name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))))
        return false;
    file.write(bytes);
    file.close();
    return file.getZipError() == 0;
}

QByteArray wrap(const QByteArray &input)
{
    const QByteArray separator("\0\0", 2);
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < 2) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0)
            break;
        parts << input.mid(from, at - from);
        from = at + 2;
    }
    parts << input.mid(from);
    while (parts.size() < 3)
        parts << QByteArray();

    QByteArray archive;
    QBuffer buffer(&archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const bool ok = add(zip, "[Content_Types].xml", QByteArray(kContentTypes)) && add(zip, "_rels/.rels", QByteArray(kRels))
                    && add(zip, "xl/workbook.xml", QByteArray(kWorkbook))
                    && add(zip, "xl/_rels/workbook.xml.rels", QByteArray(kWorkbookRels))
                    && add(zip, "xl/worksheets/sheet1.xml", parts[0]) && add(zip, "xl/sharedStrings.xml", parts[1])
                    && add(zip, "xl/styles.xml", parts[2]);
    zip.close();
    return ok ? archive : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 512 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray archive = (data[0] & 1) ? wrap(input) : input;
    if (archive.isEmpty())
        return 0;

    XlsxOptions options;
    options.maxEntryBytes = 16 << 20;
    auto sheets = XlsxReader::sheetsFromBytes(archive);
    auto reader = XlsxReader::fromBytes(archive, {}, options);
    if (sheets.ok() != reader.ok() && reader.ok())
        std::abort(); // a workbook we can read must list its sheets
    if (!reader)
        return 0;
    RecordView record;
    qint64 lastRow = 0;
    std::size_t bytes = 0;
    while ((*reader)->next(record)) {
        if (record.row < 1 || record.row > options.maxRows || record.fields.size() > std::size_t(options.maxColumns))
            std::abort();
        lastRow = record.row;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            bytes += record.fields[i].size();
            (void)(*reader)->isDateCell(qsizetype(i));
        }
    }
    (void)lastRow;
    (void)bytes;
    (void)(*reader)->notes();
    return 0;
}

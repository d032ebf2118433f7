#!/usr/bin/env python3
"""Writes the awkward test files in this folder. Run from this folder: python3 make_awkward.py
Each file's bytes are spelled out here so the tests' expected values can be checked by eye."""
import zipfile

def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)

# --- CSV: encodings
write('utf8_bom_comma.csv', b'\xef\xbb\xbf' + 'name,amount\nZoë,1.5\n'.encode('utf-8'))
write('utf16le_bom_semicolon.csv', 'naam;bedrag\r\nJosé;1.234,50\r\nÅsa;12,00\r\n'.encode('utf-16'))  # 'utf-16' writes FF FE then LE
write('utf16be_bom_tab.csv', b'\xfe\xff' + 'channel\tspend\r\nTikTok\t€ 7\r\n'.encode('utf-16-be'))
write('utf16le_nobom_comma.csv', 'day,clicks\n2025-01-14,3\n2025-01-15,4\n'.encode('utf-16-le'))
write('utf16be_nobom_comma.csv', 'day,clicks\n2025-01-14,3\n2025-01-15,4\n'.encode('utf-16-be'))
write('windows1252_semicolon.csv', 'name;amount;note\nCafé;€ 12,50;“quoted” – ok\nNaïve;3;Œuvre\n'.encode('cp1252'))
# A UTF-8 file whose only invalid byte (0xE9, cp1252 é) comes after the first 64 KiB.
write('utf8_late_invalid.csv', b'id,text\n' + b''.join(b'%d,row\n' % i for i in range(1, 12001)) + b'12001,caf\xe9\n')

# --- CSV: delimiters, quoting, line ends
write('pipe.csv', b'a|b|c\n1|2|3\n4|5|6\n')
write('tab.tsv', b'a\tb,with comma\tc\n1\t2,5\t3\n')
write('semicolon_decimal_comma.csv', b'datum;omzet;kosten\n14-01-2025;1.234,56;10,5\n15-01-2025;99,95;0,5\n')
write('quoted_multiline.csv',
      b'id,comment,amount\r\n'
      b'1,"line one\r\nline two",5\r\n'
      b'2,"says ""hi"", then, leaves",6\r\n'
      b'3,"",7\r\n'
      b'4,plain,8\r\n')
write('cr_only.csv', b'a,b\rx,1\ry,2\r')
write('mixed_line_ends.csv', b'a,b\r\n1,2\n3,4\r5,6')
write('blank_lines.csv', b'a,b\n\n1,2\n\r\n3,4\n')
write('trailing_delimiter.csv', b'a,b,\n1,2,\n')
write('unclosed_quote.csv', b'a,b\n1,"never closed\n2,3\n')
write('sloppy_quotes.csv', b'a,b\n"x"y,he said "no"\n')
write('single_column.csv', b'handle\n@anna\n@bob\n')

# --- CSV: table locating
write('preamble_totals.csv',
      b'Campaign performance report\n'
      b'Date range: 2025-01-01 - 2025-01-31\n'
      b'\n'
      b'Campaign,Clicks,Cost\n'
      b'Spring,"1,200",300.50\n'
      b'Summer,800,199.50\n'
      b'\n'
      b'Total,"2,000",500.00\n'
      b'Grand total:,"2,000",500.00\n')

# --- XLSX built by hand (no spreadsheet program involved)
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def workbook(sheets, date1904=False):
    wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook %s><workbookPr%s/><sheets>' % (NS, ' date1904="1"' if date1904 else '')
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"%s/>' % (n, i + 1, i + 1, ' state="hidden"' if h else '')
                    for i, (n, h, _) in enumerate(sheets))
          + '</sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                      for i in range(len(sheets)))
            + '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + '</Relationships>')
    return wb, rels

STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;days&quot;\\ 0.0"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>')
SHARED = ('<?xml version="1.0" encoding="UTF-8"?><sst %s count="4" uniqueCount="4">'
          '<si><t>Campaign</t></si><si><t>Spend</t></si>'
          '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>IGNORED</t></rPh></si>'
          '<si><t xml:space="preserve"> Zoë &amp; co </t></si></sst>' % NS)

def sheet(rows_xml):
    return '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (NS, rows_xml)

def xlsx(name, sheets, date1904=False, sheet_compress=zipfile.ZIP_DEFLATED):
    wb, rels = workbook(sheets, date1904)
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', wb)
        z.writestr('xl/_rels/workbook.xml.rels', rels)
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/sharedStrings.xml', SHARED)
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr('xl/worksheets/sheet%d.xml' % (i + 1), xml, compress_type=sheet_compress)

DATA = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Day</t></is></c>'
    '<c r="D1" t="inlineStr"><is><t>When</t></is></c><c r="E1" t="inlineStr"><is><t>Live</t></is></c></row>'
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="4"><v>1234.5</v></c><c r="C2" s="1"><v>45658</v></c>'
    '<c r="D2" s="2"><v>45658.8125</v></c><c r="E2" t="b"><v>1</v></c></row>'
    # sparse: row 5 has only C5, and B-E of rows 3-4 are missing entirely
    '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="E3" t="b"><v>0</v></c></row>'
    '<row r="5"><c r="C5" s="1"><v>61</v></c></row>'
    '<row r="6"><c r="A6" t="e"><v>#N/A</v></c><c r="B6" s="3"><v>2.5</v></c><c r="C6" s="1"><v>59</v></c>'
    '<c r="D6" t="str"><f>A1&amp;"x"</f><v>Campaignx</v></c></row>')
NOTES = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>second sheet</t></is></c></row>')
xlsx('sheets.xlsx', [('Data', False, DATA), ('Notes, hidden', True, NOTES)])
xlsx('date1904.xlsx', [('Data', False, sheet('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>366</v></c></row>'))], date1904=True)
xlsx('too_many_columns.xlsx', [('Wide', False, sheet('<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>'))])
xlsx('too_many_rows.xlsx', [('Tall', False, sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row>'))])
# 16 MiB of spaces inside the sheet: deflates to a few KiB, a ratio far above 200:1.
xlsx('zip_bomb.xlsx', [('Bomb', False, sheet('<row r="1"><c r="A1"><v>1</v></c></row>' + ' ' * (16 << 20)))])
write('not_a_zip.xlsx', b'PK\x03\x04 this is not really a zip archive')

#include "core/report/pptxparts.h"

namespace iroi::report::pptx {

QByteArray theme(const QString &name, const PptxDocument &doc)
{
    Xml x;
    x.start(QStringLiteral("a:theme"));
    x.attr(QStringLiteral("xmlns:a"), kNsA);
    x.attr(QStringLiteral("name"), name);
    x.start(QStringLiteral("a:themeElements"));

    x.start(QStringLiteral("a:clrScheme"));
    x.attr(QStringLiteral("name"), QStringLiteral("Influence ROI"));
    const auto sys = [&](const QString &slot, const QString &val, const QString &last) {
        x.start(slot);
        x.empty(QStringLiteral("a:sysClr"));
        x.attr(QStringLiteral("val"), val);
        x.attr(QStringLiteral("lastClr"), last);
        x.end();
    };
    const auto rgb = [&](const QString &slot, const QString &val) {
        x.start(slot);
        x.empty(QStringLiteral("a:srgbClr"));
        x.attr(QStringLiteral("val"), val);
        x.end();
    };
    sys(QStringLiteral("a:dk1"), QStringLiteral("windowText"), QStringLiteral("000000"));
    sys(QStringLiteral("a:lt1"), QStringLiteral("window"), QStringLiteral("FFFFFF"));
    rgb(QStringLiteral("a:dk2"), hexColor(doc.titleColor));
    rgb(QStringLiteral("a:lt2"), QStringLiteral("EEF1F6"));
    rgb(QStringLiteral("a:accent1"), hexColor(doc.accentColor));
    rgb(QStringLiteral("a:accent2"), QStringLiteral("F28E2B"));
    rgb(QStringLiteral("a:accent3"), QStringLiteral("59A14F"));
    rgb(QStringLiteral("a:accent4"), QStringLiteral("E15759"));
    rgb(QStringLiteral("a:accent5"), QStringLiteral("76B7B2"));
    rgb(QStringLiteral("a:accent6"), QStringLiteral("B07AA1"));
    rgb(QStringLiteral("a:hlink"), QStringLiteral("0563C1"));
    rgb(QStringLiteral("a:folHlink"), QStringLiteral("954F72"));
    x.end();

    x.start(QStringLiteral("a:fontScheme"));
    x.attr(QStringLiteral("name"), QStringLiteral("Influence ROI"));
    for (const QString &slot : {QStringLiteral("a:majorFont"), QStringLiteral("a:minorFont")}) {
        x.start(slot);
        x.empty(QStringLiteral("a:latin"));
        x.attr(QStringLiteral("typeface"), doc.fontFace);
        x.empty(QStringLiteral("a:ea"));
        x.attr(QStringLiteral("typeface"), QString());
        x.empty(QStringLiteral("a:cs"));
        x.attr(QStringLiteral("typeface"), QString());
        x.end();
    }
    x.end();

    // The format scheme needs three entries in each list (ECMA-376 20.1.4.1.14).
    x.start(QStringLiteral("a:fmtScheme"));
    x.attr(QStringLiteral("name"), QStringLiteral("Influence ROI"));
    const auto phFill = [&]() {
        x.start(QStringLiteral("a:solidFill"));
        x.empty(QStringLiteral("a:schemeClr"));
        x.attr(QStringLiteral("val"), QStringLiteral("phClr"));
        x.end();
    };
    x.start(QStringLiteral("a:fillStyleLst"));
    for (int i = 0; i < 3; ++i)
        phFill();
    x.end();
    x.start(QStringLiteral("a:lnStyleLst"));
    for (int width : {6350, 12700, 19050}) {
        x.start(QStringLiteral("a:ln"));
        x.attr(QStringLiteral("w"), width);
        x.attr(QStringLiteral("cap"), QStringLiteral("flat"));
        x.attr(QStringLiteral("cmpd"), QStringLiteral("sng"));
        x.attr(QStringLiteral("algn"), QStringLiteral("ctr"));
        phFill();
        x.empty(QStringLiteral("a:prstDash"));
        x.attr(QStringLiteral("val"), QStringLiteral("solid"));
        x.end();
    }
    x.end();
    x.start(QStringLiteral("a:effectStyleLst"));
    for (int i = 0; i < 3; ++i) {
        x.start(QStringLiteral("a:effectStyle"));
        x.empty(QStringLiteral("a:effectLst"));
        x.end();
    }
    x.end();
    x.start(QStringLiteral("a:bgFillStyleLst"));
    for (int i = 0; i < 3; ++i)
        phFill();
    x.end();
    x.end(); // fmtScheme

    x.end(); // themeElements
    x.empty(QStringLiteral("a:objectDefaults"));
    x.empty(QStringLiteral("a:extraClrSchemeLst"));
    x.end();
    return x.finish();
}

void clrMap(Xml &x, const QString &element)
{
    x.empty(element);
    const std::pair<const char16_t *, const char16_t *> pairs[] = {
        {u"bg1", u"lt1"}, {u"tx1", u"dk1"}, {u"bg2", u"lt2"}, {u"tx2", u"dk2"}, {u"accent1", u"accent1"},
        {u"accent2", u"accent2"}, {u"accent3", u"accent3"}, {u"accent4", u"accent4"}, {u"accent5", u"accent5"},
        {u"accent6", u"accent6"}, {u"hlink", u"hlink"}, {u"folHlink", u"folHlink"}};
    for (const auto &[a, b] : pairs)
        x.attr(QString::fromUtf16(a), QString::fromUtf16(b));
}

void placeholderShape(Xml &x, int id, const QString &name, const QString &type, int idx, const EmuRect *rect,
                      bool noGroup)
{
    x.start(QStringLiteral("p:sp"));
    x.start(QStringLiteral("p:nvSpPr"));
    x.empty(QStringLiteral("p:cNvPr"));
    x.attr(QStringLiteral("id"), id);
    x.attr(QStringLiteral("name"), name);
    x.start(QStringLiteral("p:cNvSpPr"));
    if (noGroup) {
        x.empty(QStringLiteral("a:spLocks"));
        x.attr(QStringLiteral("noGrp"), 1);
    }
    x.end();
    x.start(QStringLiteral("p:nvPr"));
    x.empty(QStringLiteral("p:ph"));
    x.attr(QStringLiteral("type"), type);
    if (idx >= 0)
        x.attr(QStringLiteral("idx"), idx);
    x.end();
    x.end(); // nvSpPr
    x.start(QStringLiteral("p:spPr"));
    if (rect) {
        xfrm(x, *rect);
        rectGeometry(x);
    }
    x.end();
}

void emptyBody(Xml &x)
{
    x.start(QStringLiteral("p:txBody"));
    x.empty(QStringLiteral("a:bodyPr"));
    x.empty(QStringLiteral("a:lstStyle"));
    x.start(QStringLiteral("a:p"));
    x.empty(QStringLiteral("a:endParaRPr"));
    x.attr(QStringLiteral("lang"), QStringLiteral("en-GB"));
    x.end();
    x.end();
}

EmuRect titleRect(const PptxDocument &doc)
{
    const qint64 margin = doc.slideWidth / 24;
    return {margin, doc.slideHeight / 30, doc.slideWidth - 2 * margin, doc.slideHeight / 8};
}

void levelStyle(Xml &x, const QString &element, double points, const QString &colorSlot, bool bold)
{
    x.start(element);
    x.start(QStringLiteral("a:lvl1pPr"));
    x.attr(QStringLiteral("algn"), QStringLiteral("l"));
    x.start(QStringLiteral("a:defRPr"));
    x.attr(QStringLiteral("sz"), static_cast<qint64>(std::lround(points * 100)));
    x.attr(QStringLiteral("b"), bold ? 1 : 0);
    x.start(QStringLiteral("a:solidFill"));
    x.empty(QStringLiteral("a:schemeClr"));
    x.attr(QStringLiteral("val"), colorSlot);
    x.end();
    x.empty(QStringLiteral("a:latin"));
    x.attr(QStringLiteral("typeface"), QStringLiteral("+mn-lt"));
    x.end(); // defRPr
    x.end(); // lvl1pPr
    x.end();
}

// Opens a master's common slide data: the theme's first background fill, then the shape
// tree with its group header. The caller adds the shapes and closes both.
void masterTreeStart(Xml &x)
{
    x.start(QStringLiteral("p:cSld"));
    x.start(QStringLiteral("p:bg"));
    x.start(QStringLiteral("p:bgRef"));
    x.attr(QStringLiteral("idx"), 1001);
    x.empty(QStringLiteral("a:schemeClr"));
    x.attr(QStringLiteral("val"), QStringLiteral("bg1"));
    x.end();
    x.end();
    x.start(QStringLiteral("p:spTree"));
    groupHeader(x);
}

void titleBodyStart(Xml &x)
{
    x.start(QStringLiteral("p:txBody"));
    x.start(QStringLiteral("a:bodyPr"));
    x.attr(QStringLiteral("anchor"), QStringLiteral("b"));
    x.empty(QStringLiteral("a:normAutofit"));
    x.end();
    x.empty(QStringLiteral("a:lstStyle"));
}

QByteArray slideMaster(const PptxDocument &doc)
{
    Xml x;
    x.start(QStringLiteral("p:sldMaster"));
    pmlNamespaces(x);
    masterTreeStart(x);
    const EmuRect title = titleRect(doc);
    placeholderShape(x, 2, QStringLiteral("Title Placeholder 1"), QStringLiteral("title"), -1, &title, true);
    titleBodyStart(x);
    x.start(QStringLiteral("a:p"));
    x.empty(QStringLiteral("a:endParaRPr"));
    x.attr(QStringLiteral("lang"), QStringLiteral("en-GB"));
    x.end();
    x.end();
    x.end(); // sp
    x.end(); // spTree
    x.end(); // cSld
    clrMap(x, QStringLiteral("p:clrMap"));
    x.start(QStringLiteral("p:sldLayoutIdLst"));
    x.empty(QStringLiteral("p:sldLayoutId"));
    x.attr(QStringLiteral("id"), kLayoutId);
    x.attr(QStringLiteral("r:id"), QStringLiteral("rId1"));
    x.end();
    x.start(QStringLiteral("p:txStyles"));
    levelStyle(x, QStringLiteral("p:titleStyle"), 28, QStringLiteral("tx2"), true);
    levelStyle(x, QStringLiteral("p:bodyStyle"), 18, QStringLiteral("tx1"), false);
    levelStyle(x, QStringLiteral("p:otherStyle"), 14, QStringLiteral("tx1"), false);
    x.end();
    x.end();
    return x.finish();
}

QByteArray slideLayout()
{
    Xml x;
    x.start(QStringLiteral("p:sldLayout"));
    pmlNamespaces(x);
    x.attr(QStringLiteral("type"), QStringLiteral("titleOnly"));
    x.attr(QStringLiteral("preserve"), 1);
    x.start(QStringLiteral("p:cSld"));
    x.attr(QStringLiteral("name"), QStringLiteral("Title Only"));
    x.start(QStringLiteral("p:spTree"));
    groupHeader(x);
    placeholderShape(x, 2, QStringLiteral("Title 1"), QStringLiteral("title"), -1, nullptr, true);
    emptyBody(x);
    x.end(); // sp
    x.end();
    x.end();
    x.start(QStringLiteral("p:clrMapOvr"));
    x.empty(QStringLiteral("a:masterClrMapping"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray notesMaster()
{
    Xml x;
    x.start(QStringLiteral("p:notesMaster"));
    pmlNamespaces(x);
    masterTreeStart(x);
    // Portrait notes page 6,858,000 x 9,144,000: slide picture on top, notes below.
    const EmuRect image{685800, 1143000, 5486400, 3086100};
    placeholderShape(x, 2, QStringLiteral("Slide Image Placeholder 1"), QStringLiteral("sldImg"), 2, &image, true);
    x.end(); // sp
    const EmuRect body{685800, 4400550, 5486400, 3600450};
    placeholderShape(x, 3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("body"), 3, &body, true);
    emptyBody(x);
    x.end(); // sp
    x.end(); // spTree
    x.end(); // cSld
    clrMap(x, QStringLiteral("p:clrMap"));
    x.start(QStringLiteral("p:notesStyle"));
    x.start(QStringLiteral("a:lvl1pPr"));
    x.attr(QStringLiteral("marL"), 0);
    x.attr(QStringLiteral("algn"), QStringLiteral("l"));
    x.start(QStringLiteral("a:defRPr"));
    x.attr(QStringLiteral("sz"), 1200);
    x.start(QStringLiteral("a:solidFill"));
    x.empty(QStringLiteral("a:schemeClr"));
    x.attr(QStringLiteral("val"), QStringLiteral("tx1"));
    x.end();
    x.empty(QStringLiteral("a:latin"));
    x.attr(QStringLiteral("typeface"), QStringLiteral("+mn-lt"));
    x.end();
    x.end();
    x.end();
    x.end();
    return x.finish();
}

} // namespace iroi::report::pptx

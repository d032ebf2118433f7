#include "core/report/pptxwriter.h"

#include "core/report/opcpackage.h"
#include "core/report/pptxparts.h"
#include "core/report/xmlwriter.h"

#include <QDateTime>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace iroi::report {

using namespace pptx;

namespace {

const QString kNsPackageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kRelBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString kCtBase = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

// Slide ids must be at least 256 (ECMA-376 19.2.1.33).
constexpr int kFirstSlideId = 256;

struct Part
{
    QString name;
    QByteArray bytes;
};

QByteArray relationships(const std::vector<std::tuple<QString, QString, QString>> &rels)
{
    Xml x;
    x.start(QStringLiteral("Relationships"));
    x.attr(QStringLiteral("xmlns"), kNsPackageRels);
    for (const auto &[id, type, target] : rels) {
        x.empty(QStringLiteral("Relationship"));
        x.attr(QStringLiteral("Id"), id);
        x.attr(QStringLiteral("Type"), type);
        x.attr(QStringLiteral("Target"), target);
    }
    x.end();
    return x.finish();
}

QByteArray contentTypes(const PptxDocument &doc, const std::vector<bool> &hasNotes, bool anySvg)
{
    Xml x;
    x.start(QStringLiteral("Types"));
    x.attr(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto def = [&](const QString &ext, const QString &type) {
        x.empty(QStringLiteral("Default"));
        x.attr(QStringLiteral("Extension"), ext);
        x.attr(QStringLiteral("ContentType"), type);
    };
    const auto over = [&](const QString &part, const QString &type) {
        x.empty(QStringLiteral("Override"));
        x.attr(QStringLiteral("PartName"), part);
        x.attr(QStringLiteral("ContentType"), type);
    };
    def(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    def(QStringLiteral("xml"), QStringLiteral("application/xml"));
    def(QStringLiteral("png"), QStringLiteral("image/png"));
    if (anySvg)
        def(QStringLiteral("svg"), QStringLiteral("image/svg+xml"));
    over(QStringLiteral("/ppt/presentation.xml"), kCtBase + QStringLiteral("presentation.main+xml"));
    over(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"), kCtBase + QStringLiteral("slideMaster+xml"));
    over(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"), kCtBase + QStringLiteral("slideLayout+xml"));
    over(QStringLiteral("/ppt/notesMasters/notesMaster1.xml"), kCtBase + QStringLiteral("notesMaster+xml"));
    over(QStringLiteral("/ppt/theme/theme1.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    over(QStringLiteral("/ppt/theme/theme2.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    over(QStringLiteral("/ppt/presProps.xml"), kCtBase + QStringLiteral("presProps+xml"));
    over(QStringLiteral("/ppt/viewProps.xml"), kCtBase + QStringLiteral("viewProps+xml"));
    over(QStringLiteral("/ppt/tableStyles.xml"), kCtBase + QStringLiteral("tableStyles+xml"));
    for (std::size_t i = 0; i < doc.slides.size(); ++i) {
        over(QStringLiteral("/ppt/slides/slide%1.xml").arg(i + 1), kCtBase + QStringLiteral("slide+xml"));
        if (hasNotes[i])
            over(QStringLiteral("/ppt/notesSlides/notesSlide%1.xml").arg(i + 1), kCtBase + QStringLiteral("notesSlide+xml"));
    }
    over(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    over(QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    x.end();
    return x.finish();
}

QByteArray coreProperties(const PptxDocument &doc)
{
    Xml x;
    x.start(QStringLiteral("cp:coreProperties"));
    x.attr(QStringLiteral("xmlns:cp"),
           QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    x.attr(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    x.attr(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    x.attr(QStringLiteral("xmlns:dcmitype"), QStringLiteral("http://purl.org/dc/dcmitype/"));
    x.attr(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    x.text(QStringLiteral("dc:title"), doc.title);
    x.text(QStringLiteral("dc:creator"), doc.author);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &name : {QStringLiteral("dcterms:created"), QStringLiteral("dcterms:modified")}) {
        x.start(name);
        x.attr(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        x->writeCharacters(now);
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray appProperties(const PptxDocument &doc, int notesCount)
{
    Xml x;
    x.start(QStringLiteral("Properties"));
    x.attr(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.attr(QStringLiteral("xmlns:vt"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"));
    x.text(QStringLiteral("Application"), QStringLiteral("Influence ROI"));
    x.text(QStringLiteral("PresentationFormat"), QStringLiteral("Custom"));
    x.text(QStringLiteral("Slides"), QString::number(doc.slides.size()));
    x.text(QStringLiteral("Notes"), QString::number(notesCount));
    x.text(QStringLiteral("AppVersion"), QStringLiteral("16.0000"));
    x.end();
    return x.finish();
}

QByteArray presentation(const PptxDocument &doc)
{
    Xml x;
    x.start(QStringLiteral("p:presentation"));
    pmlNamespaces(x);
    x.attr(QStringLiteral("saveSubsetFonts"), 1);
    x.start(QStringLiteral("p:sldMasterIdLst"));
    x.empty(QStringLiteral("p:sldMasterId"));
    x.attr(QStringLiteral("id"), kMasterId);
    x.attr(QStringLiteral("r:id"), QStringLiteral("rId1"));
    x.end();
    x.start(QStringLiteral("p:notesMasterIdLst"));
    x.empty(QStringLiteral("p:notesMasterId"));
    x.attr(QStringLiteral("r:id"), QStringLiteral("rId2"));
    x.end();
    if (!doc.slides.empty()) {
        x.start(QStringLiteral("p:sldIdLst"));
        for (std::size_t i = 0; i < doc.slides.size(); ++i) {
            x.empty(QStringLiteral("p:sldId"));
            x.attr(QStringLiteral("id"), kFirstSlideId + static_cast<qint64>(i));
            x.attr(QStringLiteral("r:id"), QStringLiteral("rId%1").arg(7 + i));
        }
        x.end();
    }
    x.empty(QStringLiteral("p:sldSz"));
    x.attr(QStringLiteral("cx"), doc.slideWidth);
    x.attr(QStringLiteral("cy"), doc.slideHeight);
    x.empty(QStringLiteral("p:notesSz"));
    x.attr(QStringLiteral("cx"), 6858000);
    x.attr(QStringLiteral("cy"), 9144000);
    x.end();
    return x.finish();
}

QByteArray presentationRels(const PptxDocument &doc)
{
    std::vector<std::tuple<QString, QString, QString>> rels = {
        {QStringLiteral("rId1"), kRelBase + QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
        {QStringLiteral("rId2"), kRelBase + QStringLiteral("notesMaster"), QStringLiteral("notesMasters/notesMaster1.xml")},
        {QStringLiteral("rId3"), kRelBase + QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")},
        {QStringLiteral("rId4"), kRelBase + QStringLiteral("presProps"), QStringLiteral("presProps.xml")},
        {QStringLiteral("rId5"), kRelBase + QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")},
        {QStringLiteral("rId6"), kRelBase + QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")},
    };
    for (std::size_t i = 0; i < doc.slides.size(); ++i)
        rels.emplace_back(QStringLiteral("rId%1").arg(7 + i), kRelBase + QStringLiteral("slide"),
                          QStringLiteral("slides/slide%1.xml").arg(i + 1));
    return relationships(rels);
}

QByteArray notesSlide(const PptxSlide &slide)
{
    Xml x;
    x.start(QStringLiteral("p:notes"));
    pmlNamespaces(x);
    x.start(QStringLiteral("p:cSld"));
    x.start(QStringLiteral("p:spTree"));
    groupHeader(x);
    x.start(QStringLiteral("p:sp"));
    x.start(QStringLiteral("p:nvSpPr"));
    x.empty(QStringLiteral("p:cNvPr"));
    x.attr(QStringLiteral("id"), 2);
    x.attr(QStringLiteral("name"), QStringLiteral("Slide Image Placeholder 1"));
    x.start(QStringLiteral("p:cNvSpPr"));
    x.empty(QStringLiteral("a:spLocks"));
    x.attr(QStringLiteral("noGrp"), 1);
    x.attr(QStringLiteral("noRot"), 1);
    x.attr(QStringLiteral("noChangeAspect"), 1);
    x.end();
    x.start(QStringLiteral("p:nvPr"));
    x.empty(QStringLiteral("p:ph"));
    x.attr(QStringLiteral("type"), QStringLiteral("sldImg"));
    x.end();
    x.end();
    x.empty(QStringLiteral("p:spPr"));
    x.end(); // sp

    placeholderShape(x, 3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("body"), 1, nullptr, true);
    x.start(QStringLiteral("p:txBody"));
    x.empty(QStringLiteral("a:bodyPr"));
    x.empty(QStringLiteral("a:lstStyle"));
    const QStringList lines = slide.notes.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        paragraph(x, line, 12, false, false, std::nullopt, QString(), QString());
    x.end();
    x.end(); // sp
    x.end(); // spTree
    x.end(); // cSld
    x.start(QStringLiteral("p:clrMapOvr"));
    x.empty(QStringLiteral("a:masterClrMapping"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray slideXml(const PptxDocument &doc, const PptxSlide &slide, const std::vector<std::pair<QString, QString>> &imageRels)
{
    Xml x;
    x.start(QStringLiteral("p:sld"));
    pmlNamespaces(x);
    x.start(QStringLiteral("p:cSld"));
    x.start(QStringLiteral("p:spTree"));
    groupHeader(x);
    int nextId = 2;

    // The title is the layout's title placeholder so PowerPoint's outline and
    // accessibility checker see it; its frame is repeated so every reader agrees.
    const EmuRect title = titleRect(doc);
    placeholderShape(x, nextId++, QStringLiteral("Title"), QStringLiteral("title"), -1, &title, true);
    titleBodyStart(x);
    paragraph(x, slide.title, 28, true, false, doc.titleColor, doc.fontFace, QString());
    x.end();
    x.end(); // sp

    for (std::size_t i = 0; i < slide.images.size(); ++i) {
        const PptxImage &image = slide.images[i];
        const int id = nextId++;
        x.start(QStringLiteral("p:pic"));
        x.start(QStringLiteral("p:nvPicPr"));
        x.empty(QStringLiteral("p:cNvPr"));
        x.attr(QStringLiteral("id"), id);
        x.attr(QStringLiteral("name"), QStringLiteral("Picture %1").arg(id));
        x.attr(QStringLiteral("descr"), xmlSafe(image.description));
        x.start(QStringLiteral("p:cNvPicPr"));
        x.empty(QStringLiteral("a:picLocks"));
        x.attr(QStringLiteral("noChangeAspect"), 1);
        x.end();
        x.empty(QStringLiteral("p:nvPr"));
        x.end();
        x.start(QStringLiteral("p:blipFill"));
        x.start(QStringLiteral("a:blip"));
        x.attr(QStringLiteral("r:embed"), imageRels[i].first);
        if (!imageRels[i].second.isEmpty()) {
            x.start(QStringLiteral("a:extLst"));
            x.start(QStringLiteral("a:ext"));
            x.attr(QStringLiteral("uri"), QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"));
            x.empty(QStringLiteral("asvg:svgBlip"));
            x.attr(QStringLiteral("xmlns:asvg"), QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main"));
            x.attr(QStringLiteral("r:embed"), imageRels[i].second);
            x.end();
            x.end();
        }
        x.end(); // blip
        x.start(QStringLiteral("a:stretch"));
        x.empty(QStringLiteral("a:fillRect"));
        x.end();
        x.end(); // blipFill
        x.start(QStringLiteral("p:spPr"));
        xfrm(x, image.rect);
        rectGeometry(x);
        x.end();
        x.end(); // pic
    }

    for (const PptxTextBox &box : slide.textBoxes) {
        const int id = nextId++;
        x.start(QStringLiteral("p:sp"));
        x.start(QStringLiteral("p:nvSpPr"));
        x.empty(QStringLiteral("p:cNvPr"));
        x.attr(QStringLiteral("id"), id);
        x.attr(QStringLiteral("name"), box.name.isEmpty() ? QStringLiteral("TextBox %1").arg(id) : xmlSafe(box.name));
        x.empty(QStringLiteral("p:cNvSpPr"));
        x.attr(QStringLiteral("txBox"), 1);
        x.empty(QStringLiteral("p:nvPr"));
        x.end();
        x.start(QStringLiteral("p:spPr"));
        xfrm(x, box.rect);
        rectGeometry(x);
        if (box.fill)
            solidFill(x, *box.fill);
        else
            x.empty(QStringLiteral("a:noFill"));
        x.end();
        x.start(QStringLiteral("p:txBody"));
        x.start(QStringLiteral("a:bodyPr"));
        x.attr(QStringLiteral("wrap"), QStringLiteral("square"));
        const qint64 inset = box.fill ? 137160 : 91440;
        x.attr(QStringLiteral("lIns"), inset);
        x.attr(QStringLiteral("tIns"), inset / 2);
        x.attr(QStringLiteral("rIns"), inset);
        x.attr(QStringLiteral("bIns"), inset / 2);
        x.attr(QStringLiteral("anchor"), verticalAnchor(box.alignment));
        x.attr(QStringLiteral("rtlCol"), 0);
        x.empty(QStringLiteral("a:normAutofit"));
        x.end();
        x.empty(QStringLiteral("a:lstStyle"));
        const QStringList paragraphs = box.paragraphs.isEmpty() ? QStringList{QString()} : box.paragraphs;
        for (const QString &text : paragraphs)
            paragraph(x, text, box.fontPoints, box.bold, box.bullets, box.color, doc.fontFace,
                      horizontalAlign(box.alignment));
        x.end(); // txBody
        x.end(); // sp
    }

    x.end(); // spTree
    x.end(); // cSld
    x.start(QStringLiteral("p:clrMapOvr"));
    x.empty(QStringLiteral("a:masterClrMapping"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray staticPart(const QString &root, bool withA)
{
    Xml x;
    x.start(root);
    if (withA) {
        pmlNamespaces(x);
    } else {
        x.attr(QStringLiteral("xmlns:a"), kNsA);
        // The default table style id PowerPoint itself writes.
        x.attr(QStringLiteral("def"), QStringLiteral("{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"));
    }
    x.end();
    return x.finish();
}

std::vector<Part> buildParts(const PptxDocument &doc)
{
    std::vector<Part> parts;
    std::vector<bool> hasNotes;
    bool anySvg = false;
    int notesCount = 0;
    for (const PptxSlide &slide : doc.slides) {
        hasNotes.push_back(!slide.notes.trimmed().isEmpty());
        notesCount += hasNotes.back() ? 1 : 0;
        for (const PptxImage &image : slide.images)
            anySvg = anySvg || !image.svg.isEmpty();
    }

    parts.push_back({QStringLiteral("[Content_Types].xml"), contentTypes(doc, hasNotes, anySvg)});
    parts.push_back({QStringLiteral("_rels/.rels"),
                     relationships({{QStringLiteral("rId1"), kRelBase + QStringLiteral("officeDocument"),
                                     QStringLiteral("ppt/presentation.xml")},
                                    {QStringLiteral("rId2"),
                                     QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                     QStringLiteral("docProps/core.xml")},
                                    {QStringLiteral("rId3"), kRelBase + QStringLiteral("extended-properties"),
                                     QStringLiteral("docProps/app.xml")}})});
    parts.push_back({QStringLiteral("docProps/core.xml"), coreProperties(doc)});
    parts.push_back({QStringLiteral("docProps/app.xml"), appProperties(doc, notesCount)});
    parts.push_back({QStringLiteral("ppt/presentation.xml"), presentation(doc)});
    parts.push_back({QStringLiteral("ppt/_rels/presentation.xml.rels"), presentationRels(doc)});
    parts.push_back({QStringLiteral("ppt/presProps.xml"), staticPart(QStringLiteral("p:presentationPr"), true)});
    parts.push_back({QStringLiteral("ppt/viewProps.xml"), staticPart(QStringLiteral("p:viewPr"), true)});
    parts.push_back({QStringLiteral("ppt/tableStyles.xml"), staticPart(QStringLiteral("a:tblStyleLst"), false)});
    parts.push_back({QStringLiteral("ppt/theme/theme1.xml"), theme(QStringLiteral("Influence ROI"), doc)});
    parts.push_back({QStringLiteral("ppt/theme/theme2.xml"), theme(QStringLiteral("Influence ROI Notes"), doc)});
    parts.push_back({QStringLiteral("ppt/slideMasters/slideMaster1.xml"), slideMaster(doc)});
    parts.push_back({QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), kRelBase + QStringLiteral("slideLayout"),
                                     QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                    {QStringLiteral("rId2"), kRelBase + QStringLiteral("theme"),
                                     QStringLiteral("../theme/theme1.xml")}})});
    parts.push_back({QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), slideLayout()});
    parts.push_back({QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), kRelBase + QStringLiteral("slideMaster"),
                                     QStringLiteral("../slideMasters/slideMaster1.xml")}})});
    parts.push_back({QStringLiteral("ppt/notesMasters/notesMaster1.xml"), notesMaster()});
    parts.push_back({QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), kRelBase + QStringLiteral("theme"),
                                     QStringLiteral("../theme/theme2.xml")}})});

    int mediaIndex = 0;
    for (std::size_t i = 0; i < doc.slides.size(); ++i) {
        const PptxSlide &slide = doc.slides[i];
        const QString slideName = QStringLiteral("slide%1.xml").arg(i + 1);
        std::vector<std::tuple<QString, QString, QString>> rels = {
            {QStringLiteral("rId1"), kRelBase + QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")}};
        if (hasNotes[i])
            rels.emplace_back(QStringLiteral("rId2"), kRelBase + QStringLiteral("notesSlide"),
                              QStringLiteral("../notesSlides/notesSlide%1.xml").arg(i + 1));
        std::vector<std::pair<QString, QString>> imageRels;
        int nextRel = 3;
        for (const PptxImage &image : slide.images) {
            const QString pngName = QStringLiteral("image%1.png").arg(++mediaIndex);
            parts.push_back({QStringLiteral("ppt/media/") + pngName, image.png});
            const QString pngRel = QStringLiteral("rId%1").arg(nextRel++);
            rels.emplace_back(pngRel, kRelBase + QStringLiteral("image"), QStringLiteral("../media/") + pngName);
            QString svgRel;
            if (!image.svg.isEmpty()) {
                const QString svgName = QStringLiteral("image%1.svg").arg(++mediaIndex);
                parts.push_back({QStringLiteral("ppt/media/") + svgName, image.svg});
                svgRel = QStringLiteral("rId%1").arg(nextRel++);
                rels.emplace_back(svgRel, kRelBase + QStringLiteral("image"), QStringLiteral("../media/") + svgName);
            }
            imageRels.emplace_back(pngRel, svgRel);
        }
        parts.push_back({QStringLiteral("ppt/slides/") + slideName, slideXml(doc, slide, imageRels)});
        parts.push_back({QStringLiteral("ppt/slides/_rels/") + slideName + QStringLiteral(".rels"), relationships(rels)});
        if (hasNotes[i]) {
            const QString notesName = QStringLiteral("notesSlide%1.xml").arg(i + 1);
            parts.push_back({QStringLiteral("ppt/notesSlides/") + notesName, notesSlide(slide)});
            parts.push_back({QStringLiteral("ppt/notesSlides/_rels/") + notesName + QStringLiteral(".rels"),
                             relationships({{QStringLiteral("rId1"), kRelBase + QStringLiteral("notesMaster"),
                                             QStringLiteral("../notesMasters/notesMaster1.xml")},
                                            {QStringLiteral("rId2"), kRelBase + QStringLiteral("slide"),
                                             QStringLiteral("../slides/") + slideName}})});
        }
    }
    return parts;
}

} // namespace

QByteArray PptxWriter::toBytes(const PptxDocument &document, Error *error)
{
    for (const PptxSlide &slide : document.slides)
        for (const PptxImage &image : slide.images)
            if (!image.png.startsWith("\x89PNG\r\n\x1a\n")) {
                if (error)
                    *error = Error::badInput(QStringLiteral("slide \"%1\": picture is not a PNG").arg(slide.title));
                return {};
            }
    OpcPackage package;
    for (Part &part : buildParts(document))
        package.add(part.name, std::move(part.bytes));
    return package.toBytes(error);
}

Status PptxWriter::write(const PptxDocument &document, const QString &path)
{
    Error error;
    const QByteArray bytes = toBytes(document, &error);
    if (bytes.isEmpty()) {
        error.file = path;
        return error;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    file.write(bytes);
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return success();
}

} // namespace iroi::report

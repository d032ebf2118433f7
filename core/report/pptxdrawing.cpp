#include "core/report/pptxparts.h"

namespace iroi::report::pptx {

QString hexColor(quint32 rgb)
{
    return QStringLiteral("%1").arg(rgb & 0xFFFFFFu, 6, 16, QLatin1Char('0')).toUpper();
}

void pmlNamespaces(Xml &x)
{
    x.attr(QStringLiteral("xmlns:a"), kNsA);
    x.attr(QStringLiteral("xmlns:r"), kNsR);
    x.attr(QStringLiteral("xmlns:p"), kNsP);
}

void xfrm(Xml &x, const EmuRect &r)
{
    x.start(QStringLiteral("a:xfrm"));
    x.empty(QStringLiteral("a:off"));
    x.attr(QStringLiteral("x"), r.x);
    x.attr(QStringLiteral("y"), r.y);
    x.empty(QStringLiteral("a:ext"));
    x.attr(QStringLiteral("cx"), std::max<qint64>(r.cx, 0));
    x.attr(QStringLiteral("cy"), std::max<qint64>(r.cy, 0));
    x.end();
}

void rectGeometry(Xml &x)
{
    x.start(QStringLiteral("a:prstGeom"));
    x.attr(QStringLiteral("prst"), QStringLiteral("rect"));
    x.empty(QStringLiteral("a:avLst"));
    x.end();
}

void groupHeader(Xml &x)
{
    x.start(QStringLiteral("p:nvGrpSpPr"));
    x.empty(QStringLiteral("p:cNvPr"));
    x.attr(QStringLiteral("id"), 1);
    x.attr(QStringLiteral("name"), QString());
    x.empty(QStringLiteral("p:cNvGrpSpPr"));
    x.empty(QStringLiteral("p:nvPr"));
    x.end();
    x.start(QStringLiteral("p:grpSpPr"));
    x.start(QStringLiteral("a:xfrm"));
    for (const auto &[element, a, b] :
         {std::tuple{u"a:off", u"x", u"y"}, {u"a:ext", u"cx", u"cy"}, {u"a:chOff", u"x", u"y"}, {u"a:chExt", u"cx", u"cy"}}) {
        x.empty(QString::fromUtf16(element));
        x.attr(QString::fromUtf16(a), 0);
        x.attr(QString::fromUtf16(b), 0);
    }
    x.end();
    x.end();
}

void solidFill(Xml &x, quint32 color)
{
    x.start(QStringLiteral("a:solidFill"));
    x.empty(QStringLiteral("a:srgbClr"));
    x.attr(QStringLiteral("val"), hexColor(color));
    x.end();
}

void runProperties(Xml &x, double points, bool bold, std::optional<quint32> color, const QString &font)
{
    x.start(QStringLiteral("a:rPr"));
    x.attr(QStringLiteral("lang"), QStringLiteral("en-GB"));
    x.attr(QStringLiteral("sz"), static_cast<qint64>(std::lround(points * 100)));
    x.attr(QStringLiteral("b"), bold ? 1 : 0);
    x.attr(QStringLiteral("dirty"), 0);
    if (color)
        solidFill(x, *color);
    if (!font.isEmpty()) {
        x.empty(QStringLiteral("a:latin"));
        x.attr(QStringLiteral("typeface"), font);
    }
    x.end();
}

// One <a:p> per line; an empty paragraph still needs endParaRPr to keep its height.
void paragraph(Xml &x, const QString &text, double points, bool bold, bool bullet, std::optional<quint32> color,
               const QString &font, const QString &align)
{
    x.start(QStringLiteral("a:p"));
    x.start(QStringLiteral("a:pPr"));
    if (bullet) {
        x.attr(QStringLiteral("marL"), 285750);
        x.attr(QStringLiteral("indent"), -285750);
    }
    if (!align.isEmpty())
        x.attr(QStringLiteral("algn"), align);
    x.start(QStringLiteral("a:spcAft"));
    x.empty(QStringLiteral("a:spcPts"));
    x.attr(QStringLiteral("val"), static_cast<qint64>(std::lround(points * 40))); // 0.4 line
    x.end();
    if (bullet) {
        x.empty(QStringLiteral("a:buFont"));
        x.attr(QStringLiteral("typeface"), QStringLiteral("Arial"));
        x.empty(QStringLiteral("a:buChar"));
        x.attr(QStringLiteral("char"), QStringLiteral("\u2022"));
    } else {
        x.empty(QStringLiteral("a:buNone"));
    }
    x.end(); // pPr
    const QString safe = xmlSafe(text);
    if (!safe.isEmpty()) {
        x.start(QStringLiteral("a:r"));
        runProperties(x, points, bold, color, font);
        x.text(QStringLiteral("a:t"), safe);
        x.end();
    }
    x.empty(QStringLiteral("a:endParaRPr"));
    x.attr(QStringLiteral("lang"), QStringLiteral("en-GB"));
    x.attr(QStringLiteral("sz"), static_cast<qint64>(std::lround(points * 100)));
    x.attr(QStringLiteral("dirty"), 0);
    x.end(); // p
}

QString horizontalAlign(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("ctr");
    if (alignment & Qt::AlignRight)
        return QStringLiteral("r");
    return QStringLiteral("l");
}

QString verticalAnchor(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignVCenter)
        return QStringLiteral("ctr");
    if (alignment & Qt::AlignBottom)
        return QStringLiteral("b");
    return QStringLiteral("t");
}

} // namespace iroi::report::pptx

#pragma once
// The pieces of a PPTX file that pptxwriter.cpp assembles, shared between its files:
// DrawingML helpers (pptxdrawing.cpp) and the theme, masters and layout
// (pptxmasters.cpp). Internal to the report writers; PptxWriter is the API.

#include "core/report/pptxwriter.h"
#include "core/report/xmlwriter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace iroi::report::pptx {

inline const QString kNsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString kNsR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString kNsP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");

// Slide master and layout ids share one space that must start at 2^31 (ECMA-376 19.2.1.34).
constexpr qint64 kMasterId = 2147483648LL;
constexpr qint64 kLayoutId = 2147483649LL;

// DrawingML
QString hexColor(quint32 rgb);
void pmlNamespaces(Xml &x);
void xfrm(Xml &x, const EmuRect &r);
void rectGeometry(Xml &x);
void groupHeader(Xml &x);
void solidFill(Xml &x, quint32 color);
void runProperties(Xml &x, double points, bool bold, std::optional<quint32> color, const QString &font);
void paragraph(Xml &x, const QString &text, double points, bool bold, bool bullet, std::optional<quint32> color,
               const QString &font, const QString &align);
QString horizontalAlign(Qt::Alignment alignment);
QString verticalAnchor(Qt::Alignment alignment);

// Theme, masters and the one layout
QByteArray theme(const QString &name, const PptxDocument &doc);
void clrMap(Xml &x, const QString &element);
void placeholderShape(Xml &x, int id, const QString &name, const QString &type, int idx, const EmuRect *rect,
                      bool noGroup);
EmuRect titleRect(const PptxDocument &doc);
// Opens a title placeholder's text body, anchored at the bottom and shrunk to fit; the
// caller adds the paragraphs and closes it.
void titleBodyStart(Xml &x);
QByteArray slideMaster(const PptxDocument &doc);
QByteArray slideLayout();
QByteArray notesMaster();

} // namespace iroi::report::pptx

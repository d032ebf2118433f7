#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QtGlobal>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iroi::report {

// English Metric Units: 914,400 per inch, 12,700 per point, 360,000 per centimetre.
constexpr qint64 kEmuPerInch = 914400;
constexpr qint64 kEmuPerPoint = 12700;

struct EmuRect
{
    qint64 x = 0;
    qint64 y = 0;
    qint64 cx = 0;
    qint64 cy = 0;
};

// A text frame on a slide. Each entry of paragraphs is one paragraph; bullets put a
// bullet before each one.
struct PptxTextBox
{
    EmuRect rect;
    QStringList paragraphs;
    double fontPoints = 16;
    bool bold = false;
    bool bullets = false;
    // Colours are 0xRRGGBB: core stays free of QtGui.
    quint32 color = 0x333333;
    std::optional<quint32> fill; // nullopt = transparent
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    QString name;              // shape name shown in PowerPoint's selection pane
};

// A picture: PNG always (every reader shows it); SVG optionally, which PowerPoint 2016+
// shows instead of the PNG while older readers fall back to the PNG.
struct PptxImage
{
    EmuRect rect;
    QByteArray png;
    QByteArray svg;
    QString description;       // alt text
};

struct PptxSlide
{
    QString title;
    std::vector<PptxImage> images;
    std::vector<PptxTextBox> textBoxes;
    QString notes;             // speaker notes; empty = no notes page
};

struct PptxDocument
{
    QString title;
    QString author;
    qint64 slideWidth = 12192000; // 16:9, 13.333 in
    qint64 slideHeight = 6858000; //        7.5 in
    quint32 titleColor = 0x1F2A44;
    quint32 accentColor = 0x2E6FD8;
    QString fontFace = QStringLiteral("Calibri");
    std::vector<PptxSlide> slides;
};

// Writes an Office Open XML presentation (ECMA-376 PresentationML): one slide master,
// one title-only layout, a theme, a notes master and one notes page per slide that has
// notes. No widget dependency: pictures come in as encoded bytes.
class PptxWriter
{
public:
    static QByteArray toBytes(const PptxDocument &document, Error *error = nullptr);
    static Status write(const PptxDocument &document, const QString &path);
};

} // namespace iroi::report

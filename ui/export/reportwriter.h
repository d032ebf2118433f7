#pragma once

#include "core/common/result.h"
#include "core/report/outline.h"
#include "core/report/pptxwriter.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace iroi::ui {

enum class PageFormat {
    Wide, // 16:9, 13.333 x 7.5 in, the PowerPoint widescreen slide
    A4,   // A4 landscape, 297 x 210 mm
};

// Lays out a report outline (core/report) as pages and writes the board pack: PDF through
// QPdfWriter with the charts painted as vectors, or PPTX with native titles, KPI tiles and
// findings text, charts as PNG (2x) with an SVG twin, and the findings in the notes.
// Every page is laid out on a logical canvas 1280 units wide (720 high for 16:9, 905 for A4).
class ReportWriter
{
public:
    ReportWriter(const report::ReportOutline &outline, PageFormat format);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    QSizeF canvasSize() const { return m_canvas; }
    void paintPage(QPainter &painter, int index) const;

    Status writePdf(const QString &path) const;
    Status writePptx(const QString &path) const;
    // By suffix: .pdf or .pptx.
    Status write(const QString &path) const;

    report::PptxDocument toPptx() const;

    // One chart of the report, print-styled, into any painter (single-chart export).
    void paintChartOnly(QPainter &painter, const QRectF &rect, report::ReportChart chart) const;

private:
    // A page of the outline, or one slice of a long table.
    struct Page
    {
        const report::ReportPage *page = nullptr;
        int firstRow = 0;
        int rowCount = 0;
        bool continued = false;
    };

    void paintTitlePage(QPainter &painter, const Page &page) const;
    void paintHeader(QPainter &painter, const Page &page) const;
    // Logo (else company name) right-aligned in box; returns the width used, 0 for none.
    double paintBrandMark(QPainter &painter, const QRectF &box, const QColor &colour) const;
    void paintFooter(QPainter &painter, int index) const;
    void paintTiles(QPainter &painter, const report::ReportPage &page) const;
    void paintChart(QPainter &painter, const QRectF &rect, report::ReportChart chart) const;
    void paintFindings(QPainter &painter, const QRectF &rect, const QStringList &findings) const;
    void paintTable(QPainter &painter, const QRectF &rect, const Page &page) const;
    std::vector<QRectF> tileRects(const report::ReportPage &page) const;
    QRectF bodyRect() const;
    QRectF chartRect() const;
    QRectF findingsRect() const;
    std::vector<double> tableColumnWidths(const report::Table &table, double width) const;
    double tableRowHeight(const report::Table &table, int row, double width) const;
    bool chartHasData(report::ReportChart chart) const;

    const report::ReportOutline &m_outline;
    PageFormat m_format;
    QSizeF m_canvas;
    std::vector<Page> m_pages;
};

} // namespace iroi::ui

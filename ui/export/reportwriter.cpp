#include "ui/export/reportwriter.h"

#include "core/report/findings.h"
#include "ui/export/chartexport.h"

#ifdef IROI_HAVE_UI_CHARTS
#include "ui/charts/chartbuilders.h"
#include "ui/charts/heatmap.h"
#endif

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace iroi::ui {

using report::ReportChart;
using report::ReportPage;

namespace {

constexpr double kCanvasWidth = 1280.0;
constexpr double kMargin = 56.0;
constexpr double kHeaderHeight = 118.0;
constexpr double kFooterHeight = 44.0;
const QColor kText(0x22, 0x26, 0x2E);
const QColor kMuted(0x6B, 0x72, 0x80);
const QColor kTileFill(0xF3, 0xF5, 0xF9);
const QColor kRule(0xDD, 0xE1, 0xE8);

QColor rgb(quint32 value)
{
    return QColor::fromRgb(value);
}

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

QString cellText(const report::TableCell &cell, report::ColumnKind kind, const QString &currency)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (const auto *text = std::get_if<QString>(&cell))
        return *text;
    if (const auto *number = std::get_if<double>(&cell)) {
        switch (kind) {
        case report::ColumnKind::Integer:
            return english.toString(std::round(*number), 'f', 0);
        case report::ColumnKind::Money:
            return report::moneyWhole(*number, currency);
        case report::ColumnKind::Percent:
            return report::percentText(*number, 1);
        default:
            return english.toString(*number, 'f', 2);
        }
    }
    return {};
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Draws text elided to one line when it does not fit, so nothing is ever clipped mid-glyph.
void drawLine(QPainter &painter, const QRectF &rect, const QString &text, int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    const QFontMetricsF metrics(painter.font());
    painter.drawText(rect, flags, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

ReportWriter::ReportWriter(const report::ReportOutline &outline, PageFormat format)
    : m_outline(outline), m_format(format)
{
    m_canvas = format == PageFormat::Wide ? QSizeF(kCanvasWidth, 720.0) : QSizeF(kCanvasWidth, std::round(kCanvasWidth * 210.0 / 297.0));
    for (const ReportPage &page : outline.pages) {
        if (page.kind != ReportPage::Kind::Table) {
            m_pages.push_back({&page, 0, 0, false});
            continue;
        }
        // Long tables continue on further pages; rows are never cut.
        const QRectF body = bodyRect();
        const double headerRow = 34.0;
        int row = 0;
        const int rows = static_cast<int>(page.table.rows.size());
        bool continued = false;
        do {
            double used = headerRow;
            int count = 0;
            while (row + count < rows) {
                const double h = tableRowHeight(page.table, row + count, body.width());
                if (used + h > body.height() && count > 0)
                    break;
                used += h;
                ++count;
            }
            m_pages.push_back({&page, row, count, continued});
            row += count;
            continued = true;
        } while (row < rows);
    }
}

QRectF ReportWriter::bodyRect() const
{
    return QRectF(kMargin, kHeaderHeight, m_canvas.width() - 2 * kMargin,
                  m_canvas.height() - kHeaderHeight - kFooterHeight - 12.0);
}

QRectF ReportWriter::chartRect() const
{
    const QRectF body = bodyRect();
    return QRectF(body.left(), body.top(), body.width() * 0.66, body.height());
}

QRectF ReportWriter::findingsRect() const
{
    const QRectF body = bodyRect();
    const QRectF chart = chartRect();
    return QRectF(chart.right() + 28.0, body.top(), body.right() - chart.right() - 28.0, body.height());
}

void ReportWriter::paintPage(QPainter &painter, int index) const
{
    const Page &page = m_pages.at(static_cast<std::size_t>(index));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_canvas), Qt::white);
    switch (page.page->kind) {
    case ReportPage::Kind::Title:
        paintTitlePage(painter, page);
        break;
    case ReportPage::Kind::Kpis:
        paintHeader(painter, page);
        paintTiles(painter, *page.page);
        break;
    case ReportPage::Kind::Chart:
        paintHeader(painter, page);
        paintChart(painter, chartRect(), page.page->chart);
        paintFindings(painter, findingsRect(), page.page->findings);
        break;
    case ReportPage::Kind::Table:
        paintHeader(painter, page);
        paintTable(painter, bodyRect(), page);
        break;
    }
    if (page.page->kind != ReportPage::Kind::Title)
        paintFooter(painter, index);
    painter.restore();
}

void ReportWriter::paintTitlePage(QPainter &painter, const Page &page) const
{
    const report::ReportMeta &meta = m_outline.meta;
    const QColor primary = rgb(meta.brand.primary);
    const QColor accent = rgb(meta.brand.accent);
    const double w = m_canvas.width();
    const double h = m_canvas.height();
    painter.fillRect(QRectF(0, 0, w, h * 0.64), primary);
    painter.fillRect(QRectF(0, h * 0.64, w, 8), accent);

    painter.setPen(Qt::white);
    painter.setFont(font(18, true));
    drawLine(painter, QRectF(kMargin, 48, w * 0.6, 28),
             meta.brand.company.isEmpty() ? QStringLiteral("Influence ROI") : meta.brand.company);
    painter.setFont(font(16));
    painter.setPen(QColor(255, 255, 255, 200));
    drawLine(painter, QRectF(kMargin, h * 0.64 - 200, w - 2 * kMargin, 26), QStringLiteral("Board pack"));
    painter.setPen(Qt::white);
    painter.setFont(font(52, true));
    drawLine(painter, QRectF(kMargin, h * 0.64 - 170, w - 2 * kMargin, 72), page.page->title);
    painter.setFont(font(24));
    drawLine(painter, QRectF(kMargin, h * 0.64 - 88, w - 2 * kMargin, 36), page.page->subtitle);

    painter.setPen(kText);
    painter.setFont(font(18));
    painter.drawText(QRectF(kMargin, h * 0.64 + 40, w - 2 * kMargin, 60), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     meta.filterText);
    painter.setPen(kMuted);
    painter.setFont(font(14));
    drawLine(painter, QRectF(kMargin, h - 70, w - 2 * kMargin, 24),
             QStringLiteral("Generated on %1 from %2 \u00b7 all amounts in %3 \u00b7 figures are attributed by discount "
                            "code and tracked link")
                 .arg(meta.generatedOn, meta.workspaceName, meta.currency));

    // The logo, top right, kept inside a 220 x 90 box on a white plate: logos are drawn for
    // light backgrounds and would vanish on the brand colour.
    if (!meta.brand.logoPath.isEmpty() && QFileInfo::exists(meta.brand.logoPath)) {
        const QRectF box(w - kMargin - 220, 36, 220, 90);
        const bool isSvg = meta.brand.logoPath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
        QSvgRenderer svg;
        QImage image;
        QSizeF natural;
        if (isSvg && svg.load(meta.brand.logoPath))
            natural = svg.defaultSize();
        else if (!isSvg && image.load(meta.brand.logoPath))
            natural = image.size();
        if (!natural.isEmpty()) {
            const QSizeF size = natural.scaled(box.size(), Qt::KeepAspectRatio);
            const QRectF target(box.right() - size.width(), box.top(), size.width(), size.height());
            QPainterPath plate;
            plate.addRoundedRect(target.adjusted(-16, -12, 16, 12), 10, 10);
            painter.fillPath(plate, Qt::white);
            if (isSvg)
                svg.render(&painter, target);
            else
                painter.drawImage(target, image);
        }
    }
}

void ReportWriter::paintHeader(QPainter &painter, const Page &page) const
{
    const QColor primary = rgb(m_outline.meta.brand.primary);
    painter.fillRect(QRectF(0, 0, m_canvas.width(), 8), rgb(m_outline.meta.brand.accent));
    // The brand mark, top right on every page: the logo, else the company name.
    const QRectF markBox(m_canvas.width() - kMargin - 200, 30, 200, 40);
    const double markWidth = paintBrandMark(painter, markBox, primary);
    painter.setPen(primary);
    painter.setFont(font(32, true));
    QString title = page.page->title;
    if (page.continued)
        title += QStringLiteral(" (continued)");
    const double titleWidth = m_canvas.width() - 2 * kMargin - (markWidth > 0 ? markWidth + 24 : 0);
    drawLine(painter, QRectF(kMargin, 30, titleWidth, 44), title);
    painter.setPen(kMuted);
    painter.setFont(font(16));
    drawLine(painter, QRectF(kMargin, 76, m_canvas.width() - 2 * kMargin, 24), page.page->subtitle);
}

double ReportWriter::paintBrandMark(QPainter &painter, const QRectF &box, const QColor &colour) const
{
    const report::Brand &brand = m_outline.meta.brand;
    if (!brand.logoPath.isEmpty() && QFileInfo::exists(brand.logoPath)) {
        if (brand.logoPath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
            QSvgRenderer svg(brand.logoPath);
            if (svg.isValid()) {
                const QSizeF size = QSizeF(svg.defaultSize()).scaled(box.size(), Qt::KeepAspectRatio);
                svg.render(&painter, QRectF(box.right() - size.width(), box.top(), size.width(), size.height()));
                return size.width();
            }
        } else if (const QImage logo(brand.logoPath); !logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(box.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(box.right() - size.width(), box.top(), size.width(), size.height()), logo);
            return size.width();
        }
    }
    if (brand.company.isEmpty())
        return 0.0;
    painter.setPen(colour);
    painter.setFont(font(16, true));
    const QFontMetricsF metrics(painter.font());
    const double width = std::min(box.width(), metrics.horizontalAdvance(brand.company) + 2);
    drawLine(painter, QRectF(box.right() - width, box.top(), width, box.height()), brand.company,
             Qt::AlignRight | Qt::AlignVCenter);
    return width;
}

void ReportWriter::paintFooter(QPainter &painter, int index) const
{
    const report::ReportMeta &meta = m_outline.meta;
    const double y = m_canvas.height() - kFooterHeight;
    painter.setPen(QPen(kRule, 1));
    painter.drawLine(QPointF(kMargin, y), QPointF(m_canvas.width() - kMargin, y));
    painter.setPen(kMuted);
    painter.setFont(font(12));
    QStringList left;
    if (!meta.brand.company.isEmpty())
        left << meta.brand.company;
    left << meta.workspaceName << meta.period;
    const QRectF row(kMargin, y + 8, m_canvas.width() - 2 * kMargin, 22);
    drawLine(painter, row.adjusted(0, 0, -120, 0), left.join(QStringLiteral(" \u00b7 ")));
    drawLine(painter, row, QStringLiteral("%1 / %2").arg(index + 1).arg(pageCount()), Qt::AlignRight | Qt::AlignVCenter);
}

std::vector<QRectF> ReportWriter::tileRects(const ReportPage &page) const
{
    // First row: the money tiles; below, one column per funnel stage.
    std::vector<QRectF> rects;
    const QRectF body = bodyRect();
    const double gap = 16.0;
    const double findingsHeight = page.findings.isEmpty() ? 0.0 : 64.0;
    const double available = body.height() - findingsHeight;
    const double moneyHeight = std::min(130.0, available * 0.34);
    QStringList groups;
    int moneyCount = 0;
    for (const report::KpiTile &tile : page.tiles) {
        if (tile.group == page.tiles.front().group)
            ++moneyCount;
        else if (!groups.contains(tile.group))
            groups << tile.group;
    }
    const double moneyWidth = (body.width() - gap * (moneyCount - 1)) / std::max(1, moneyCount);
    const double stageTop = body.top() + moneyHeight + gap + 28.0; // room for the stage names
    const double stageWidth = (body.width() - gap * (static_cast<double>(groups.size()) - 1)) / std::max<qsizetype>(1, groups.size());
    std::vector<int> perGroup(static_cast<std::size_t>(groups.size()), 0);
    int maxPerGroup = 1;
    for (const report::KpiTile &tile : page.tiles)
        if (const auto g = groups.indexOf(tile.group); g >= 0)
            maxPerGroup = std::max(maxPerGroup, ++perGroup[static_cast<std::size_t>(g)]);
    std::fill(perGroup.begin(), perGroup.end(), 0);
    const double stageBottom = body.top() + available;
    const double stageHeight = (stageBottom - stageTop - gap * (maxPerGroup - 1)) / maxPerGroup;
    int money = 0;
    for (const report::KpiTile &tile : page.tiles) {
        const auto g = groups.indexOf(tile.group);
        if (g < 0) {
            rects.emplace_back(body.left() + money * (moneyWidth + gap), body.top(), moneyWidth, moneyHeight);
            ++money;
        } else {
            const int n = perGroup[static_cast<std::size_t>(g)]++;
            rects.emplace_back(body.left() + static_cast<double>(g) * (stageWidth + gap), stageTop + n * (stageHeight + gap),
                               stageWidth, stageHeight);
        }
    }
    return rects;
}

void ReportWriter::paintTiles(QPainter &painter, const ReportPage &page) const
{
    const std::vector<QRectF> rects = tileRects(page);
    const QColor accent = rgb(m_outline.meta.brand.accent);
    QStringList labelledGroups;
    for (std::size_t i = 0; i < page.tiles.size(); ++i) {
        const report::KpiTile &tile = page.tiles[i];
        const QRectF r = rects[i];
        if (tile.group != page.tiles.front().group && !labelledGroups.contains(tile.group)) {
            labelledGroups << tile.group;
            painter.setPen(accent);
            painter.setFont(font(15, true));
            drawLine(painter, QRectF(r.left(), r.top() - 28, r.width(), 22), tile.group.toUpper());
        }
        QPainterPath path;
        path.addRoundedRect(r, 8, 8);
        painter.fillPath(path, kTileFill);
        painter.fillRect(QRectF(r.left(), r.top() + 8, 4, r.height() - 16), accent);
        const QRectF inner = r.adjusted(20, 10, -14, -10);
        const double valueSize = std::min(34.0, inner.height() * 0.36);
        painter.setPen(kMuted);
        painter.setFont(font(14));
        drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), 22), tile.label);
        painter.setPen(kText);
        painter.setFont(font(valueSize, true));
        // Shrink long values rather than clip them.
        QFont valueFont = font(valueSize, true);
        while (QFontMetricsF(valueFont).horizontalAdvance(tile.value) > inner.width() && valueFont.pixelSize() > 12)
            valueFont.setPixelSize(valueFont.pixelSize() - 1);
        painter.setFont(valueFont);
        drawLine(painter, QRectF(inner.left(), inner.top() + 22, inner.width(), inner.height() - 44), tile.value);
        painter.setPen(kMuted);
        painter.setFont(font(12));
        drawLine(painter, QRectF(inner.left(), inner.bottom() - 20, inner.width(), 20), tile.note);
    }
    if (!page.findings.isEmpty()) {
        const QRectF body = bodyRect();
        painter.setPen(kText);
        painter.setFont(font(16));
        painter.drawText(QRectF(body.left(), body.bottom() - 56, body.width(), 56), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         page.findings.join(QLatin1Char(' ')));
    }
}

bool ReportWriter::chartHasData(ReportChart chart) const
{
    const report::ReportData &d = m_outline.data;
    switch (chart) {
    case ReportChart::Funnel:
        return std::any_of(d.funnel.total.steps.begin(), d.funnel.total.steps.end(), [](const FunnelStep &s) { return s.count > 0; });
    case ReportChart::PeopleRevenue:
    case ReportChart::ActivityPerformance:
        return !d.who.empty();
    case ReportChart::ChannelRevenueCost:
        return !d.where.empty();
    case ReportChart::ContentTypeRevenueCost:
        return !d.what.empty();
    case ReportChart::Trend:
        return !d.when.series.empty();
    case ReportChart::EngagementHeatmap:
        for (const auto &day : d.when.engagementHeat)
            for (qint64 v : day)
                if (v > 0)
                    return true;
        return false;
    case ReportChart::ShareOfVoice:
        return !d.why.topics.empty();
    case ReportChart::GoalAttainment:
        return !d.why.goals.empty();
    case ReportChart::CostBreakdown:
        return d.how.total > 0;
    case ReportChart::None:
        break;
    }
    return false;
}

void ReportWriter::paintChart(QPainter &painter, const QRectF &rect, ReportChart chart) const
{
    if (!chartHasData(chart)) {
        painter.fillRect(rect, kTileFill);
        painter.setPen(kMuted);
        painter.setFont(font(18));
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("No data for this filter"));
        return;
    }
#ifdef IROI_HAVE_UI_CHARTS
    const report::ReportData &d = m_outline.data;
    ChartStyle style = ChartStyle::forTheme(Theme::Print, m_outline.meta.currency);
    style.accent = rgb(m_outline.meta.brand.accent);
    if (chart == ReportChart::EngagementHeatmap) {
        HeatmapData heat = heatmapFromWhen(d.when, HeatMetric::EngagementRate);
        heat.title.clear(); // the page title says it
        paintHeatmap(painter, rect, heat, style);
        return;
    }
    std::unique_ptr<QChart> built;
    switch (chart) {
    case ReportChart::Funnel:
        built.reset(buildFunnelChart(d.funnel, style));
        break;
    case ReportChart::PeopleRevenue:
        built.reset(buildPeopleRevenueChart(d.who, 10, style));
        break;
    case ReportChart::ActivityPerformance:
        built.reset(buildActivityPerformanceChart(d.who, style));
        break;
    case ReportChart::ChannelRevenueCost:
        built.reset(buildRevenueCostChart(d.where, Dimension::Channel, style));
        break;
    case ReportChart::ContentTypeRevenueCost:
        built.reset(buildRevenueCostChart(d.what, Dimension::ContentType, style));
        break;
    case ReportChart::Trend:
        built.reset(buildTrendChart(d.when, style));
        break;
    case ReportChart::ShareOfVoice:
        built.reset(buildShareOfVoiceChart(d.why, style));
        break;
    case ReportChart::GoalAttainment:
        built.reset(buildGoalAttainmentChart(report::goalsForPage(d.why.goals), style));
        break;
    case ReportChart::CostBreakdown:
        built.reset(buildCostBreakdownChart(d.how, style));
        break;
    case ReportChart::EngagementHeatmap:
    case ReportChart::None:
        break;
    }
    if (built) {
        applyPrintTheme(built.get(), m_outline.meta.currency);
        built->setTitle(QString()); // the page title says it
        chartPainter(built.get())(painter, rect);
    }
#else
    painter.setPen(kMuted);
    painter.drawText(rect, Qt::AlignCenter, QStringLiteral("Charts are not part of this build"));
#endif
}

void ReportWriter::paintFindings(QPainter &painter, const QRectF &rect, const QStringList &findings) const
{
    const QColor accent = rgb(m_outline.meta.brand.accent);
    painter.setPen(rgb(m_outline.meta.brand.primary));
    painter.setFont(font(18, true));
    drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), 28), QStringLiteral("Findings"));
    double y = rect.top() + 44;
    const QStringList list = findings.isEmpty() ? QStringList{QStringLiteral("Not enough data for a finding.")} : findings;
    for (const QString &finding : list) {
        // Smaller text for long findings so all fit the panel.
        QFont f = font(17);
        QRectF bounds;
        const QRectF textRect(rect.left() + 18, y, rect.width() - 18, rect.bottom() - y);
        for (;;) {
            bounds = QFontMetricsF(f).boundingRect(textRect, Qt::TextWordWrap, finding);
            if (bounds.height() <= textRect.height() || f.pixelSize() <= 11)
                break;
            f.setPixelSize(f.pixelSize() - 1);
        }
        painter.fillRect(QRectF(rect.left(), y + 7, 8, 8), accent);
        painter.setPen(kText);
        painter.setFont(f);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, finding);
        y += bounds.height() + 20;
        if (y > rect.bottom())
            break;
    }
}

std::vector<double> ReportWriter::tableColumnWidths(const report::Table &table, double width) const
{
    // Widths in proportion to the longest text of each column, numbers narrow.
    std::vector<double> weights;
    const QFontMetricsF metrics(font(14));
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        double widest = metrics.horizontalAdvance(table.columns[c].header) + 24;
        for (const auto &row : table.rows)
            if (c < row.size())
                widest = std::max(widest, metrics.horizontalAdvance(cellText(row[c], table.columns[c].kind, m_outline.meta.currency)) + 24);
        weights.push_back(std::min(widest, width * 0.7));
    }
    double total = 0;
    for (double w : weights)
        total += w;
    for (double &w : weights)
        w = total > 0 ? w * width / total : width / static_cast<double>(weights.size());
    return weights;
}

double ReportWriter::tableRowHeight(const report::Table &table, int row, double width) const
{
    const std::vector<double> widths = tableColumnWidths(table, width);
    const QFontMetricsF metrics(font(14));
    double height = 28;
    const auto &cells = table.rows[static_cast<std::size_t>(row)];
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
        const QString text = cellText(cells[c], table.columns[c].kind, m_outline.meta.currency);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, widths[c] - 16, 10000), Qt::TextWordWrap, text);
        height = std::max(height, bounds.height() + 12);
    }
    return height;
}

void ReportWriter::paintTable(QPainter &painter, const QRectF &rect, const Page &page) const
{
    const report::Table &table = page.page->table;
    const std::vector<double> widths = tableColumnWidths(table, rect.width());
    double y = rect.top();
    painter.setFont(font(14, true));
    painter.setPen(rgb(m_outline.meta.brand.primary));
    double x = rect.left();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const bool number = table.columns[c].kind != report::ColumnKind::Text;
        drawLine(painter, QRectF(x + 8, y, widths[c] - 16, 30), table.columns[c].header,
                 (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        x += widths[c];
    }
    y += 32;
    painter.setPen(QPen(rgb(m_outline.meta.brand.primary), 1.5));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    y += 2;
    painter.setFont(font(14));
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const double h = tableRowHeight(table, r, rect.width());
        if ((r - page.firstRow) % 2 == 1)
            painter.fillRect(QRectF(rect.left(), y, rect.width(), h), kTileFill);
        x = rect.left();
        painter.setPen(kText);
        const auto &cells = table.rows[static_cast<std::size_t>(r)];
        for (std::size_t c = 0; c < table.columns.size() && c < cells.size(); ++c) {
            const bool number = table.columns[c].kind != report::ColumnKind::Text;
            painter.drawText(QRectF(x + 8, y + 6, widths[c] - 16, h - 12),
                             (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap,
                             cellText(cells[c], table.columns[c].kind, m_outline.meta.currency));
            x += widths[c];
        }
        y += h;
    }
}

Status ReportWriter::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Influence ROI"));
        writer.setTitle(m_outline.meta.workspaceName + QStringLiteral(" \u2013 board pack"));
        if (m_format == PageFormat::Wide)
            writer.setPageSize(QPageSize(QSizeF(960, 540), QPageSize::Point, QStringLiteral("16:9"), QPageSize::ExactMatch));
        else
            writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(m_format == PageFormat::Wide ? QPageLayout::Portrait : QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(96);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::io(QStringLiteral("cannot start the PDF"), path);
        const QRect device = painter.viewport();
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            // The canvas fills the page; width decides the scale (the canvas has the page's aspect).
            const double scale = device.width() / m_canvas.width();
            painter.scale(scale, scale);
            paintPage(painter, i);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return success();
}

report::PptxDocument ReportWriter::toPptx() const
{
    using report::EmuRect;
    report::PptxDocument doc;
    const report::ReportMeta &meta = m_outline.meta;
    doc.title = meta.workspaceName + QStringLiteral(" \u2013 board pack");
    doc.author = meta.brand.company.isEmpty() ? QStringLiteral("Influence ROI") : meta.brand.company;
    doc.titleColor = meta.brand.primary;
    doc.accentColor = meta.brand.accent;
    if (m_format == PageFormat::A4) {
        doc.slideWidth = 10692000; // 297 mm
        doc.slideHeight = 7560000; // 210 mm
    }
    const double emu = static_cast<double>(doc.slideWidth) / m_canvas.width();
    const auto toEmu = [emu](const QRectF &r) {
        return EmuRect{std::llround(r.x() * emu), std::llround(r.y() * emu), std::llround(r.width() * emu),
                       std::llround(r.height() * emu)};
    };
    // Pictures are rendered at 2x the canvas size of their frame.
    const auto picture = [&](const QRectF &rect, const std::function<void(QPainter &, const QRectF &)> &paint, bool svg) {
        report::PptxImage image;
        image.rect = toEmu(rect);
        ChartExportOptions options;
        options.scale = 2.0;
        options.pixelSize = (rect.size() * 2.0).toSize();
        image.png = toPng(paint, options);
        if (svg)
            image.svg = toSvg(paint, options);
        return image;
    };

    for (int i = 0; i < pageCount(); ++i) {
        const Page &page = m_pages[static_cast<std::size_t>(i)];
        const ReportPage &p = *page.page;
        report::PptxSlide slide;
        slide.title = p.title + (page.continued ? QStringLiteral(" (continued)") : QString());
        const QRectF subtitleRect(kMargin, 80, m_canvas.width() - 2 * kMargin, 30);
        switch (p.kind) {
        case ReportPage::Kind::Title: {
            report::PptxTextBox period;
            period.rect = toEmu(QRectF(kMargin, 200, m_canvas.width() - 2 * kMargin, 60));
            period.paragraphs = {p.subtitle};
            period.fontPoints = 24;
            period.color = meta.brand.primary;
            slide.textBoxes.push_back(period);
            report::PptxTextBox filter;
            filter.rect = toEmu(QRectF(kMargin, 280, m_canvas.width() - 2 * kMargin, 120));
            filter.paragraphs = {meta.filterText};
            filter.fontPoints = 16;
            slide.textBoxes.push_back(filter);
            report::PptxTextBox footer;
            footer.rect = toEmu(QRectF(kMargin, m_canvas.height() - 90, m_canvas.width() - 2 * kMargin, 50));
            footer.paragraphs = {(meta.brand.company.isEmpty() ? QString() : meta.brand.company + QStringLiteral(" \u00b7 "))
                                 + QStringLiteral("Generated on %1 \u00b7 amounts in %2").arg(meta.generatedOn, meta.currency)};
            footer.fontPoints = 12;
            footer.color = 0x6B7280;
            slide.textBoxes.push_back(footer);
            if (!meta.brand.logoPath.isEmpty()) {
                const QImage logo(meta.brand.logoPath);
                if (!logo.isNull()) {
                    const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(220, 90), Qt::KeepAspectRatio);
                    report::PptxImage image;
                    image.rect = toEmu(QRectF(m_canvas.width() - kMargin - size.width(), m_canvas.height() - 150,
                                              size.width(), size.height()));
                    image.png = pngOf(logo);
                    image.description = QStringLiteral("Logo");
                    slide.images.push_back(image);
                }
            }
            break;
        }
        case ReportPage::Kind::Kpis: {
            const std::vector<QRectF> rects = tileRects(p);
            for (std::size_t t = 0; t < p.tiles.size(); ++t) {
                report::PptxTextBox box;
                box.rect = toEmu(rects[t]);
                box.paragraphs = {p.tiles[t].label, p.tiles[t].value, p.tiles[t].note};
                box.fontPoints = 14;
                box.fill = 0xF3F5F9;
                box.color = 0x22262E;
                box.name = p.tiles[t].group + QStringLiteral(": ") + p.tiles[t].label;
                slide.textBoxes.push_back(box);
            }
            if (!p.findings.isEmpty()) {
                const QRectF body = bodyRect();
                report::PptxTextBox findings;
                findings.rect = toEmu(QRectF(body.left(), body.bottom() - 56, body.width(), 56));
                findings.paragraphs = {p.findings.join(QLatin1Char(' '))};
                findings.fontPoints = 14;
                slide.textBoxes.push_back(findings);
            }
            slide.notes = p.findings.join(QLatin1Char('\n'));
            break;
        }
        case ReportPage::Kind::Chart: {
            const ReportChart chart = p.chart;
            slide.images.push_back(picture(chartRect(), [this, chart](QPainter &painter, const QRectF &rect) {
                paintChart(painter, rect, chart);
            }, true));
            slide.images.back().description = p.subtitle;
            report::PptxTextBox findings;
            findings.rect = toEmu(findingsRect());
            findings.paragraphs = p.findings.isEmpty() ? QStringList{QStringLiteral("Not enough data for a finding.")} : p.findings;
            findings.bullets = true;
            findings.fontPoints = 16;
            slide.textBoxes.push_back(findings);
            slide.notes = p.findings.join(QLatin1Char('\n'));
            break;
        }
        case ReportPage::Kind::Table: {
            const QRectF body = bodyRect();
            slide.images.push_back(picture(body, [this, page](QPainter &painter, const QRectF &rect) {
                painter.save();
                painter.translate(rect.topLeft());
                paintTable(painter, QRectF(QPointF(0, 0), rect.size()), page);
                painter.restore();
            }, false));
            slide.images.back().description = p.title;
            break;
        }
        }
        if (p.kind != ReportPage::Kind::Title) {
            // Branding on every slide: company, workspace and period, and the page number.
            report::PptxTextBox footer;
            const double y = m_canvas.height() - kFooterHeight + 4;
            footer.rect = toEmu(QRectF(kMargin, y, m_canvas.width() - 2 * kMargin, 30));
            QStringList parts;
            if (!meta.brand.company.isEmpty())
                parts << meta.brand.company;
            parts << meta.workspaceName << meta.period << QStringLiteral("%1 / %2").arg(i + 1).arg(pageCount());
            footer.paragraphs = {parts.join(QStringLiteral(" \u00b7 "))};
            footer.fontPoints = 10;
            footer.color = 0x6B7280;
            footer.name = QStringLiteral("Footer");
            slide.textBoxes.push_back(footer);
            if (!meta.brand.company.isEmpty()) {
                report::PptxTextBox mark;
                mark.rect = toEmu(QRectF(m_canvas.width() - kMargin - 260, 30, 260, 40));
                mark.paragraphs = {meta.brand.company};
                mark.fontPoints = 14;
                mark.bold = true;
                mark.color = meta.brand.primary;
                mark.alignment = Qt::AlignRight | Qt::AlignVCenter;
                mark.name = QStringLiteral("Brand");
                slide.textBoxes.push_back(mark);
            }
        }
        if (p.kind != ReportPage::Kind::Title && !p.subtitle.isEmpty()) {
            report::PptxTextBox subtitle;
            subtitle.rect = toEmu(subtitleRect);
            subtitle.paragraphs = {p.subtitle};
            subtitle.fontPoints = 14;
            subtitle.color = 0x6B7280;
            slide.textBoxes.insert(slide.textBoxes.begin(), subtitle);
        }
        doc.slides.push_back(std::move(slide));
    }
    return doc;
}

void ReportWriter::paintChartOnly(QPainter &painter, const QRectF &rect, ReportChart chart) const
{
    painter.fillRect(rect, Qt::white);
    paintChart(painter, rect, chart);
}

Status ReportWriter::writePptx(const QString &path) const
{
    return report::PptxWriter::write(toPptx(), path);
}

Status ReportWriter::write(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path);
    if (suffix == QLatin1String("pptx"))
        return writePptx(path);
    Error error = Error::usage(QStringLiteral("unknown report format"));
    error.file = path;
    error.value = suffix;
    error.expected = QStringLiteral("pdf or pptx");
    return error;
}

} // namespace iroi::ui

#include "ui/charts/chartsupport.h"
#include "ui/export/chartexport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QLegend>
#include <QLineSeries>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <memory>

using namespace iroi;
using namespace iroi::ui;

namespace {

std::unique_ptr<QChart> sampleChart()
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(QStringLiteral("Revenue by channel"));
    auto *set = new QBarSet(QStringLiteral("Revenue"));
    *set << 4100 << 1300 << 2600;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append({QStringLiteral("LinkedIn"), QStringLiteral("TikTok"), QStringLiteral("Instagram")});
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 5000);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *line = new QLineSeries;
    line->setName(QStringLiteral("Target"));
    line->append(0, 3000);
    line->append(2, 3000);
    chart->addSeries(line);
    line->attachAxis(axisY);
    // A dark screen theme, which the export must replace with the print look.
    chart->setTheme(QChart::ChartThemeDark);
    return chart;
}

QString runText(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TstChartExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void png()
    {
        auto chart = sampleChart();
        applyPrintTheme(chart.get());
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
        const QString path = m_dir.filePath(QStringLiteral("c.png"));
        QVERIFY(saveChart(chart.get(), path).ok());
        QVERIFY(chart->scene() == nullptr); // the private scene gave the chart back
        QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // 2x: 192 dpi = 7559 dots per metre.
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        // Print theme: the corner is white, and the bars put dark-ish pixels in the plot.
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 8)
            for (int x = 0; x < image.width(); x += 8)
                if (image.pixelColor(x, y).saturation() > 80)
                    ++coloured;
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured))); // the bars are drawn

        ChartExportOptions small;
        small.pixelSize = QSize(800, 450);
        small.scale = 1.0;
        QCOMPARE(renderImage(chartPainter(chart.get()), small).size(), QSize(800, 450));
    }

    void svg()
    {
        auto chart = sampleChart();
        applyPrintTheme(chart.get());
        ChartExportOptions options;
        options.title = QStringLiteral("Revenue by channel");
        const QByteArray svg = toSvg(chartPainter(chart.get()), options);
        QXmlStreamReader xml(svg);
        int paths = 0;
        QStringList texts;
        QString width;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                width = xml.attributes().value(QLatin1String("width")).toString();
            if (xml.isStartElement() && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("rect")
                                         || xml.name() == QLatin1String("polyline")))
                ++paths;
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(width.startsWith(QStringLiteral("254"))); // 960 px at 96 dpi = 254 mm
        QVERIFY(paths > 10);                              // vector shapes, not one bitmap
        QVERIFY(!svg.contains("<image"));
        // The series and the categories are in the file as text.
        for (const QString &label : {QStringLiteral("LinkedIn"), QStringLiteral("TikTok"), QStringLiteral("Instagram"),
                                     QStringLiteral("Revenue"), QStringLiteral("Target")})
            QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not in ") + texts.join(u'|')));
    }

    // Value axes carry thousands separators and the unit; ticks fall on round steps.
    void axisLabels()
    {
        using namespace iroi::ui::detail;
        const ChartStyle style = ChartStyle::forTheme(Theme::Print, QStringLiteral("EUR"));
        const auto labels = [](QValueAxis *axis) {
            std::unique_ptr<QValueAxis> owner(axis);
            auto *category = qobject_cast<QCategoryAxis *>(axis);
            return category ? category->categoriesLabels() : QStringList();
        };
        // 2,767,230 over about four ticks: step 1,000,000 (2.5e5 and 5e5 give more than four).
        QCOMPARE(labels(newValueAxis(0.0, 2767230.0, AxisUnit::Money, style, 4)),
                 (QStringList{QStringLiteral("€0"), QStringLiteral("€1,000,000"), QStringLiteral("€2,000,000"),
                              QStringLiteral("€3,000,000")}));
        QCOMPARE(labels(newValueAxis(0.0, 100.0, AxisUnit::Percent, style, 4)),
                 (QStringList{QStringLiteral("0%"), QStringLiteral("25%"), QStringLiteral("50%"), QStringLiteral("75%"),
                              QStringLiteral("100%")}));
        // Beyond ten million: millions (step 50,000,000 for about four ticks).
        QCOMPARE(labels(newValueAxis(0.0, 1.2e8, AxisUnit::Count, style, 4)),
                 (QStringList{QStringLiteral("0"), QStringLiteral("50M"), QStringLiteral("100M"), QStringLiteral("150M")}));
        QCOMPARE(labels(newValueAxis(-30.0, 20.0, AxisUnit::Percent, style, 5)),
                 (QStringList{QStringLiteral("-30%"), QStringLiteral("-20%"), QStringLiteral("-10%"), QStringLiteral("0%"),
                              QStringLiteral("10%"), QStringLiteral("20%")}));
        QCOMPARE(niceStep(7.0, 5), 2.0);
        QCOMPARE(niceStep(0.9, 4), 0.25);
    }

    void pdf()
    {
        auto chart = sampleChart();
        applyPrintTheme(chart.get());
        const QString path = m_dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(saveChart(chart.get(), path).ok());
        const QString info = runText(QStringLiteral("pdfinfo"), {path});
        if (info.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("720 x 405 pts")), qPrintable(info)); // 960 x 540 px at 96 dpi
        const QString text = runText(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        // Text stays text: the PDF is vector.
        QVERIFY(text.contains(QStringLiteral("Revenue by channel")));
        QVERIFY(text.contains(QStringLiteral("LinkedIn")));
    }

    void badSuffix()
    {
        auto chart = sampleChart();
        const Status status = saveChart(chart.get(), m_dir.filePath(QStringLiteral("c.gif")));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Usage);
        QVERIFY(!saveChart(chart.get(), m_dir.filePath(QStringLiteral("missing/c.png"))).ok());
    }

    void clipboard()
    {
        auto chart = sampleChart();
        ChartExportOptions options;
        options.pixelSize = QSize(400, 300);
        options.scale = 1;
        copyToClipboard(chartPainter(chart.get()), options);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        if (!mime || !mime->hasImage())
            QSKIP("this platform plugin has no clipboard");
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(400, 300));
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }
};

QTEST_MAIN(TstChartExport)
#include "tst_chartexport.moc"

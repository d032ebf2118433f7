#include "core/analysis/analysisengine.h"
#include "core/demo/demogenerator.h"
#include "core/report/outline.h"
#include "core/store/workspace.h"
#include "tests/export/ziptestutil.h"
#include "ui/export/reportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iroi;
using namespace iroi::report;
using namespace iroi::ui;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {};
    // pdftotext gives ligatures as one character ("ﬁ"); the tests compare plain letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Small figures worked out by hand, enough for every page to have content.
ReportOutline handMadeOutline()
{
    ReportData data;
    data.overview.totals.cost = 1240000;    // €12,400
    data.overview.totals.revenue = 4800000; // €48,000
    data.overview.totals.orders = 1200;
    data.overview.totals.impressions = 2500000;
    data.overview.kpis.roi = 4800000.0 / 1240000.0 - 1.0;
    data.overview.kpis.roas = 4800000.0 / 1240000.0;
    const char *names[] = {"Anna", "Ben", "Cara"};
    const Cents revenue[] = {3000000, 1200000, 600000};
    for (int i = 0; i < 3; ++i) {
        PersonScore p;
        p.key = QString::fromLatin1(names[i]);
        p.kind = QStringLiteral("employee");
        p.totals.revenue = revenue[i];
        p.totals.cost = 400000;
        data.who.push_back(p);
    }
    GroupRow linkedin;
    linkedin.key = QStringLiteral("LinkedIn");
    linkedin.totals.revenue = 410000;
    linkedin.totals.cost = 100000;
    GroupRow tiktok;
    tiktok.key = QStringLiteral("TikTok");
    tiktok.totals.revenue = 130000;
    tiktok.totals.cost = 100000;
    data.where = {linkedin, tiktok};
    ReportMeta meta;
    meta.workspaceName = QStringLiteral("Lumen test");
    meta.period = QStringLiteral("1 January 2025 \u2013 31 March 2025");
    meta.filterText = QStringLiteral("All campaigns, channels, people and content");
    meta.brand.company = QStringLiteral("Lumen Yoga");
    meta.scenarios.push_back({QStringLiteral("Shift to LinkedIn"), QStringLiteral("13 weeks"), QStringLiteral("roi"), 25000, 4});
    return composeOutline(std::move(data), std::move(meta));
}

QString findOffice()
{
    for (const QString &name : {QStringLiteral("libreoffice"), QStringLiteral("soffice")})
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    return {};
}

} // namespace

class TstReportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        // IROI_KEEP_REPORTS=1 keeps the files for looking at the pages.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("IROI_KEEP_REPORTS"));
        if (!m_dir.autoRemove())
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo/pdftotext (poppler-utils) are not installed");
        auto demo = ensureDemoWorkspace(m_dir.path());
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().toString()));
        m_demo = *demo;
    }

    void handMadePdf()
    {
        const ReportOutline outline = handMadeOutline();
        // title, KPIs, funnel, who, where, what, when, heatmap, how, scenarios, definitions (>= 1)
        QVERIFY(outline.pages.size() == 11);
        const ReportWriter writer(outline, PageFormat::Wide);
        const QString pdf = m_dir.filePath(QStringLiteral("hand.pdf"));
        QVERIFY(writer.writePdf(pdf).ok());
        QCOMPARE(pdfPages(pdf), writer.pageCount());
        QVERIFY(writer.pageCount() >= 11);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("960 x 540 pts")), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QStringLiteral("Lumen test")));
        QVERIFY(text.contains(QStringLiteral("Lumen Yoga")));
        QVERIFY(text.contains(QStringLiteral("€12,400")));
        QVERIFY(text.contains(QStringLiteral("€48,000")));
        // ROI = 48000 / 12400 - 1 = 287%.
        QVERIFY(text.contains(QStringLiteral("287%")));
        // Findings from the figures, as in tst_findings: 4100/1000 and 1300/1000.
        QVERIFY(text.contains(QStringLiteral("LinkedIn returns €4.10 per €1 spent, TikTok €1.30.")));
        // Anna 30000 of 48000 = 63% alone.
        QVERIFY(text.contains(QStringLiteral("One advocate of 3 drove 63% of attributed revenue: Anna.")));
        QVERIFY(text.contains(QStringLiteral("No data for this filter"))); // content types are empty
        QVERIFY(text.contains(QStringLiteral("Shift to LinkedIn")));
        QVERIFY(text.contains(QStringLiteral("€25,000")));
        QVERIFY(text.contains(QStringLiteral("Appendix: metric definitions")));
        // The company name is on every page (title page: top left; others: header and footer).
        for (int page = 1; page <= writer.pageCount(); ++page) {
            const QString pageText = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page),
                                                                       QStringLiteral("-l"), QString::number(page), pdf,
                                                                       QStringLiteral("-")});
            QVERIFY2(pageText.contains(QStringLiteral("Lumen Yoga")), qPrintable(QStringLiteral("page %1").arg(page)));
        }
    }

    void a4()
    {
        const ReportOutline outline = handMadeOutline();
        const ReportWriter writer(outline, PageFormat::A4);
        const QString pdf = m_dir.filePath(QStringLiteral("a4.pdf"));
        QVERIFY(writer.writePdf(pdf).ok());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))), qPrintable(info));
        QCOMPARE(pdfPages(pdf), writer.pageCount());
    }

    void demoPdfAndPptx()
    {
        auto workspace = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(workspace.ok());
        NullProgress progress;
        auto engine = AnalysisEngine::load(*workspace, progress);
        QVERIFY(engine.ok());
        auto outline = buildOutline(*workspace, **engine, Filter{});
        QVERIFY(outline.ok());
        const ReportWriter writer(*outline, PageFormat::Wide);
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        QVERIFY(writer.writePdf(pdf).ok());
        QCOMPARE(pdfPages(pdf), writer.pageCount());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
        for (const QString &heading : {QStringLiteral("Headline figures"), QStringLiteral("The funnel"),
                                       QStringLiteral("Who drives the results"), QStringLiteral("Where: channels"),
                                       QStringLiteral("What: content types"), QStringLiteral("When: the trend"),
                                       QStringLiteral("How: cost and overhead"), QStringLiteral("Engagement rate")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(!text.contains(QStringLiteral("No data for this filter")));
        QVERIFY(text.contains(QStringLiteral("of attributed revenue")));

        const QString pptx = m_dir.filePath(QStringLiteral("demo.pptx"));
        QVERIFY(writer.writePptx(pptx).ok());
        const auto zip = test::readZip(pptx);
        QCOMPARE(zip.keys().filter(QRegularExpression(QStringLiteral("^ppt/slides/slide\\d+\\.xml$"))).size(),
                 writer.pageCount());
        // Branding on every slide after the title: the footer names workspace and period.
        for (int i = 2; i <= writer.pageCount(); ++i)
            QVERIFY2(zip.value(QStringLiteral("ppt/slides/slide%1.xml").arg(i)).contains("Lumen demo"), qPrintable(QString::number(i)));
    }

    // The board pack opens in LibreOffice Impress: it converts to a PDF of one page per slide.
    // The hand-made outline (11+ slides, small pictures) keeps this well under 30 s; the demo
    // deck is checked structurally above.
    void pptxOpensInLibreOffice()
    {
        const QString office = findOffice();
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-impress): PPTX checked structurally only");
        const ReportOutline outline = handMadeOutline();
        const ReportWriter writer(outline, PageFormat::Wide);
        const QString pptx = m_dir.filePath(QStringLiteral("hand.pptx"));
        QVERIFY(writer.writePptx(pptx).ok());
        QTemporaryDir profile;
        QTemporaryDir outDir;
        QProcess convert;
        convert.start(office, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                               QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                               outDir.path(), pptx});
        QVERIFY(convert.waitForFinished(300000));
        QCOMPARE(convert.exitCode(), 0);
        const QString pdf = outDir.filePath(QStringLiteral("hand.pdf"));
        QCOMPARE(pdfPages(pdf), writer.pageCount());
        // -raw keeps the content-stream order: LibreOffice's text boxes would otherwise interleave.
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QStringLiteral("Headline figures")));
        QVERIFY(text.contains(QStringLiteral("LinkedIn returns €4.10 per €1 spent, TikTok €1.30.")));
        QVERIFY(text.contains(QStringLiteral("Planner scenarios")));
    }
};

QTEST_MAIN(TstReportWriter)
#include "tst_reportwriter.moc"

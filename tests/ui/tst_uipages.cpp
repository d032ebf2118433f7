// Offscreen checks of the pages on the demo workspace: every page builds with charts that
// have series, the Overview tiles show the figures the engine reports, a filter changes
// them, drill-down narrows the filter, the table models pass QAbstractItemModelTester and
// an undone edit restores the value in the database; chart and report exports write files
// through ui/export, the icon resource is registered and Dutch can be switched on at run time.
#include "core/analysis/analysisengine.h"
#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"
#include "ui/mainwindow.h"
#include "ui/pages/datapage.h"
#include "ui/pages/kpitile.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/whopage.h"
#include "ui/session/workspacesession.h"
#include "ui/undo/celledit.h"
#include "ui/app/reportexport.h"
#include "ui/app/brandingdialog.h"
#include "ui/widgets/chartexportmenu.h"
#include "ui/models/tableview.h"
#include "ui/models/vectortablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QTabBar>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iroi;
using namespace iroi::ui;

class TstUiPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("InfluenceROI-tests"));
        QVERIFY(m_dir.isValid());
        auto path = ensureDemoWorkspace(m_dir.path());
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().toString()));
        m_path = path.value();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QSignalSpy shown(m_window.get(), &MainWindow::workspaceShown);
        m_window->openWorkspace(m_path);
        QVERIFY(shown.wait(60000));
    }

    void everyPageBuildsWithData()
    {
        for (Page *page : m_window->pages()) {
            page->ensureBuilt();
            for (QChartView *view : page->chartViews()) {
                QVERIFY2(view->chart(), qPrintable(page->pageId()));
                // The goal chart may legitimately be empty; the planner fills its charts from its
                // own fit on a worker (tst_plannerpage checks them).
                if (page->pageId() != QLatin1String("why") && page->pageId() != QLatin1String("planner"))
                    QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(page->pageId() + QLatin1Char(' ') + view->chart()->title()));
            }
        }
    }

    void overviewShowsEngineFigures()
    {
        auto *overview = qobject_cast<OverviewPage *>(m_window->page(QStringLiteral("overview")));
        QVERIFY(overview);
        const OverviewResult o = m_window->session()->engine()->overview(m_window->session()->filter());
        QVERIFY(o.totals.revenue > 0);
        const ChartStyle style = ChartStyle::forTheme(Theme::Light, m_window->session()->catalog().currency);
        QCOMPARE(overview->tile(QStringLiteral("revenue"))->valueText(),
                 formatMetric("revenue", centsToDouble(o.totals.revenue), style));
    }

    void filterChangeChangesFigures()
    {
        auto *overview = qobject_cast<OverviewPage *>(m_window->page(QStringLiteral("overview")));
        const QString before = overview->tile(QStringLiteral("revenue"))->valueText();
        const Catalog &catalog = m_window->session()->catalog();
        QVERIFY(!catalog.channels.empty());
        Filter f;
        f.channelIds = {catalog.channels.front().id};
        QSignalSpy ready(m_window->session(), &WorkspaceSession::viewsReady);
        m_window->applyFilter(f);
        QVERIFY(ready.wait(60000));
        overview->ensureBuilt();
        QVERIFY(overview->tile(QStringLiteral("revenue"))->valueText() != before);
        QVERIFY(m_window->canGoBack());
        m_window->goBack();
        QVERIFY(m_window->session()->filter().isEmpty());
    }

    void drillNarrowsToPerson()
    {
        const Catalog &catalog = m_window->session()->catalog();
        QVERIFY(!catalog.people.empty());
        const qint64 id = catalog.people.front().id;
        QSignalSpy ready(m_window->session(), &WorkspaceSession::viewsReady);
        m_window->drill(QStringLiteral("person"), id);
        QCOMPARE(m_window->session()->filter().personIds, std::vector<qint64>{id});
        QVERIFY(ready.wait(60000));
        auto *who = qobject_cast<WhoPage *>(m_window->page(QStringLiteral("who")));
        who->ensureBuilt();
        QVERIFY(who->scorecard()->isVisibleTo(who));
        m_window->goBack();
    }

    void modelsPassTester()
    {
        auto *who = qobject_cast<WhoPage *>(m_window->page(QStringLiteral("who")));
        who->ensureBuilt();
        QAbstractItemModelTester tester(who->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(who->model()->rowCount() > 0);
        auto *data = qobject_cast<DataPage *>(m_window->page(QStringLiteral("data")));
        if (data->isLoading()) {
            QSignalSpy loaded(data, &DataPage::loaded);
            QVERIFY(loaded.wait(30000));
        }
        QAbstractItemModelTester costTester(data->model(QStringLiteral("cost")), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void undoRestoresDatabaseValue()
    {
        auto *data = qobject_cast<DataPage *>(m_window->page(QStringLiteral("data")));
        DbTableModel *costs = data->model(QStringLiteral("cost"));
        QVERIFY(costs->rowCount() > 0);
        const qint64 costId = costs->rowAt(0).key.value(0).toLongLong();
        auto readAmount = [&]() -> qint64 {
            // An independent read on a separate plain SQLite connection (sees the WAL).
            auto db = sql::Connection::open(m_path, sql::OpenMode::ReadOnly);
            auto stmt = db->prepare("SELECT amount_cents FROM cost WHERE id = ?1");
            stmt->bind(1, costId);
            return stmt->step() ? stmt->int64(0) : -1;
        };
        const qint64 before = readAmount();
        // Column 2 of the cost table is the amount, edited in currency units.
        QVERIFY(costs->setData(costs->index(0, 2), QVariant(1234.56), Qt::EditRole));
        QCOMPARE(readAmount(), qint64(123456));
        QCOMPARE(costs->rowAt(0).values.value(2).toLongLong(), qint64(123456));
        m_window->session()->undoStack()->undo();
        QCOMPARE(readAmount(), before);
        m_window->session()->undoStack()->redo();
        QCOMPARE(readAmount(), qint64(123456));
        m_window->session()->undoStack()->undo();
        QCOMPARE(readAmount(), before);
    }

    void chartExportWritesFiles()
    {
        Page *overview = m_window->page(QStringLiteral("overview"));
        m_window->showPage(0);
        overview->ensureBuilt();
        QChartView *view = overview->primaryChartView();
        QVERIFY(view);
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(ChartExportMenu::saveTo(view, png), QString());
        // The default export is 1920 x 1080 pixels (ChartExportOptions).
        QCOMPARE(QImage(png).size(), QSize(1920, 1080));
        QCOMPARE(ChartExportMenu::saveTo(view, svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
        QVERIFY(!ChartExportMenu::saveTo(view, m_dir.filePath(QStringLiteral("chart.bmp"))).isEmpty());
    }

    // Table export: numbers stay numbers (the sort value, not "€1,644.50"), names that a
    // spreadsheet would run as formulas are neutralised, and .xlsx gives a workbook.
    void tableExportKeepsNumbersAndNeutralisesFormulas()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Person"), QStringLiteral("Cost"), QStringLiteral("ROI")});
        const auto put = [&model](int row, int column, const QString &shown, const QVariant &sortValue) {
            model.setData(model.index(row, column), shown, Qt::DisplayRole);
            model.setData(model.index(row, column), sortValue, SortRole);
        };
        put(0, 0, QStringLiteral("=SUM(A1)"), QStringLiteral("=SUM(A1)"));
        put(0, 1, QStringLiteral("€1,644.50"), 1644.5);
        put(0, 2, QStringLiteral("97 %"), 0.97);
        put(1, 0, QStringLiteral("Sanne"), QStringLiteral("Sanne"));
        put(1, 1, QStringLiteral("€12.00"), 12.0);
        put(1, 2, QStringLiteral("-22 %"), -0.22);
        DataTableView table;
        table.setModel(&model);
        table.view()->sortByColumn(-1, Qt::AscendingOrder);
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(table.exportTable(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("'=SUM(A1),1644.5,0.97")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Sanne,12,-0.22")), qPrintable(text));
        const QString xlsx = m_dir.filePath(QStringLiteral("table.xlsx"));
        QVERIFY2(table.exportTable(xlsx, &error), qPrintable(error));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK"));
    }

    // Branding is written to the workspace settings that the board pack reads, and a
    // second dialog shows what the first saved.
    void brandingDialogSavesToWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("brand.iroi")), Workspace::Access::CreateNew);
        QVERIFY(ws.ok());
        {
            BrandingDialog dialog(*ws);
            auto *company = dialog.findChild<QLineEdit *>(QStringLiteral("company"));
            QVERIFY(company);
            company->setText(QStringLiteral("  Lumen Yoga BV "));
            QVERIFY(dialog.save());
        }
        QCOMPARE(ws->setting(QStringLiteral("brand.company")), QStringLiteral("Lumen Yoga BV"));
        QCOMPARE(ws->setting(QStringLiteral("brand.logo")), QString());
        BrandingDialog again(*ws);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("company"))->text(), QStringLiteral("Lumen Yoga BV"));
    }

    void reportExportWritesPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy finished(m_window->reportExport(), &ReportExport::finished);
        m_window->reportExport()->exportTo(pdf);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        QVERIFY(finished.first().at(1).toInt() > 1);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void shortcutsForEveryPage()
    {
        QMenu *view = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&View"))
                view = a->menu();
        QVERIFY(view);
        QStringList withShortcut;
        for (QAction *a : view->actions())
            if (!a->shortcut().isEmpty())
                withShortcut << a->text();
        for (Page *page : m_window->pages())
            QVERIFY2(withShortcut.contains(page->title()), qPrintable(page->title()));
    }

    void iconsAndDutchAtRunTime()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/icons/influence-roi.svg")));
        QVERIFY(!m_window->windowIcon().isNull());
        m_window->setLanguage(QStringLiteral("nl"));
        QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("&Bestand"));
        auto *tabs = m_window->findChild<QTabBar *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Overzicht"));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        QCOMPARE(m_window->findChild<QTabBar *>()->tabText(0), QStringLiteral("Overview"));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstUiPages)
#include "tst_uipages.moc"

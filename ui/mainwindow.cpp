#include "ui/mainwindow.h"

#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"
#include "ui/app/mainmenus.h"
#include "ui/app/reportexport.h"
#include "ui/pages/datapage.h"
#include "ui/pages/funnelpage.h"
#include "ui/pages/grouppage.h"
#include "ui/pages/howpage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/plannerpage.h"
#include "ui/pages/whenpage.h"
#include "ui/pages/whopage.h"
#include "ui/pages/whypage.h"
#include "ui/session/workspacesession.h"
#include "ui/settings.h"
#include "ui/widgets/chartexportmenu.h"
#include "ui/widgets/filterbar.h"
#include "ui/wizard/importwizard.h"

#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// Resources of the static library iroi_resources (icons) are registered only when asked for
// by name; the translations are an object library and register themselves.
static void initResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done)
}

namespace iroi::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_menus(new MainMenus(this))
    , m_reportExport(new ReportExport(m_session, this))
{
    initResources();
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/influence-roi.svg")));
    m_theme = Settings::theme() == QLatin1String("dark") ? Theme::Dark : Theme::Light;
    buildUi();
    connect(m_session, &WorkspaceSession::loadingStarted, this, [this](const QString &path) {
        m_status->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
    });
    connect(m_session, &WorkspaceSession::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::failed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_status->setText(message);
        if (isVisible())
            QMessageBox::warning(this, tr("Could not open the workspace"), message);
    });
    connect(m_session, &WorkspaceSession::editFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Edit refused: %1").arg(message), 8000); });
    connect(m_reportExport, &ReportExport::finished, this, [this](const QString &path, int pages, const QString &message) {
        if (message.isEmpty())
            statusBar()->showMessage(tr("Report written to %1 (%2 pages)").arg(path).arg(pages), 10000);
        else
            QMessageBox::warning(this, tr("Export report"), message);
    });
    connect(m_session, &WorkspaceSession::filterChanged, this, [this](const Filter &filter) { m_filterBar->setFilter(filter); });
    connect(m_session, &WorkspaceSession::viewsReady, this, [this](std::shared_ptr<const ViewSnapshot> snapshot) {
        for (Page *p : m_pages)
            p->setSnapshot(snapshot);
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_status->setText(tr("%1 metric rows · %2").arg(QLocale().toString(m_session->engine()->metricRowCount()),
                                                       QFileInfo(m_session->path()).fileName()));
        if (!m_shownOnce) {
            m_shownOnce = true;
            emit workspaceShown();
        }
    });
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1600, 1000);
    restoreState(Settings::windowState());
    setTheme(m_theme);
    if (Settings::language() != QLatin1String("en"))
        setLanguage(Settings::language());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Influence ROI"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs = new QTabBar(central);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_filterBar = new FilterBar(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_tabs);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    // setCentralWidget() deletes the previous one later. Deleting it here would crash a language
    // change: QWidget::event sends LanguageChange on to a copy of the children list after
    // changeEvent() (which rebuilds) returns.
    setCentralWidget(central);

    m_pages = {new OverviewPage, new WhoPage, new WhatPage, new WherePage, new WhenPage,
               new WhyPage, new HowPage, new FunnelPage, new PlannerPage, new DataPage(m_session)};
    const ChartStyle style = ChartStyle::forTheme(m_theme, m_session->catalog().currency);
    for (Page *page : m_pages) {
        m_tabs->addTab(page->title());
        m_stack->addWidget(page);
        page->setContext(&m_session->catalog(), style);
        if (m_session->snapshot())
            page->setSnapshot(m_session->snapshot());
        connect(page, &Page::drillRequested, this, &MainWindow::drill);
    }
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::showPage);
    m_filterBar->setCatalog(&m_session->catalog());
    m_filterBar->setFilter(m_session->filter());
    connect(m_filterBar, &FilterBar::filterEdited, this, &MainWindow::applyFilter);

    if (!m_status) {
        m_status = new QLabel(this);
        m_progress = new QProgressBar(this);
        m_progress->setMaximumWidth(240);
        m_progress->setVisible(false);
        m_cancel = new QPushButton(this);
        m_cancel->setVisible(false);
        statusBar()->addWidget(m_status, 1);
        statusBar()->addPermanentWidget(m_progress);
        statusBar()->addPermanentWidget(m_cancel);
        connect(m_cancel, &QPushButton::clicked, m_session, &WorkspaceSession::cancelLoading);
    }
    m_cancel->setText(tr("Cancel"));
    m_menus->build();
    showPage(Settings::lastPage());
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages)
        if (p->pageId() == pageId)
            return p;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pages.size()))
        return;
    m_stack->setCurrentIndex(index);
    const QSignalBlocker block(m_tabs);
    m_tabs->setCurrentIndex(index);
    Settings::setLastPage(index);
}

void MainWindow::openWorkspace(const QString &path)
{
    m_shownOnce = false;
    m_history.clear();
    m_historyIndex = -1;
    m_session->open(path);
}

void MainWindow::openDemo()
{
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QString> path = watcher->result();
        if (path)
            openWorkspace(path.value());
        else
            m_status->setText(tr("Could not prepare the demo workspace: %1").arg(path.error().toString()));
    });
    m_status->setText(tr("Preparing the demo workspace…"));
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    watcher->setFuture(QtConcurrent::run([directory] { return ensureDemoWorkspace(directory); }));
}

void MainWindow::onOpened(const QString &path)
{
    setWindowTitle(tr("%1 – Influence ROI").arg(QFileInfo(path).fileName()));
    Settings::addRecentFile(path);
    m_menus->rebuildRecent();
    m_filterBar->setCatalog(&m_session->catalog());
    const ChartStyle style = ChartStyle::forTheme(m_theme, m_session->catalog().currency);
    for (Page *p : m_pages)
        p->setContext(&m_session->catalog(), style);
    m_history = {m_session->filter()};
    m_historyIndex = 0;
    updateHistoryActions();
}

void MainWindow::applyFilter(const Filter &filter)
{
    if (m_historyIndex >= 0 && m_history[static_cast<size_t>(m_historyIndex)] == filter)
        return;
    m_history.resize(static_cast<size_t>(m_historyIndex + 1));
    m_history.push_back(filter);
    m_historyIndex = static_cast<int>(m_history.size()) - 1;
    m_session->setFilter(filter);
    updateHistoryActions();
}

void MainWindow::drill(const QString &dimension, qint64 id)
{
    Filter f = m_session->filter();
    if (dimension == QLatin1String("person")) {
        f.personIds = {id};
        showPage(1); // Who shows the scorecard of a single person
    } else if (dimension == QLatin1String("channel")) {
        f.channelIds = {id};
    } else if (dimension == QLatin1String("content_type")) {
        f.contentTypeIds = {id};
    } else if (dimension == QLatin1String("campaign")) {
        f.campaignIds = {id};
    } else {
        return;
    }
    m_filterBar->setFilter(f);
    applyFilter(f);
}

void MainWindow::goBack()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    m_session->setFilter(m_history[static_cast<size_t>(m_historyIndex)]);
    updateHistoryActions();
}

void MainWindow::goForward()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    m_session->setFilter(m_history[static_cast<size_t>(m_historyIndex)]);
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    m_menus->updateHistory(canGoBack(), canGoForward());
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    Settings::setTheme(theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    const ChartStyle style = ChartStyle::forTheme(theme, m_session->catalog().currency);
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == Theme::Dark) {
        palette.setColor(QPalette::Window, style.background);
        palette.setColor(QPalette::WindowText, style.text);
        palette.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1C));
        palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x28, 0x2E));
        palette.setColor(QPalette::Text, style.text);
        palette.setColor(QPalette::Button, QColor(0x2A, 0x2E, 0x34));
        palette.setColor(QPalette::ButtonText, style.text);
        palette.setColor(QPalette::Highlight, style.accent);
        palette.setColor(QPalette::ToolTipBase, QColor(0x2A, 0x2E, 0x34));
        palette.setColor(QPalette::ToolTipText, style.text);
        // The light palette's grey placeholder vanishes on the dark base ("Search this table").
        palette.setColor(QPalette::PlaceholderText, style.mutedText);
        palette.setColor(QPalette::Disabled, QPalette::Text, style.mutedText);
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, style.mutedText);
        palette.setColor(QPalette::Disabled, QPalette::WindowText, style.mutedText);
    }
    QApplication::setPalette(palette);
    for (Page *p : m_pages)
        p->setContext(&m_session->catalog(), style);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    if (!m_translator) {
        m_translator = new QTranslator(this);
        m_qtTranslator = new QTranslator(this);
    }
    QApplication::removeTranslator(m_translator);
    QApplication::removeTranslator(m_qtTranslator);
    if (language != QLatin1String("en")) {
        if (m_translator->load(QStringLiteral(":/i18n/influence-roi_") + language))
            QApplication::installTranslator(m_translator);
        if (m_qtTranslator->load(QStringLiteral("qtbase_") + language, QStringLiteral("/usr/share/qt6/translations")))
            QApplication::installTranslator(m_qtTranslator);
    } else {
        // No catalogue for English: the source strings are English. Rebuild (from the event
        // loop: the menu action that asked is still running) to drop the Dutch text.
        QCoreApplication::postEvent(this, new QEvent(QEvent::LanguageChange));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Page texts are set once when built: rebuilding the shell and pages retranslates them
        // all, and keeps the session (workspace, filter, undo stack) as it is.
        const int current = m_stack ? m_stack->currentIndex() : 0;
        buildUi();
        showPage(current);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), tr("Influence ROI workspaces (*.iroi)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".iroi")))
        path += QStringLiteral(".iroi");
    auto ws = Workspace::open(path, Workspace::Access::CreateNew);
    if (!ws) {
        QMessageBox::warning(this, tr("Could not create the workspace"), ws.error().toString());
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), tr("Influence ROI workspaces (*.iroi)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveWorkspaceAs()
{
    if (m_session->path().isEmpty())
        return;
    QString target = QFileDialog::getSaveFileName(this, tr("Save workspace as"), QString(), tr("Influence ROI workspaces (*.iroi)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QStringLiteral(".iroi")))
        target += QStringLiteral(".iroi");
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QMessageBox::warning(this, tr("Save as"), tr("Could not replace %1").arg(target));
        return;
    }
    const QString source = m_session->path();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save as"), error);
        else
            openWorkspace(target);
    });
    m_status->setText(tr("Saving a copy…"));
    // VACUUM INTO writes a consistent, compacted copy from a read transaction, on a worker.
    watcher->setFuture(QtConcurrent::run([source, target]() -> QString {
        auto ws = Workspace::open(source, Workspace::Access::OpenExisting);
        if (!ws)
            return ws.error().toString();
        auto stmt = ws->connection().prepare("VACUUM INTO ?1");
        if (!stmt)
            return stmt.error().toString();
        stmt->bind(1, target);
        if (Status s = stmt->exec(); !s)
            return s.error().toString();
        return {};
    }));
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import files"), QString(),
                                                            tr("Exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::exportCurrentChart()
{
    Page *page = currentPage();
    QChartView *view = page ? page->primaryChartView() : nullptr;
    if (!view) {
        statusBar()->showMessage(tr("This page has no chart to export."), 5000);
        return;
    }
    const QString written = ChartExportMenu::saveAs(this, view, [page] { page->restyleCharts(); });
    if (!written.isEmpty())
        statusBar()->showMessage(tr("Chart written to %1").arg(written), 8000);
}

void MainWindow::copyCurrentChart()
{
    Page *page = currentPage();
    if (QChartView *view = page ? page->primaryChartView() : nullptr) {
        ChartExportMenu::copy(view, [page] { page->restyleCharts(); });
        statusBar()->showMessage(tr("Chart copied to the clipboard (PNG and SVG)."), 5000);
    }
}

void MainWindow::exportReport()
{
    m_reportExport->exportWithDialog(this);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (m_session->path().isEmpty())
        return;
    auto *wizard = new ImportWizard(m_session->path(), paths, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, m_session, [this] {
        m_session->reloadAnalysis();
        if (auto *data = qobject_cast<DataPage *>(page(QStringLiteral("data"))))
            data->reload();
    });
    wizard->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Influence ROI"),
                       tr("<h3>Influence ROI %1</h3><p>Offline ROI analysis for influencer and employee-advocacy "
                          "programmes: the five W's + H, stage by stage, from a private workspace file on your "
                          "laptop.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".iroi"), Qt::CaseInsensitive)) {
            openWorkspace(path);
            return;
        }
        if (!path.isEmpty())
            imports << path;
    }
    if (!imports.isEmpty())
        importFiles(imports);
    event->acceptProposedAction();
}

} // namespace iroi::ui

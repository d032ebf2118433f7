#include "ui/app/mainmenus.h"

#include "ui/app/brandingdialog.h"

#include "ui/mainwindow.h"
#include "ui/pages/page.h"
#include "ui/session/workspacesession.h"
#include "ui/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace iroi::ui {

MainMenus::MainMenus(MainWindow *window) : QObject(window), m_window(window) {}

void MainMenus::build()
{
    // Rebuilt on a language change: the old menus go with their actions.
    for (QAction *action : m_window->menuBar()->actions())
        if (QMenu *menu = action->menu())
            menu->deleteLater();
    m_window->menuBar()->clear();
    buildFile();

    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_window->session()->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_window->session()->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    buildView();

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Influence ROI"), m_window, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateHistory(m_window->canGoBack(), m_window->canGoForward());
}

void MainMenus::buildFile()
{
    MainWindow *w = m_window;
    QMenu *file = w->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, w, &MainWindow::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, w, &MainWindow::openWorkspaceDialog);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open the &demo workspace"), w, &MainWindow::openDemo);
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, w, &MainWindow::saveWorkspaceAs);
    file->addSeparator();
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), w, &MainWindow::importDialog);
    file->addSeparator();
    file->addAction(tr("Export &chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), w, &MainWindow::exportCurrentChart);
    file->addAction(tr("Copy c&hart to the clipboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), w,
                    &MainWindow::copyCurrentChart);
    file->addAction(tr("Export &report (PDF or PowerPoint)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), w,
                    &MainWindow::exportReport);
    file->addAction(tr("Report &branding…"), w, [w] {
        if (Workspace *workspace = w->session()->workspace()) {
            BrandingDialog dialog(*workspace, w);
            dialog.exec();
        }
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, w, &QWidget::close);
    rebuildRecent();
}

void MainMenus::buildView()
{
    MainWindow *w = m_window;
    QMenu *view = w->menuBar()->addMenu(tr("&View"));
    const auto &pages = w->pages();
    for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
        // Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth (Data).
        const int key = i == 9 ? Qt::Key_0 : Qt::Key_1 + i;
        view->addAction(pages[static_cast<size_t>(i)]->title(), QKeySequence(Qt::CTRL | key), w, [w, i] { w->showPage(i); });
    }
    view->addSeparator();
    m_back = view->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), w, &MainWindow::goBack);
    m_forward = view->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), w, &MainWindow::goForward);
    view->addSeparator();
    auto *themes = new QActionGroup(view);
    QAction *light = view->addAction(tr("&Light theme"), w, [w] { w->setTheme(Theme::Light); });
    QAction *dark = view->addAction(tr("&Dark theme"), w, [w] { w->setTheme(Theme::Dark); });
    for (QAction *a : {light, dark}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    (w->theme() == Theme::Dark ? dark : light)->setChecked(true);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = Settings::language();
    // Language names are written in their own language, as every application does.
    for (const auto &[code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("nl"), QStringLiteral("Nederlands")}}) {
        QAction *a = language->addAction(name, w, [w, code] { w->setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }
}

void MainMenus::rebuildRecent()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList recent = Settings::recentFiles();
    for (const QString &path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), m_window, [w = m_window, path] { w->openWorkspace(path); })
            ->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

void MainMenus::updateHistory(bool canGoBack, bool canGoForward)
{
    if (m_back)
        m_back->setEnabled(canGoBack);
    if (m_forward)
        m_forward->setEnabled(canGoForward);
}

} // namespace iroi::ui

#pragma once

#include "core/analysis/filter.h"
#include "ui/charts/chartstyle.h"

#include <QMainWindow>

#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTranslator;
QT_END_NAMESPACE

namespace iroi::ui {

class FilterBar;
class MainMenus;
class Page;
class ReportExport;
class WorkspaceSession;

// The shell: menus, the page tabs, the filter bar and the status line. Everything a page
// shows lives in its own class (ui/pages); everything loaded lives in the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    FilterBar *filterBar() const { return m_filterBar; }
    const std::vector<Page *> &pages() const { return m_pages; }
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    void showPage(int index);

    void openWorkspace(const QString &path);
    // Opens the cached demo workspace (generated on a worker the first time).
    void openDemo();
    void applyFilter(const Filter &filter); // records history
    void drill(const QString &dimension, qint64 id);
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < static_cast<int>(m_history.size()); }
    void goBack();
    void goForward();
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    void setLanguage(const QString &language);

    // Menu commands (MainMenus wires them; tests call them directly).
    void newWorkspace();
    void openWorkspaceDialog();
    void saveWorkspaceAs();
    void importDialog();
    void importFiles(const QStringList &paths);
    void exportCurrentChart();
    void copyCurrentChart();
    void exportReport();
    ReportExport *reportExport() const { return m_reportExport; }
    void showAbout();

signals:
    void workspaceShown(); // the first views of an opened workspace are on screen

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void onOpened(const QString &path);
    void updateHistoryActions();

    WorkspaceSession *m_session;
    FilterBar *m_filterBar = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<Page *> m_pages;
    MainMenus *m_menus;
    ReportExport *m_reportExport;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    std::vector<Filter> m_history;
    int m_historyIndex = -1;
    Theme m_theme = Theme::Light;
    bool m_shownOnce = false;
};

} // namespace iroi::ui

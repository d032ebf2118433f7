#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace iroi::ui {

class MainWindow;

// The menu bar of the main window: File (workspaces, import, exports), Edit (undo), View
// (one shortcut per page, Back/Forward, theme, language) and Help. Kept out of MainWindow so
// the window stays a shell; rebuilt when the language changes.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    explicit MainMenus(MainWindow *window);

    void build();
    void rebuildRecent();
    void updateHistory(bool canGoBack, bool canGoForward);

private:
    void buildFile();
    void buildView();

    MainWindow *m_window;
    QMenu *m_recent = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace iroi::ui

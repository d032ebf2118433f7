#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iroi::ui {

// The typed facade over QSettings: named keys, defaults, values validated on load.
// (The filter is remembered per workspace inside the workspace, setting 'ui.filter'.)
class Settings
{
public:
    static QStringList recentFiles(); // existing files only, most recent first, at most 8
    static void addRecentFile(const QString &path);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QString theme(); // "light" or "dark"
    static void setTheme(const QString &theme);
    static QString language(); // "en" or "nl"
    static void setLanguage(const QString &language);
    static int lastPage();
    static void setLastPage(int page);
};

} // namespace iroi::ui

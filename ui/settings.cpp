#include "ui/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace iroi::ui {

namespace {
const QString kRecent = QStringLiteral("ui/recentFiles");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kState = QStringLiteral("ui/windowState");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastPage = QStringLiteral("ui/lastPage");
constexpr int kMaxRecent = 8;
} // namespace

QStringList Settings::recentFiles()
{
    QStringList valid;
    for (const QString &path : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(path) && !valid.contains(path) && valid.size() < kMaxRecent)
            valid << path;
    return valid;
}

void Settings::addRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

QByteArray Settings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }
QByteArray Settings::windowState() { return QSettings().value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { QSettings().setValue(kState, state); }

QString Settings::theme()
{
    const QString t = QSettings().value(kTheme).toString();
    return t == QLatin1String("dark") ? t : QStringLiteral("light");
}
void Settings::setTheme(const QString &theme) { QSettings().setValue(kTheme, theme); }

QString Settings::language()
{
    const QString l = QSettings().value(kLanguage).toString();
    return l == QLatin1String("nl") ? l : QStringLiteral("en");
}
void Settings::setLanguage(const QString &language) { QSettings().setValue(kLanguage, language); }

int Settings::lastPage()
{
    bool ok = false;
    const int page = QSettings().value(kLastPage, 0).toInt(&ok);
    return ok && page >= 0 && page < 10 ? page : 0;
}
void Settings::setLastPage(int page) { QSettings().setValue(kLastPage, page); }

} // namespace iroi::ui

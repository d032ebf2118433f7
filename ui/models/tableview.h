#pragma once

#include "core/report/table.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;
QT_END_NAMESPACE

namespace iroi::ui {

// A table with a search box, sorting by SortRole, copy to clipboard (Ctrl+C: the selection
// as tab-separated text with headers) and CSV or XLSX export of what is shown.
class DataTableView : public QWidget
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    void setTitle(const QString &title);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    QString selectionAsText() const;
    void copySelection() const;
    // The visible (filtered, sorted) rows as a table: numbers stay numbers, text is text.
    report::Table toTable() const;
    // Writes toTable() as XLSX when path ends in .xlsx, else as RFC 4180 CSV (UTF-8, header
    // row); text that a spreadsheet would run as a formula is neutralised either way.
    bool exportTable(const QString &path, QString *error = nullptr) const;

signals:
    // A row was activated (double-click or Enter): its IdRole value.
    void rowActivated(qint64 id);

private:
    void exportInteractive();

    QLabel *m_title;
    QLineEdit *m_search;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace iroi::ui

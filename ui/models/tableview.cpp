#include "ui/models/tableview.h"

#include "ui/models/vectortablemodel.h"

#include "core/report/tablewriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace iroi::ui {

DataTableView::DataTableView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search->setPlaceholderText(tr("Search this table"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected cells (Ctrl+C)"));
    auto *csv = new QToolButton(this);
    csv->setText(tr("Export…"));
    csv->setToolTip(tr("Save the rows shown as an Excel workbook (.xlsx) or a CSV file"));
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_search);
    bar->addWidget(copy);
    bar->addWidget(csv);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);

    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &DataTableView::copySelection);
    connect(copy, &QToolButton::clicked, this, &DataTableView::copySelection);
    connect(csv, &QToolButton::clicked, this, &DataTableView::exportInteractive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_view->model()->flags(index) & Qt::ItemIsEditable)
            return;
        const QVariant id = index.data(IdRole);
        if (id.isValid())
            emit rowActivated(id.toLongLong());
    });
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_view->resizeColumnsToContents();
}

void DataTableView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString DataTableView::selectionAsText() const
{
    const QModelIndexList selected = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList{};
    if (selected.isEmpty())
        return {};
    std::map<int, std::map<int, QString>> cells;
    std::map<int, bool> columns;
    for (const QModelIndex &index : selected) {
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
        columns[index.column()] = true;
    }
    QStringList lines;
    QStringList header;
    for (const auto &[column, unused] : columns)
        header << m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const auto &[row, values] : cells) {
        QStringList line;
        for (const auto &[column, unused] : columns) {
            auto it = values.find(column);
            line << (it == values.end() ? QString() : it->second);
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void DataTableView::copySelection() const
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

report::Table DataTableView::toTable() const
{
    report::Table table;
    table.name = m_title->text();
    const int rows = m_proxy->rowCount();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        report::TableColumn column{m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                                   report::ColumnKind::Text};
        // A column is numeric when every filled cell sorts by a number; its display text
        // tells how to read it ("97 %" is a percent, "€1,644" money).
        bool numeric = false;
        bool whole = true;
        for (int r = 0; r < rows; ++r) {
            const QVariant v = m_proxy->index(r, c).data(SortRole);
            if (!v.isValid() || v.isNull())
                continue;
            if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::Bool) {
                numeric = false;
                break;
            }
            numeric = true;
            whole = whole && v.toDouble() == std::floor(v.toDouble());
            const QString shown = m_proxy->index(r, c).data(Qt::DisplayRole).toString();
            if (shown.endsWith(QLatin1Char('%')))
                column.kind = report::ColumnKind::Percent;
            else if (!shown.isEmpty() && !shown.front().isDigit() && shown.front() != QLatin1Char('-'))
                column.kind = report::ColumnKind::Money;
        }
        if (!numeric)
            column.kind = report::ColumnKind::Text;
        else if (column.kind == report::ColumnKind::Text)
            column.kind = whole ? report::ColumnKind::Integer : report::ColumnKind::Decimal;
        table.columns.push_back(column);
    }
    for (int r = 0; r < rows; ++r) {
        std::vector<report::TableCell> cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            const QModelIndex index = m_proxy->index(r, c);
            const QVariant v = index.data(SortRole);
            if (table.columns[static_cast<std::size_t>(c)].kind != report::ColumnKind::Text && v.isValid() && !v.isNull())
                cells.emplace_back(v.toDouble());
            else if (const QString text = index.data(Qt::DisplayRole).toString(); !text.isEmpty())
                cells.emplace_back(text);
            else
                cells.emplace_back(std::monostate{});
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

bool DataTableView::exportTable(const QString &path, QString *error) const
{
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    const report::Table table = toTable();
    const Status status = xlsx ? report::writeXlsx({table}, path) : report::writeCsv(table, path);
    if (!status && error)
        *error = status.error().toString();
    return status.ok();
}

void DataTableView::exportInteractive()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export table"), m_title->text() + QStringLiteral(".xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QString error;
    if (!exportTable(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace iroi::ui

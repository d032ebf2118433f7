#include "ui/models/tableview.h"

#include "ui/models/vectortablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
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

#include <map>

namespace iroi::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

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
    csv->setText(tr("Export CSV…"));
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
    connect(csv, &QToolButton::clicked, this, &DataTableView::exportCsvInteractive);
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

bool DataTableView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << csvField(m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    file.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            // Raw values where the model has them (numbers without thousands separators).
            const QModelIndex index = m_proxy->index(r, c);
            QVariant v = index.data(SortRole);
            if (!v.isValid() || v.typeId() == QMetaType::QString)
                v = index.data(Qt::DisplayRole);
            line << csvField(v.toString());
        }
        file.write(line.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DataTableView::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), m_title->text() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace iroi::ui

#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace iroi::ui {

// Roles every table model of the app answers, from Qt::UserRole + 1.
enum TableRole {
    SortRole = Qt::UserRole + 1, // the raw value to sort by (numbers as numbers)
    IdRole,                      // the row's workspace id (qint64), for drill-down and edits
    RawRole,                     // the stored value, e.g. cents or an epoch day, for edits
};

// A read-mostly table over std::vector<Row>, its columns described by functions. Editing is
// delegated to the owner (editHandler) so that every edit can become an undo command rather
// than a silent change of the vector.
template<typename Row>
class VectorTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const Row &)> display;
        std::function<QVariant(const Row &)> sortValue; // defaults to display
        QString toolTip;                                // the metric definition, if any
        bool editable = false;
        std::function<QVariant(const Row &)> editValue; // defaults to sortValue
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    using EditHandler = std::function<bool(int row, int column, const QVariant &value)>;

    explicit VectorTableModel(std::vector<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const std::vector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // Replaces one row in place (after an edit was written) and repaints it.
    void updateRow(int row, const Row &value)
    {
        if (row < 0 || row >= rowCount())
            return;
        m_rows[static_cast<size_t>(row)] = value;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    void setIdFunction(std::function<qint64(const Row &)> id) { m_id = std::move(id); }
    void setEditHandler(EditHandler handler) { m_edit = std::move(handler); }
    int findRow(const std::function<bool(const Row &)> &match) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (match(m_rows[i]))
                return static_cast<int>(i);
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows[static_cast<size_t>(index.row())];
        const Column &column = m_columns[static_cast<size_t>(index.column())];
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::EditRole:
            return column.editValue ? column.editValue(row) : (column.sortValue ? column.sortValue(row) : column.display(row));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case SortRole:
            return column.sortValue ? column.sortValue(row) : column.display(row);
        case RawRole:
            return column.editValue ? column.editValue(row) : QVariant();
        case IdRole:
            return m_id ? QVariant::fromValue(m_id(row)) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        const Column &column = m_columns[static_cast<size_t>(section)];
        if (role == Qt::DisplayRole)
            return column.title;
        if (role == Qt::ToolTipRole && !column.toolTip.isEmpty())
            return column.toolTip;
        return {};
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && m_edit && m_columns[static_cast<size_t>(index.column())].editable)
            f |= Qt::ItemIsEditable;
        return f;
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || !m_edit)
            return false;
        return m_edit(index.row(), index.column(), value);
    }

private:
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    std::function<qint64(const Row &)> m_id;
    EditHandler m_edit;
};

} // namespace iroi::ui
